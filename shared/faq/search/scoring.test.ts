import { describe, expect, it } from 'vitest';
import { SCORING } from './scoring.ts';

describe('SCORING', () => {
  it('orders the ways of matching a word as documented: exact > informal > prefix > typo > variant > 2 typos > synonym', () => {
    const m = SCORING.match;
    const order = [1, m.informal, m.prefix, m.typo1, m.variant, m.typo2, m.synonym];
    expect([...order].sort((a, b) => b - a)).toEqual(order);
    expect(new Set(order).size).toBe(order.length);
  });
  it('keeps every factor a lift or a cut, never a sign flip or a zero', () => {
    for (const x of [SCORING.sameIntent, SCORING.coreQuestion, 1 + SCORING.coverage, 1 + SCORING.phrase]) expect(x).toBeGreaterThan(1);
    expect(SCORING.otherProgramme).toBeGreaterThan(0);
    expect(SCORING.otherProgramme).toBeLessThan(1);
    // a full match (c = 1) keeps the whole total; none keeps only the floor
    expect(SCORING.coordination.floor + SCORING.coordination.curve).toBeCloseTo(1, 12);
  });
});
