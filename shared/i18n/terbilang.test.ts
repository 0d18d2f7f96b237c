import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { TERBILANG_MAX, terbilang, terbilangWords } from './terbilang.ts';

describe('terbilang', () => {
  // The values the issue names, written out by hand from Indonesian usage.
  const table: Array<[number, string]> = [
    [0, 'nol'],
    [1, 'satu'],
    [7, 'tujuh'],
    [10, 'sepuluh'],
    [11, 'sebelas'],
    [12, 'dua belas'],
    [15, 'lima belas'],
    [19, 'sembilan belas'],
    [20, 'dua puluh'],
    [21, 'dua puluh satu'],
    [30, 'tiga puluh'],
    [99, 'sembilan puluh sembilan'],
    [100, 'seratus'],
    [101, 'seratus satu'],
    [110, 'seratus sepuluh'],
    [111, 'seratus sebelas'],
    [112, 'seratus dua belas'],
    [120, 'seratus dua puluh'],
    [200, 'dua ratus'],
    [305, 'tiga ratus lima'],
    [999, 'sembilan ratus sembilan puluh sembilan'],
    [1000, 'seribu'],
    [1001, 'seribu satu'],
    [1011, 'seribu sebelas'],
    [1100, 'seribu seratus'],
    [1999, 'seribu sembilan ratus sembilan puluh sembilan'],
    [2000, 'dua ribu'],
    [10_000, 'sepuluh ribu'],
    [11_000, 'sebelas ribu'],
    [12_345, 'dua belas ribu tiga ratus empat puluh lima'],
    [100_000, 'seratus ribu'],
    [101_000, 'seratus satu ribu'],
    [999_999, 'sembilan ratus sembilan puluh sembilan ribu sembilan ratus sembilan puluh sembilan'],
    [1_000_000, 'satu juta'],
    [1_001_000, 'satu juta seribu'],
    [2_000_011, 'dua juta sebelas'],
    [1_000_000_000, 'satu miliar'],
    [1_000_000_000_000, 'satu triliun'],
  ];

  it.each(table)('%i -> %s', (n, words) => {
    expect(terbilang(n)).toBe(words);
  });

  it('gives one word per clip, so 12 is the clips dua + belas', () => {
    expect(terbilangWords(12)).toEqual(['dua', 'belas']);
    expect(terbilangWords(111)).toEqual(['seratus', 'sebelas']);
  });

  it('rejects what has no words instead of saying something wrong', () => {
    for (const bad of [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, TERBILANG_MAX + 1]) {
      expect(() => terbilang(bad)).toThrow(RangeError);
    }
  });

  it('never says "nol" inside a larger number and never says "satu ratus" or "satu ribu"', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: TERBILANG_MAX }), (n) => {
        const s = ` ${terbilang(n)} `;
        expect(s).not.toContain(' nol ');
        expect(s).not.toContain(' satu ratus ');
        expect(s).not.toContain(' satu puluh ');
        expect(s).not.toContain(' satu belas ');
        expect(s).not.toMatch(/^ satu ribu /);
      }),
    );
  });

  it('reads back to the same number (round trip through a small parser)', () => {
    const value: Record<string, number> = { nol: 0, satu: 1, dua: 2, tiga: 3, empat: 4, lima: 5, enam: 6, tujuh: 7, delapan: 8, sembilan: 9, sepuluh: 10, sebelas: 11, seratus: 100, seribu: 1000 };
    const scale: Record<string, number> = { ribu: 1e3, juta: 1e6, miliar: 1e9, triliun: 1e12 };
    const parse = (words: string[]): number => {
      let total = 0;
      let group = 0;
      let last = 0;
      for (const w of words) {
        // A multiplier word turns the unit just added into tens, teens or hundreds.
        if (w === 'belas') group += 10; // "dua belas" = 2 + 10
        else if (w === 'puluh') group += last * 9; // "dua puluh" = 2 + 2*9
        else if (w === 'ratus') group += last * 99; // "dua ratus" = 2 + 2*99
        else if (w === 'seribu') total += 1000;
        else if (w in scale) {
          total += group * (scale[w] ?? 0);
          group = 0;
        } else {
          last = value[w] ?? Number.NaN;
          group += last;
          continue;
        }
        last = 0;
      }
      return total + group;
    };
    fc.assert(
      fc.property(fc.integer({ min: 0, max: TERBILANG_MAX }), (n) => {
        expect(parse(terbilangWords(n))).toBe(n);
      }),
    );
  });
});
