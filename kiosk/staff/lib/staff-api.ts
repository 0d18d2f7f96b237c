/**
 * The officers' door to the queue-server (console and supervisor view). Same origin; the token
 * lives in sessionStorage so closing the browser on a shared counter PC signs the officer out.
 * Every answer is parsed with the contract's schema (shared/contracts); every failure becomes a
 * StaffApiError with the server's error code (to tell failures apart) and Indonesian message.
 */
import type { z } from 'zod/mini';
import { sessionSchema, staffUserSchema, type StaffUserDto } from '../../../shared/contracts/auth.ts';
import { ticketAnswerSchema, ticketsOfDaySchema, type TicketDto } from '../../../shared/contracts/tickets.ts';
import { errorOf, parseOrNull } from '../../../shared/contracts/wire.ts';
import type { AppErrorCode } from '../../../shared/errors.ts';

export type FailureKind = 'offline' | 'unauthorized' | 'rejected' | 'server' | 'invalid';

export class StaffApiError extends Error {
  constructor(
    readonly kind: FailureKind,
    message: string,
    readonly status: number | null = null,
    /** The server's domain code (shared/errors.ts), when it answered with an error body. */
    readonly code: AppErrorCode | null = null,
  ) {
    super(message);
    this.name = 'StaffApiError';
  }
  /** Worth retrying with the same Idempotency-Key: the first try may or may not have happened. */
  get uncertain(): boolean {
    return this.kind === 'offline' || this.kind === 'server';
  }
}

export type StaffUser = StaffUserDto;

const TOKEN_KEY = 'kios-k.staff-token';
const USER_KEY = 'kios-k.staff-user';

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  body?: unknown;
  idempotencyKey?: string;
}

export class StaffApi {
  #token: string | null;
  user: StaffUser | null;
  onUnauthorized: () => void = () => undefined;

  constructor(private readonly storage: Storage | null = typeof sessionStorage === 'undefined' ? null : sessionStorage) {
    this.#token = storage?.getItem(TOKEN_KEY) ?? null;
    this.user = parseOrNull(staffUserSchema, safeJson(storage?.getItem(USER_KEY) ?? null));
  }

  get signedIn(): boolean {
    return this.#token !== null;
  }

  /** The staff event stream (help requests, pause reasons, printers); EventSource sends no headers, so the token rides in the query. */
  staffStreamPath(lastEventId: number): string {
    return `/api/staff/events?lastEventId=${lastEventId}&token=${encodeURIComponent(this.#token ?? '')}`;
  }

  async request<S extends z.core.$ZodType>(path: string, schema: S | null, options: RequestOptions = {}): Promise<z.output<S> | null> {
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
      const parsed = parseOrNull(schema, body);
      if (parsed === null) throw new StaffApiError('invalid', 'Jawaban server tidak dikenali. Muat ulang halaman.', res.status);
      return parsed;
    }
    const error = errorOf(body);
    const code = error?.code ?? null;
    if (res.status === 401) {
      this.#forget();
      this.onUnauthorized();
      throw new StaffApiError('unauthorized', error?.message ?? 'Sesi berakhir. Silakan masuk lagi.', 401, code);
    }
    if (res.status >= 500 || res.status === 429) throw new StaffApiError('server', error?.message ?? 'Server antrean sedang bermasalah. Coba lagi sebentar.', res.status, code);
    throw new StaffApiError('rejected', error?.message ?? `Permintaan ditolak (HTTP ${res.status}).`, res.status, code);
  }

  async login(username: string, password: string): Promise<StaffUser> {
    const answer = await this.request('/api/auth/login', sessionSchema, { method: 'POST', body: { username, password } });
    if (!answer) throw new StaffApiError('invalid', 'Jawaban server tidak dikenali.');
    this.#token = answer.token;
    this.user = answer.user;
    this.storage?.setItem(TOKEN_KEY, answer.token);
    this.storage?.setItem(USER_KEY, JSON.stringify(answer.user));
    return answer.user;
  }

  /**
   * Signs out. The server refuses (409 counter.has_active_ticket) while the officer's counter
   * still calls or serves a ticket: the session is kept and the error rethrown for the page to
   * say. Any other failure (server unreachable, session already gone) forgets the session here.
   */
  async logout(): Promise<void> {
    try {
      await this.request('/api/auth/logout', null, { method: 'POST' });
    } catch (e) {
      if (e instanceof StaffApiError && e.code === 'counter.has_active_ticket') throw e;
    }
    this.#forget();
  }

  #forget(): void {
    this.#token = null;
    this.user = null;
    this.storage?.removeItem(TOKEN_KEY);
    this.storage?.removeItem(USER_KEY);
  }

  /** A ticket action; null answer means 204 (for call-next: nobody waits). */
  async ticketAction(path: string, idempotencyKey: string, body?: unknown): Promise<TicketDto | null> {
    const answer = await this.request(path, ticketAnswerSchema, { method: 'POST', idempotencyKey, ...(body === undefined ? {} : { body }) });
    return answer?.ticket ?? null;
  }

  async todaysTickets(): Promise<TicketDto[]> {
    return (await this.request('/api/tickets', ticketsOfDaySchema))?.tickets ?? [];
  }
}

/** A failure as a page shows it: the server's code tells failures apart, the message is shown. */
export function failureOf(error: unknown, fallback: string): { code: AppErrorCode | null; kind: FailureKind | null; message: string } {
  return error instanceof StaffApiError ? { code: error.code, kind: error.kind, message: error.message } : { code: null, kind: null, message: fallback };
}

function safeJson(raw: string | null): unknown {
  if (raw === null) return null;
  try {
    return JSON.parse(raw);
  } catch {
    return null;
  }
}
