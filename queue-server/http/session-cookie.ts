/**
 * The staff pages' session cookie and its CSRF defence (README "Browser sessions").
 *
 * The cookie: `kiosk_session=<token>; Path=/; HttpOnly; SameSite=Strict; Max-Age=43200`, plus
 * `Secure` when the request came over HTTPS (a branch LAN served over plain HTTP would otherwise
 * never get its cookie back). HttpOnly keeps the token out of page scripts; SameSite=Strict keeps
 * browsers from sending it with a request another site starts.
 *
 * CSRF, two checks for every POST/PUT/PATCH/DELETE that a cookie authenticates:
 *   1. the request comes from this origin: `Sec-Fetch-Site` (when the browser sends it) is
 *      `same-origin`, and `Origin` (when sent) is this server's own origin;
 *   2. the `X-CSRF-Token` header carries the session's CSRF token (a synchronizer token: an HMAC
 *      of the session token, so nothing extra is stored, and only a page that read it from
 *      POST/GET /api/auth/session on this origin knows it).
 * SameSite=Strict alone would do in current browsers; the token and the origin check hold where
 * it does not (older browsers, another site on the same branch host name, e.g. a printer's web
 * page on another port counts as same-site). Bearer tokens need neither: a browser never adds an
 * Authorization header on its own.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Request, Response } from 'express';
import { CSRF_HEADER, SESSION_COOKIE } from '../../shared/contracts/sessions.ts';
import { SESSION_MS } from '../auth/session-clock.ts';
import { AppError } from '../../shared/errors.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export const isStateChanging = (req: Request): boolean => !SAFE_METHODS.has(req.method);

/** The session token in the request's cookie, if any (the cookie header is parsed here: one name matters). */
export function sessionCookie(req: Request): string | null {
  const header = req.get('Cookie');
  if (!header) return null;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0 || part.slice(0, eq).trim() !== SESSION_COOKIE) continue;
    const value = part.slice(eq + 1).trim();
    return /^[A-Za-z0-9_-]{20,200}$/.test(value) ? value : null;
  }
  return null;
}

function cookieAttributes(req: Request, maxAgeSeconds: number): string {
  return `Path=/; HttpOnly; SameSite=Strict; Max-Age=${maxAgeSeconds}${req.secure ? '; Secure' : ''}`;
}

export function setSessionCookie(req: Request, res: Response, token: string): void {
  res.append('Set-Cookie', `${SESSION_COOKIE}=${token}; ${cookieAttributes(req, Math.floor(SESSION_MS / 1000))}`);
}

export function clearSessionCookie(req: Request, res: Response): void {
  res.append('Set-Cookie', `${SESSION_COOKIE}=; ${cookieAttributes(req, 0)}`);
}

export const csrfTokenOf = (sessionToken: string): string => createHmac('sha256', sessionToken).update('kios-k csrf v1').digest('base64url');

/** Refuses a request another site started (Sec-Fetch-Site / Origin), cookie or not: used for the cookie sign-in too. */
export function assertSameOrigin(req: Request): void {
  const site = req.get('Sec-Fetch-Site');
  const origin = req.get('Origin');
  const own = `${req.protocol}://${req.get('Host') ?? ''}`;
  if ((site !== undefined && site !== 'same-origin') || (origin !== undefined && origin !== own)) {
    throw new AppError({ code: 'auth.csrf', message: 'Permintaan ditolak: berasal dari halaman di luar server antrean cabang ini. Buka halaman petugas langsung dari server cabang.' });
  }
}

/** Both CSRF checks for a state-changing request a cookie authenticates. */
export function assertCsrf(req: Request, sessionToken: string): void {
  assertSameOrigin(req);
  const sent = req.get(CSRF_HEADER);
  const expected = Buffer.from(csrfTokenOf(sessionToken));
  if (sent === undefined || sent.length === 0) {
    throw new AppError({ code: 'auth.csrf', message: 'Permintaan ditolak: token keamanan (CSRF) tidak ada. Muat ulang halaman lalu coba lagi.' });
  }
  const given = Buffer.from(sent);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    throw new AppError({ code: 'auth.csrf', message: 'Permintaan ditolak: token keamanan (CSRF) tidak cocok dengan sesi ini. Muat ulang halaman lalu coba lagi.' });
  }
}
