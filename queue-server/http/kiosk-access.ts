/**
 * Which addresses count as the kiosk. Until kiosks are paired as devices, this machine (loopback)
 * and the addresses listed in kiosk.allowedAddresses do; a signed-in officer may act as the kiosk
 * too (access-control.ts decides). The socket's address is used, never X-Forwarded-For, which any
 * client can write.
 */
import type { Request } from 'express';
import type { BranchConfig } from '../../shared/contracts/branch-config.ts';

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

/** The request came from this machine (the socket's address; forwarded headers are ignored). */
export const isLoopback = (req: Request): boolean => LOOPBACK.has(req.socket.remoteAddress ?? '');

export function isKioskAddress(req: Request, config: BranchConfig): boolean {
  const address = req.socket.remoteAddress ?? '';
  return isLoopback(req) || config.kiosk.allowedAddresses.includes(address.replace(/^::ffff:/, ''));
}
