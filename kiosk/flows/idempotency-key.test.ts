import { describe, expect, it } from 'vitest';
import { idempotencyKeySchema } from '../../shared/contracts/tickets.ts';
import { newIdempotencyKey } from './idempotency-key.ts';

describe('idempotency key', () => {
  it('matches the server rule and differs every time, for the kiosk and the console', () => {
    const keys = new Set(Array.from({ length: 200 }, (_, i) => newIdempotencyKey(i % 2 ? 'cso' : 'kiosk')));
    expect(keys.size).toBe(200);
    for (const key of keys) expect(idempotencyKeySchema.safeParse(key).success).toBe(true);
  });

  it('is built from the random bytes it is given', () => {
    expect(newIdempotencyKey('kiosk', (b) => b.fill(171))).toBe(`kiosk-${'ab'.repeat(16)}`);
    expect(newIdempotencyKey('cso', (b) => b.fill(1))).toBe(`cso-${'01'.repeat(16)}`);
  });
});
