/** One JSON error shape and one handler. Nothing a client sends may produce a 500. */
import type { ErrorRequestHandler, RequestHandler } from 'express';
import { z } from 'zod';
import { AppError, isAppError } from '../../shared/errors.ts';

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

interface BodyParserError {
  type?: string;
  status?: number;
}

export function errorHandler(log: (message: string, error: unknown) => void): ErrorRequestHandler {
  return (error: unknown, _req, res, _next) => {
    let appError: AppError;
    if (isAppError(error)) {
      appError = error;
    } else {
      const type = (error as BodyParserError | null)?.type;
      if (type === 'entity.parse.failed') appError = new AppError({ code: 'request.malformed', message: 'Isi permintaan bukan JSON yang valid.' });
      else if (type === 'entity.too.large') appError = new AppError({ code: 'request.too_large', message: 'Isi permintaan terlalu besar.' });
      else if (type !== undefined && (error as BodyParserError).status === 400) appError = new AppError({ code: 'request.malformed', message: 'Isi permintaan tidak dapat dibaca.' });
      else if (type === 'encoding.unsupported' || type === 'charset.unsupported') appError = new AppError({ code: 'request.malformed', message: 'Pengodean isi permintaan tidak didukung.' });
      else {
        log('unexpected error', error);
        appError = new AppError({ code: 'internal', message: 'Terjadi kesalahan pada server. Coba lagi; bila berulang, hubungi petugas TI.' });
      }
    }
    if (res.headersSent) return;
    res.status(appError.status).json(appError.toBody());
  };
}
