/** Reading the session of a request; the check itself is access-control.ts, from the route contracts. */
import type { Request, Response } from 'express';
import { AppError } from '../../shared/errors.ts';
import type { AuthService, StaffUser } from '../auth/auth-service.ts';
import type { Actor } from '../engine/actor.ts';

export function bearerToken(req: Request): string | null {
  // EventSource cannot send headers: the staff stream alone takes the token in its query.
  if (req.method === 'GET' && req.path === '/api/staff/events' && typeof req.query.token === 'string') return req.query.token;
  const header = req.get('Authorization');
  const m = header ? /^Bearer\s+(\S+)$/i.exec(header) : null;
  return m?.[1] ?? null;
}

export function userOf(auth: AuthService, req: Request): StaffUser | null {
  const token = bearerToken(req);
  return token ? auth.authenticate(token) : null;
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
