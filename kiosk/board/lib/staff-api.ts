/**
 * The officers' door to the queue-server (console and supervisor view). Same origin; the token
 * lives in sessionStorage so closing the browser on a shared counter PC signs the officer out.
 * Every answer is parsed; every failure becomes a StaffApiError with the server's Indonesian message.
 */
import { z } from '../../../shared/contracts/zod.ts';
import type { TicketDto } from '../../../shared/contracts/index.ts';
import { errorMessageOf, parseWith, ticketSchema } from './parse.ts';

export type FailureKind = 'offline' | 'unauthorized' | 'rejected' | 'server' | 'invalid';

export class StaffApiError extends Error {
  constructor(
    readonly kind: FailureKind,
    message: string,
    readonly status: number | null = null,
  ) {
    super(message);
    this.name = 'StaffApiError';
  }
  /** Worth retrying with the same Idempotency-Key: the first try may or may not have happened. */
  get uncertain(): boolean {
    return this.kind === 'offline' || this.kind === 'server';
  }
}

export const userSchema = z.object({ username: z.string().max(64), displayName: z.string().max(80), role: z.string().max(20) });
export type StaffUser = z.infer<typeof userSchema>;
const loginSchema = z.object({ token: z.string().min(1).max(500), user: userSchema });
const ticketAnswer = z.object({ ticket: ticketSchema });
const ticketsAnswer = z.object({ tickets: z.array(ticketSchema).max(20_000) });

const TOKEN_KEY = 'kios-k.staff-token';
const USER_KEY = 'kios-k.staff-user';

export interface RequestOptions {
  method?: 'GET' | 'POST';
  body?: unknown;
  idempotencyKey?: string;
}

export class StaffApi {
  #token: string | null;
  user: StaffUser | null;
  onUnauthorized: () => void = () => undefined;

  constructor(private readonly storage: Storage | null = typeof sessionStorage === 'undefined' ? null : sessionStorage) {
    this.#token = storage?.getItem(TOKEN_KEY) ?? null;
    this.user = parseWith(userSchema, safeJson(storage?.getItem(USER_KEY) ?? null));
  }

  get signedIn(): boolean {
    return this.#token !== null;
  }

  async request<T>(path: string, schema: z.ZodType<T> | null, options: RequestOptions = {}): Promise<T | null> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (this.#token) headers.authorization = `Bearer ${this.#token}`;
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    if (options.idempotencyKey) headers['idempotency-key'] = options.idempotencyKey;
    let res: Response;
    try {
      res = await fetch(path, {
        method: options.method ?? 'GET',
        headers,
        cache: 'no-store',
        // A lost answer becomes "offline" after 10 s; the same press then re-sends with the same key.
        signal: AbortSignal.timeout(10_000),
        ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
      });
    } catch {
      throw new StaffApiError('offline', 'Tidak terhubung ke server antrean. Periksa jaringan lalu coba lagi.');
    }
    if (res.status === 204) return null;
    const body: unknown = await res.json().catch(() => undefined);
    if (res.ok) {
      if (!schema) return null;
      const parsed = parseWith(schema, body);
      if (parsed === null) throw new StaffApiError('invalid', 'Jawaban server tidak dikenali. Muat ulang halaman.', res.status);
      return parsed;
    }
    const message = errorMessageOf(body);
    if (res.status === 401) {
      this.#forget();
      this.onUnauthorized();
      throw new StaffApiError('unauthorized', message ?? 'Sesi berakhir. Silakan masuk lagi.', 401);
    }
    if (res.status >= 500 || res.status === 429) throw new StaffApiError('server', message ?? 'Server antrean sedang bermasalah. Coba lagi sebentar.', res.status);
    throw new StaffApiError('rejected', message ?? `Permintaan ditolak (HTTP ${res.status}).`, res.status);
  }

  async login(username: string, password: string): Promise<StaffUser> {
    const answer = await this.request('/api/auth/login', loginSchema, { method: 'POST', body: { username, password } });
    if (!answer) throw new StaffApiError('invalid', 'Jawaban server tidak dikenali.');
    this.#token = answer.token;
    this.user = answer.user;
    this.storage?.setItem(TOKEN_KEY, answer.token);
    this.storage?.setItem(USER_KEY, JSON.stringify(answer.user));
    return answer.user;
  }

  async logout(): Promise<void> {
    try {
      await this.request('/api/auth/logout', null, { method: 'POST' });
    } finally {
      this.#forget();
    }
  }

  #forget(): void {
    this.#token = null;
    this.user = null;
    this.storage?.removeItem(TOKEN_KEY);
    this.storage?.removeItem(USER_KEY);
  }

  /** A ticket action; null answer means 204 (for call-next: nobody waits). */
  async ticketAction(path: string, idempotencyKey: string, body?: unknown): Promise<TicketDto | null> {
    const answer = await this.request(path, ticketAnswer, { method: 'POST', idempotencyKey, ...(body === undefined ? {} : { body }) });
    return answer?.ticket ?? null;
  }

  async todaysTickets(): Promise<TicketDto[]> {
    return (await this.request('/api/tickets', ticketsAnswer))?.tickets ?? [];
  }
}

function safeJson(raw: string | null): unknown {
  if (raw === null) return null;
  try {
    return JSON.parse(raw);
  } catch {
    return null;
  }
}
