/**
 * Refuses JSON bodies nested deeper than any real request: a 30,000-deep array parses fine but
 * overflows the stack of everything recursive that later touches it (hashing the body for the
 * Idempotency-Key, zod). Walked with an explicit stack so the check itself cannot overflow.
 */
import type { RequestHandler } from 'express';
import { AppError } from '../../shared/errors.ts';

export const MAX_JSON_DEPTH = 32;

export function jsonDepthExceeds(value: unknown, maxDepth: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [unknown, number];
    if (typeof node !== 'object' || node === null) continue;
    if (depth >= maxDepth) return true;
    for (const child of Array.isArray(node) ? node : Object.values(node)) stack.push([child, depth + 1]);
  }
  return false;
}

export const rejectDeepJson: RequestHandler = (req, _res, next) => {
  if (jsonDepthExceeds(req.body, MAX_JSON_DEPTH)) {
    next(new AppError({ code: 'request.invalid', message: `Isi permintaan bersarang terlalu dalam (maks. ${MAX_JSON_DEPTH} tingkat).` }));
    return;
  }
  next();
};
