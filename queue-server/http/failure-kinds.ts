/**
 * Turns a thrown value that is not an AppError into one, so that nothing a client sends answers
 * 500: the body parser's and the router's own errors (bad JSON, bad gzip, bad percent-encoding)
 * become 400s, and a database that cannot be written (disk full, read-only, I/O error) becomes 503
 * `unavailable`, which says what happened without blaming the visitor. Only a real bug stays 500.
 */
import { AppError } from '../../shared/errors.ts';

interface ErrorWithStatus {
  type?: unknown;
  status?: unknown;
  statusCode?: unknown;
  code?: unknown;
}

const fieldsOf = (error: unknown): ErrorWithStatus => (typeof error === 'object' && error !== null ? (error as ErrorWithStatus) : {});

// better-sqlite3 raises SqliteError with SQLite's extended code: SQLITE_FULL, SQLITE_READONLY_…,
// SQLITE_IOERR_…, SQLITE_CANTOPEN. All mean the data folder cannot take the write right now.
const STORAGE_CODES = /^SQLITE_(FULL|READONLY|IOERR|CANTOPEN|CORRUPT|NOTADB)/;

/** Why the database refused a write, in Indonesian, or null when the error is not a storage failure. */
export function storageFailureOf(error: unknown): string | null {
  const code = fieldsOf(error).code;
  if (typeof code !== 'string' || !STORAGE_CODES.test(code)) return null;
  if (code.startsWith('SQLITE_FULL')) return 'penyimpanan server penuh';
  if (code.startsWith('SQLITE_READONLY')) return 'basis data hanya dapat dibaca';
  if (code.startsWith('SQLITE_CORRUPT') || code.startsWith('SQLITE_NOTADB')) return 'basis data rusak';
  return 'penyimpanan server tidak dapat ditulis';
}

export const storageUnavailable = (reason: string): AppError =>
  new AppError({
    code: 'unavailable',
    message: `Server tidak dapat menyimpan data saat ini (${reason}). Yang sudah tercatat tetap aman. Hubungi petugas TI cabang.`,
    details: { reason },
  });

/** A client-caused failure raised by Express or body-parser, as an AppError; null when it is not one. */
export function requestFailureOf(error: unknown): AppError | null {
  const { type, status, statusCode } = fieldsOf(error);
  const httpStatus = typeof status === 'number' ? status : typeof statusCode === 'number' ? statusCode : null;
  if (type === 'entity.parse.failed') return new AppError({ code: 'request.malformed', message: 'Isi permintaan bukan JSON yang valid.' });
  if (type === 'entity.too.large' || httpStatus === 413) return new AppError({ code: 'request.too_large', message: 'Isi permintaan terlalu besar.' });
  if (type === 'encoding.unsupported' || type === 'charset.unsupported' || httpStatus === 415) {
    return new AppError({ code: 'request.malformed', message: 'Pengodean isi permintaan tidak didukung.' });
  }
  // A malformed %-escape in the path (URIError from the router), a body that is not valid gzip,
  // an aborted upload: the request cannot be read at all.
  if (error instanceof URIError || (httpStatus !== null && httpStatus >= 400 && httpStatus < 500 && httpStatus !== 404)) {
    return new AppError({ code: 'request.malformed', message: 'Permintaan tidak dapat dibaca. Periksa alamat dan isinya.' });
  }
  if (httpStatus === 404) return new AppError({ code: 'route.not_found', message: 'Alamat ini tidak ada.' });
  return null;
}
