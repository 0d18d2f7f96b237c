import { describe, expect, it } from 'vitest';
import { AppError, ERROR_CODES, ERROR_STATUS, isAppError } from './errors.ts';

describe('AppError', () => {
  it('carries a domain code, its HTTP status and an Indonesian message', () => {
    const e = new AppError({ code: 'recall.too_soon', message: 'Tunggu 5 detik lagi.', details: { retryAfterSeconds: 5 } });
    expect(e).toBeInstanceOf(Error);
    expect(e.name).toBe('AppError');
    expect(e.message).toBe('Tunggu 5 detik lagi.');
    expect(e.status).toBe(409);
    expect(e.toBody()).toEqual({ error: { code: 'recall.too_soon', message: 'Tunggu 5 detik lagi.', details: { retryAfterSeconds: 5 } } });
  });

  it('leaves details out of the body when there are none', () => {
    const body = new AppError({ code: 'ticket.not_found', message: 'Tiket tidak ditemukan.' }).toBody();
    expect(body).toEqual({ error: { code: 'ticket.not_found', message: 'Tiket tidak ditemukan.' } });
    expect(Object.keys(body.error)).toEqual(['code', 'message']);
    expect(new AppError({ code: 'internal', message: 'x', details: null }).toBody().error).toHaveProperty('details', null);
  });

  it('every code maps to a client or server error status; internal is 500', () => {
    for (const code of ERROR_CODES) expect(ERROR_STATUS[code]).toBeGreaterThanOrEqual(400);
    expect(new AppError({ code: 'internal', message: 'x' }).status).toBe(500);
    expect(isAppError(new AppError({ code: 'internal', message: 'x' }))).toBe(true);
    expect(isAppError(new Error('x'))).toBe(false);
  });
});
