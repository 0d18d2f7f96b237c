/**
 * This machine, by the socket's address (never X-Forwarded-For, which any client can write): the
 * local scraper of /metrics. Which addresses count as a kiosk is device pairing's rule now
 * (pairing/device-pairing.ts, isTrustedAddress), one mechanism for both.
 */
import type { Request } from 'express';

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

/** The request came from this machine (the socket's address; forwarded headers are ignored). */
export const isLoopback = (req: Request): boolean => LOOPBACK.has(req.socket.remoteAddress ?? '');
