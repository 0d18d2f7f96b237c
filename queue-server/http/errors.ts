/** One JSON error shape and one handler. Nothing a client sends may produce a 500. */
import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { z } from 'zod';
import { AppError, httpStatusOf, isAppError } from '../../shared/errors.ts';

export function parseInput<S extends z.ZodType>(schema: S, value: unknown, what = 'Permintaan'): z.infer<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issues = result.error.issues.map((i) => ({ field: i.path.join('.') || '(isi)', message: i.message }));
  const first = issues[0];
  throw new AppError('bad_request', `${what} tidak valid: ${first ? `${first.field} — ${first.message}` : 'isi tidak sesuai'}.`, { issues });
}

export const notFoundApi: RequestHandler = (req, _res, next) => {
  next(new AppError('not_found', `Alamat ${req.method} ${req.originalUrl.split("?")[0]} tidak ada.`));
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
      if (type === 'entity.parse.failed') appError = new AppError('bad_request', 'Isi permintaan bukan JSON yang valid.');
      else if (type === 'entity.too.large') appError = new AppError('payload_too_large', 'Isi permintaan terlalu besar.');
      else if (type !== undefined && (error as BodyParserError).status === 400) appError = new AppError('bad_request', 'Isi permintaan tidak dapat dibaca.');
      else if (type === 'encoding.unsupported' || type === 'charset.unsupported') appError = new AppError('bad_request', 'Pengodean isi permintaan tidak didukung.');
      else {
        log('unexpected error', error);
        res.status(500).json({ error: { code: 'internal', message: 'Terjadi kesalahan pada server. Coba lagi; bila berulang, hubungi petugas TI.' } });
        return;
      }
    }
    if (res.headersSent) return;
    res.status(httpStatusOf[appError.code]).json(appError.toBody());
  };
}
