import { describe, expect, it } from 'vitest';
import { newIdempotencyKey } from './idempotency-key.ts';

describe('idempotency key', () => {
  it('matches the server rule and differs every time', () => {
    const keys = new Set(Array.from({ length: 200 }, () => newIdempotencyKey()));
    expect(keys.size).toBe(200);
    for (const key of keys) expect(key).toMatch(/^[A-Za-z0-9._:-]{8,128}$/);
  });

  it('is built from the random bytes it is given', () => {
    expect(newIdempotencyKey((b) => b.fill(171))).toBe(`kiosk-${'ab'.repeat(16)}`);
  });
});
