/** Bearer-token check for staff routes; the acting officer goes to res.locals.actor. */
import type { Request, RequestHandler, Response } from 'express';
import type { StaffRole } from '../../shared/contracts/http.ts';
import { AppError } from '../../shared/errors.ts';
import type { AuthService, StaffUser } from '../auth/auth-service.ts';
import type { Actor } from '../engine/actor.ts';

export function bearerToken(req: Request): string | null {
  const header = req.get('Authorization');
  const m = header ? /^Bearer\s+(\S+)$/i.exec(header) : null;
  return m?.[1] ?? null;
}

export function userOf(auth: AuthService, req: Request): StaffUser | null {
  const token = bearerToken(req);
  return token ? auth.authenticate(token) : null;
}

export const actorOf = (user: StaffUser): Actor => ({ userId: user.id, username: user.username, role: user.role });

export function requireStaff(auth: AuthService, roles?: readonly StaffRole[]): RequestHandler {
  return (req, res, next) => {
    const user = userOf(auth, req);
    if (!user) return next(new AppError({ code: 'auth.required', message: 'Sesi tidak valid atau sudah berakhir. Silakan masuk kembali.' }));
    if (roles && !roles.includes(user.role)) return next(new AppError({ code: 'auth.forbidden', message: 'Akun Anda tidak berwenang untuk tindakan ini.' }));
    res.locals.user = user;
    res.locals.actor = actorOf(user);
    next();
  };
}

export function actorFrom(res: Response): Actor {
  const actor = res.locals.actor as Actor | undefined;
  if (!actor) throw new AppError({ code: 'auth.required', message: 'Silakan masuk terlebih dahulu.' });
  return actor;
}
