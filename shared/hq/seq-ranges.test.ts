import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countInRanges, gapsOf, rangeLabel, rangesOf } from './seq-ranges.ts';
import { outboxDayOf, localTimeOf } from './day.ts';

describe('sequence gaps', () => {
  it('names exactly the numbers up to the reported last that are not stored', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: 200 })), fc.integer({ min: 0, max: 220 }), (stored, reported) => {
        const sorted = [...stored].sort((a, b) => a - b);
        const all = rangesOf(sorted);
        const contiguous = all[0]?.from === 1 ? all[0].to : 0;
        const gaps = gapsOf(contiguous, all.filter((r) => r.from > contiguous + 1), reported);
        const expected: number[] = [];
        const have = new Set(stored);
        for (let s = 1; s <= Math.max(reported, ...stored, 0); s++) if (!have.has(s) && s <= Math.max(reported, sorted.at(-1) ?? 0)) expected.push(s);
        const listed = gaps.flatMap((g) => Array.from({ length: g.to - g.from + 1 }, (_, i) => g.from + i));
        expect(listed).toEqual(expected);
        expect(countInRanges(gaps)).toBe(expected.length);
      }),
    );
  });

  it('labels a range with the Indonesian thousands separator', () => {
    expect(rangeLabel({ from: 81_200, to: 81_233 })).toBe('81.200-81.233');
    expect(rangeLabel({ from: 7, to: 7 })).toBe('7');
  });
});

describe('outbox days', () => {
  it('is the local date, unless that day is already sealed', () => {
    expect(outboxDayOf('2026-11-23', null)).toBe('2026-11-23');
    expect(outboxDayOf('2026-11-23', '2026-11-23')).toBe('2026-11-24');
    expect(outboxDayOf('2026-12-31', '2026-12-31')).toBe('2027-01-01');
    expect(outboxDayOf('2026-11-25', '2026-11-23')).toBe('2026-11-25');
  });

  it('writes the branch zone offset', () => {
    expect(localTimeOf(Date.parse('2026-11-23T17:30:00Z'), 'Asia/Jayapura')).toBe('2026-11-24T02:30:00.000+09:00');
    expect(localTimeOf(Date.parse('2026-11-23T17:30:00Z'), 'Asia/Makassar')).toBe('2026-11-24T01:30:00.000+08:00');
  });
});

describe('the completeness sentence', () => {
  it('says how many days are incomplete and which sequences are missing', async () => {
    const { completenessText } = await import('./completeness.ts');
    expect(completenessText('Cabang Jakarta Salemba', ['2026-11-21', '2026-11-22'], [{ from: 81_200, to: 81_233 }])).toBe('Cabang Jakarta Salemba: 2 hari belum lengkap, seq 81.200-81.233 belum diterima');
    expect(completenessText('Cabang X', [], [])).toBeNull();
  });
});
