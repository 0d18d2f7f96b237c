import { describe, expect, it } from 'vitest';
import { allowedEdits, boundedDistance } from './fuzzy.ts';

describe('boundedDistance', () => {
  it('counts edits, with a swap of neighbours as one', () => {
    expect(boundedDistance('klaim', 'klaim', 1)).toBe(0);
    expect(boundedDistance('kalim', 'klaim', 1)).toBe(1);
    expect(boundedDistance('pencairn', 'pencairan', 2)).toBe(1);
    expect(boundedDistance('kecelakan', 'kecelakaan', 2)).toBe(1);
  });
  it('gives up beyond the bound', () => {
    expect(boundedDistance('saldo', 'klaim', 1)).toBe(2);
    expect(boundedDistance('jht', 'jaminan', 2)).toBe(3);
  });
  it('allows no edit in short words, one in medium, two in long ones', () => {
    expect([3, 5, 9].map(allowedEdits)).toEqual([0, 1, 2]);
  });
});
