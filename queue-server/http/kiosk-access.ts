/**
 * Who may act as the kiosk. Until kiosks are paired as devices, this machine (loopback) and the
 * addresses listed in kiosk.allowedAddresses count as the kiosk; a signed-in officer may too.
 * The socket's address is used, never X-Forwarded-For, which any client can write.
 */
import type { Request } from 'express';
import type { BranchConfig } from '../../shared/contracts/branch-config.ts';
import { AppError } from '../../shared/errors.ts';
import type { AuthService } from '../auth/auth-service.ts';
import { KIOSK_ACTOR, type Actor } from '../engine/actor.ts';
import { actorOf, userOf } from './staff-auth.ts';

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

/** The request came from this machine (the socket's address; forwarded headers are ignored). */
export const isLoopback = (req: Request): boolean => LOOPBACK.has(req.socket.remoteAddress ?? '');

export function kioskOrStaff(req: Request, s: { auth: AuthService; config: BranchConfig }, refusal: string): Actor {
  const user = userOf(s.auth, req);
  if (user) return actorOf(user);
  const address = req.socket.remoteAddress ?? '';
  if (isLoopback(req) || s.config.kiosk.allowedAddresses.includes(address.replace(/^::ffff:/, ''))) return KIOSK_ACTOR;
  throw new AppError({ code: 'kiosk.not_allowed', message: refusal });
}
