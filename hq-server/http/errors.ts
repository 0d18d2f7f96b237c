/** The branch's JSON error shape at head office: an AppError code and an Indonesian message; never a 500 for bad input. */
import type { ErrorRequestHandler, RequestHandler } from 'express';
import { z } from 'zod';
import { AppError, isAppError } from '../../shared/errors.ts';

export function parseInput<S extends z.core.$ZodType>(schema: S, value: unknown, what = 'Permintaan'): z.output<S> {
  const result = z.safeParse(schema, value);
  if (result.success) return result.data;
  const issues = result.error.issues.map((i) => ({ field: i.path.join('.') || '(isi)', message: i.message }));
  const first = issues[0];
  throw new AppError({ code: 'request.invalid', message: `${what} tidak valid: ${first ? `${first.field} — ${first.message}` : 'isi tidak sesuai'}.`, details: { issues: issues.slice(0, 20) } });
}

export const notFound: RequestHandler = (req, _res, next) => {
  next(new AppError({ code: 'route.not_found', message: `Alamat ${req.method} ${req.originalUrl.split('?')[0]} tidak ada.` }));
};

function requestFailure(error: unknown): AppError | null {
  if (typeof error !== 'object' || error === null || !('type' in error)) return null;
  if (error.type === 'entity.parse.failed') return new AppError({ code: 'request.malformed', message: 'Isi permintaan bukan JSON yang valid.' });
  if (error.type === 'entity.too.large') return new AppError({ code: 'request.too_large', message: 'Isi permintaan terlalu besar. Kirim dalam bagian yang lebih kecil.' });
  return null;
}

export function errorHandler(log: (message: string, error: unknown) => void): ErrorRequestHandler {
  return (error: unknown, _req, res, _next) => {
    let e = isAppError(error) ? error : requestFailure(error);
    if (!e) {
      log('kesalahan tak terduga', error);
      e = new AppError({ code: 'unavailable', message: 'Kantor pusat sedang tidak dapat menyimpan. Cabang akan mengirim ulang otomatis.' });
    }
    if (res.headersSent) return;
    res.status(e.status).json(e.toBody());
  };
}
