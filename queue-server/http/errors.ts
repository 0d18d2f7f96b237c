/** One JSON error shape and one handler. Nothing a client sends may produce a 500. */
import type { ErrorRequestHandler, RequestHandler } from 'express';
import { z } from 'zod';
import { AppError, isAppError } from '../../shared/errors.ts';
import { requestFailureOf, storageFailureOf, storageUnavailable } from './failure-kinds.ts';

/** Parses untrusted input with any zod schema (the contract's are zod/mini, older ones classic). */
export function parseInput<S extends z.core.$ZodType>(schema: S, value: unknown, what = 'Permintaan'): z.output<S> {
  const result = z.safeParse(schema, value);
  if (result.success) return result.data;
  const issues = result.error.issues.map((i) => ({ field: i.path.join('.') || '(isi)', message: i.message }));
  const first = issues[0];
  throw new AppError({ code: 'request.invalid', message: `${what} tidak valid: ${first ? `${first.field} — ${first.message}` : 'isi tidak sesuai'}.`, details: { issues } });
}

export const notFoundApi: RequestHandler = (req, _res, next) => {
  next(new AppError({ code: 'route.not_found', message: `Alamat ${req.method} ${req.originalUrl.split("?")[0]} tidak ada.` }));
};

export interface ErrorHandlerOptions {
  log: (message: string, error: unknown) => void;
  /** Told when a write failed because the storage refused it (for /readyz). */
  onStorageFailure?: (reason: string) => void;
}

export function errorHandler(options: ErrorHandlerOptions): ErrorRequestHandler {
  return (error: unknown, _req, res, _next) => {
    const appError = isAppError(error) ? error : toAppError(error, options);
    if (res.headersSent) return;
    res.status(appError.status).json(appError.toBody());
  };
}

function toAppError(error: unknown, options: ErrorHandlerOptions): AppError {
  const fromRequest = requestFailureOf(error);
  if (fromRequest) return fromRequest;
  const storage = storageFailureOf(error);
  if (storage) {
    options.log(`storage refused a write: ${storage}`, error);
    options.onStorageFailure?.(storage);
    return storageUnavailable(storage);
  }
  options.log('unexpected error', error);
  return new AppError({ code: 'internal', message: 'Terjadi kesalahan pada server. Coba lagi; bila berulang, hubungi petugas TI.' });
}
