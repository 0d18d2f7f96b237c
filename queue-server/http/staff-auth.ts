/** Reading the session of a request; the check itself is access-control.ts, from the route contracts. */
import type { Request, Response } from 'express';
import { AppError } from '../../shared/errors.ts';
import type { AuthService, StaffUser } from '../auth/auth-service.ts';
import type { Actor } from '../engine/actor.ts';
import { assertCsrf, isStateChanging, sessionCookie } from './session-cookie.ts';
import { CSRF_HEADER } from '../../shared/contracts/sessions.ts';

/** The script's token from `Authorization: Bearer` (the cookie sessions are session-cookie.ts's). */
export function bearerToken(req: Request): string | null {
  const header = req.get('Authorization');
  const m = header ? /^Bearer\s+(\S+)$/i.exec(header) : null;
  return m?.[1] ?? null;
}

/** How the request carries its session: a bearer header wins over a cookie (and then needs no CSRF token). */
export function credentialOf(req: Request): { token: string; via: 'bearer' | 'cookie' } | null {
  const bearer = bearerToken(req);
  if (bearer) return { token: bearer, via: 'bearer' };
  const cookie = sessionCookie(req);
  return cookie ? { token: cookie, via: 'cookie' } : null;
}

/** The session token of the request (bearer or cookie), for signing out and the CSRF token. */
export const sessionToken = (req: Request): string | null => credentialOf(req)?.token ?? null;

export function userOf(auth: AuthService, req: Request): StaffUser | null {
  const credential = credentialOf(req);
  return credential ? auth.authenticate(credential.token) : null;
}

/**
 * The request's live session, with the CSRF checks a cookie needs on a state-changing request
 * (session-cookie.ts; throws auth.csrf). On a kiosk route a cookie sent without any CSRF header
 * is not used at all: the request is judged by its address as a kiosk's would be (an officer
 * signed in on the kiosk PC's browser must not break the kiosk page), and the cookie's authority
 * is never granted without the token.
 */
export function checkedSession(auth: AuthService, req: Request, access: 'kiosk' | 'staff'): { user: StaffUser; key: string } | null {
  const credential = credentialOf(req);
  if (!credential) return null;
  const session = auth.authenticateSession(credential.token);
  if (!session || credential.via === 'bearer' || !isStateChanging(req)) return session;
  if (access === 'kiosk' && req.get(CSRF_HEADER) === undefined) return null;
  assertCsrf(req, credential.token);
  return session;
}

export const actorOf = (user: StaffUser): Actor => ({ userId: user.id, username: user.username, role: user.role });

/** The officer (or the kiosk) access-control.ts let in; a handler behind a staff or kiosk route always has one. */
export function actorFrom(res: Response): Actor {
  const actor = res.locals.actor as Actor | undefined;
  if (!actor) throw new AppError({ code: 'auth.required', message: 'Silakan masuk terlebih dahulu.' });
  return actor;
}

export function userFrom(res: Response): StaffUser {
  const user = res.locals.user as StaffUser | undefined;
  if (!user) throw new AppError({ code: 'auth.required', message: 'Silakan masuk terlebih dahulu.' });
  return user;
}
