/**
 * The officers' door to the queue-server (every staff page: console, supervisor, admin, reports,
 * IKM, complaints). Same origin. The session is a cookie page scripts cannot read (HttpOnly,
 * SameSite=Strict, README "Browser sessions"): this file never sees the token. It keeps the
 * session's CSRF token in memory (sent on every POST/PUT/DELETE; after a reload it is asked
 * again from GET /api/auth/session) and, in sessionStorage, only who is signed in (name and
 * role, no secret) so a page knows at once whether to show the sign-in form.
 * Every answer is parsed with the contract's schema (shared/contracts); every failure becomes a
 * StaffApiError with the server's error code (to tell failures apart) and Indonesian message.
 *
 * The head-office page (hq-server, no cookie sessions) uses `mode: 'bearer'`: the token it gets
 * at sign-in is sent as `Authorization: Bearer`.
 */
import type { z } from 'zod/mini';
import { sessionSchema, staffUserSchema, type StaffUserDto } from '../../../shared/contracts/auth.ts';
import { cookieSessionSchema, CSRF_HEADER } from '../../../shared/contracts/sessions.ts';
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

/** hq-server's bearer token (mode 'bearer' only). */
const TOKEN_KEY = 'kios-k.hq-token';
const USER_KEY = 'kios-k.staff-user';
const STATE_CHANGING = new Set(['POST', 'PUT', 'DELETE']);

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  body?: unknown;
  idempotencyKey?: string;
  /** Extra request headers (e.g. If-Match for a settings save). */
  headers?: Record<string, string>;
}

export interface StaffApiOptions {
  storage?: Storage | null;
  /** 'cookie' (the queue-server's staff pages) or 'bearer' (the head-office page). */
  mode?: 'cookie' | 'bearer';
}

export class StaffApi {
  /** Bearer mode only; in cookie mode the browser holds the session where scripts cannot read it. */
  #token: string | null = null;
  #csrf: string | null = null;
  user: StaffUser | null;
  /** Why the server ended the session, for the sign-in screen (then cleared when read). */
  notice: string | null = null;
  onUnauthorized: () => void = () => undefined;
  private readonly storage: Storage | null;
  private readonly mode: 'cookie' | 'bearer';

  constructor(options: StaffApiOptions = {}) {
    this.storage = options.storage !== undefined ? options.storage : typeof sessionStorage === 'undefined' ? null : sessionStorage;
    this.mode = options.mode ?? 'cookie';
    if (this.mode === 'bearer') this.#token = this.storage?.getItem(TOKEN_KEY) ?? null;
    this.user = parseOrNull(staffUserSchema, safeJson(this.storage?.getItem(USER_KEY) ?? null));
    if (this.mode === 'bearer' && this.#token === null) this.user = null;
  }

  get signedIn(): boolean {
    return this.user !== null;
  }

  /** The staff event stream (help requests, pause reasons, printers); the browser sends the session cookie with it. */
  staffStreamPath(lastEventId: number): string {
    return `/api/staff/events?lastEventId=${lastEventId}`;
  }

  /** The session's CSRF token, asked from the server once per page load (the cookie proves the session). */
  async #csrfToken(): Promise<string | null> {
    if (this.#csrf === null && this.mode === 'cookie' && this.signedIn) {
      const answer = await this.request('/api/auth/session', cookieSessionSchema);
      this.#csrf = answer?.csrfToken ?? null;
    }
    return this.#csrf;
  }

  async request<S extends z.core.$ZodType>(path: string, schema: S | null, options: RequestOptions = {}): Promise<z.output<S> | null> {
    const headers: Record<string, string> = { accept: 'application/json', ...options.headers };
    if (this.#token) headers.authorization = `Bearer ${this.#token}`;
    const method = options.method ?? 'GET';
    if (this.mode === 'cookie' && STATE_CHANGING.has(method)) {
      const csrf = await this.#csrfToken();
      if (csrf) headers[CSRF_HEADER] = csrf;
    }
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    if (options.idempotencyKey) headers['idempotency-key'] = options.idempotencyKey;
    let res: Response;
    try {
      res = await fetch(path, {
        method,
        credentials: 'same-origin',
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
    this.notice = null;
    if (this.mode === 'bearer') {
      const answer = await this.request('/api/auth/login', sessionSchema, { method: 'POST', body: { username, password } });
      if (!answer) throw new StaffApiError('invalid', 'Jawaban server tidak dikenali.');
      this.#token = answer.token;
      this.storage?.setItem(TOKEN_KEY, answer.token);
      return this.#signedInAs(answer.user);
    }
    // The server sets the session cookie; the answer carries only who and the CSRF token.
    this.#csrf = null;
    const answer = await this.request('/api/auth/session', cookieSessionSchema, { method: 'POST', body: { username, password } });
    if (!answer) throw new StaffApiError('invalid', 'Jawaban server tidak dikenali.');
    this.#csrf = answer.csrfToken;
    return this.#signedInAs(answer.user);
  }

  #signedInAs(user: StaffUser): StaffUser {
    this.user = user;
    this.storage?.setItem(USER_KEY, JSON.stringify(user));
    return user;
  }

  /**
   * The server ended the session (the staff stream said so: account disabled, password reset …):
   * forget it and show the sign-in screen with the server's reason.
   */
  endedByServer(message: string): void {
    this.#forget();
    this.notice = message;
    this.onUnauthorized();
  }

  /**
   * A file answer (CSV, PDF, JSON export) is not parsed: fetched with the session and saved under
   * `name`. Answers an Indonesian message when it failed, null when saved.
   */
  async download(path: string, name: string, failed = 'Berkas tidak dapat diunduh. Masuk kembali lalu coba lagi.'): Promise<string | null> {
    let res: Response;
    try {
      res = await fetch(path, { credentials: 'same-origin', cache: 'no-store', headers: this.#token ? { authorization: `Bearer ${this.#token}` } : {} });
    } catch {
      return 'Tidak terhubung ke server antrean. Periksa jaringan lalu coba lagi.';
    }
    if (res.status === 401) {
      this.#forget();
      this.onUnauthorized();
    }
    if (!res.ok) return failed;
    const url = URL.createObjectURL(await res.blob());
    const a = document.createElement('a');
    a.href = url;
    a.download = name;
    document.body.append(a);
    a.click();
    a.remove();
    URL.revokeObjectURL(url);
    return null;
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
    this.#csrf = null;
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
