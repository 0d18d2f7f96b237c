/**
 * The account forms checked in the browser with the server's own schemas (shared/contracts), so
 * the officer reads the same Indonesian rule before sending as the server would answer.
 */
import { z } from '../../../shared/contracts/zod-mini.ts';
import { createUserBodySchema, newPasswordSchema } from '../../../shared/contracts/auth.ts';

const FIELD_LABEL: Record<string, string> = {
  username: 'Nama pengguna',
  displayName: 'Nama tampilan',
  password: 'Kata sandi awal',
  role: 'Peran',
};

/** The first problem of a new account, as "Nama pengguna: …", or null when it may be sent. */
export function newAccountProblem(form: { username: string; displayName: string; password: string; role: string }): string | null {
  const result = z.safeParse(createUserBodySchema, form);
  if (result.success) return null;
  const issue = result.error.issues[0];
  const field = typeof issue?.path[0] === 'string' ? issue.path[0] : '';
  return `${FIELD_LABEL[field] ?? 'Isian'}: ${issue?.message ?? 'tidak valid'}.`;
}

/** The rule of a reset password, or null when it may be sent. */
export function newPasswordProblem(password: string): string | null {
  const result = z.safeParse(newPasswordSchema, password);
  return result.success ? null : `Kata sandi baru: ${result.error.issues[0]?.message ?? 'tidak valid'}.`;
}
