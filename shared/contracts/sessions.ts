/**
 * Browser sessions for staff pages (issue 11): the session token rides in an HttpOnly,
 * SameSite=Strict cookie (Secure over HTTPS) that page scripts cannot read, and every
 * state-changing request made with that cookie carries the session's CSRF token in a header and
 * comes from this origin (README "Browser sessions"). Scripts keep `Authorization: Bearer`
 * (POST /api/auth/login), which needs no CSRF token: a browser never adds that header by itself.
 */
import { z } from './zod-mini.ts';
import { defineRoutes } from './route-contract.ts';
import { loginBodySchema, staffUserSchema } from './auth.ts';

export const SESSION_COOKIE = 'kiosk_session';
export const CSRF_HEADER = 'x-csrf-token';

export const cookieSessionSchema = z.object({
  user: staffUserSchema,
  /** Sent back in the X-CSRF-Token header on every POST, PUT, PATCH and DELETE. */
  csrfToken: z.string().check(z.minLength(20), z.maxLength(100)),
});
export type CookieSessionDto = z.infer<typeof cookieSessionSchema>;

/** Why the server ended a session a live stream was using (sent as `event: session.ended` before it closes). */
export const SESSION_END_REASONS = ['disabled', 'password_reset', 'password_changed', 'signed_out', 'signed_out_everywhere', 'role_changed'] as const;
export type SessionEndReason = (typeof SESSION_END_REASONS)[number];
export const SESSION_ENDED_EVENT = 'session.ended';

/** What the sign-in screen says after the server ended the session. */
export const SESSION_END_MESSAGE_ID: Record<SessionEndReason, string> = {
  disabled: 'Sesi Anda berakhir karena akun Anda dinonaktifkan oleh administrator. Hubungi administrator cabang.',
  password_reset: 'Sesi Anda berakhir karena administrator mengatur ulang kata sandi Anda. Masuk dengan kata sandi yang baru.',
  password_changed: 'Sesi ini berakhir karena kata sandi akun diganti. Masuk dengan kata sandi yang baru.',
  signed_out: 'Anda sudah keluar.',
  signed_out_everywhere: 'Sesi ini berakhir karena akun keluar dari semua perangkat. Silakan masuk kembali.',
  role_changed: 'Sesi Anda berakhir karena peran akun Anda diubah oleh administrator. Silakan masuk kembali.',
};

export const sessionEndedSchema = z.object({ reason: z.enum(SESSION_END_REASONS), message: z.string().check(z.maxLength(300)) });

export const sessionRoutes = defineRoutes([
  {
    method: 'post', path: '/api/auth/session', summary: 'Masuk dari halaman petugas: sesi dalam cookie HttpOnly SameSite=Strict dan token CSRF untuk permintaan yang mengubah data; hanya dari halaman cabang ini', access: 'public',
    body: loginBodySchema, responses: { 200: cookieSessionSchema }, errors: ['auth.invalid_credentials', 'auth.rate_limited', 'auth.csrf'],
  },
  {
    method: 'get', path: '/api/auth/session', summary: 'Sesi cookie yang sedang berlaku: petugas dan token CSRF-nya (saat halaman dimuat ulang)', access: 'staff',
    responses: { 200: cookieSessionSchema },
  },
]);
