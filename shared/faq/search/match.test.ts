import { describe, expect, it } from 'vitest';
import { analyse } from './analyse.ts';
import { matchTerms } from './match.ts';
import type { Alternative } from './search-index.ts';
import { docOf, stageIndex } from './stage-fixture.ts';

const index = stageIndex();
const exact = (stems: string[]) => (): readonly Alternative[] => [{ stems, weight: 1 }];

describe('matchTerms (stage 3)', () => {
  it('sums the BM25 score of each word per answer and lists the answers touched', () => {
    const terms = analyse('klaim saldo', true);
    const sums = matchTerms(index, terms, [1, 1], (t) => [{ stems: [t.stem], weight: 1 }]);
    const klaim = index.postings.get('klaim');
    const saldo = index.postings.get('saldo');
    const d = docOf(index, 'jht-c'); // has saldo, not klaim
    expect(sums.totals[d]).toBeCloseTo(saldo?.scores[saldo.docs.indexOf(d)] ?? NaN, 12);
    expect(sums.touched).toEqual(expect.arrayContaining([...(klaim?.docs ?? []), ...(saldo?.docs ?? [])]));
    expect(sums.units).toBe(2);
  });
  it('keeps the best alternative of a word, not the sum of them', () => {
    const terms = analyse('saldo', true);
    const one = matchTerms(index, terms, [1], exact(['saldo']));
    const both = matchTerms(index, terms, [1], () => [{ stems: ['saldo'], weight: 1 }, { stems: ['saldo'], weight: 0.5 }]);
    const d = docOf(index, 'jht-c');
    expect(both.totals[d]).toBe(one.totals[d]);
  });
  it('counts a word in the question twice as much towards coordination as one only in the answer', () => {
    const terms = analyse('rekening', true); // only in the text of jht-a
    const inAnswer = matchTerms(index, terms, [1], exact(['rekening']));
    expect(inAnswer.matched[docOf(index, 'jht-a')]).toBe(1);
    const inQuestion = matchTerms(index, analyse('saldo', true), [1], exact(['saldo']));
    expect(inQuestion.matched[docOf(index, 'jht-c')]).toBe(2);
  });
  it('weighs a word by its unit share', () => {
    const terms = analyse('saldo', true);
    const whole = matchTerms(index, terms, [1], exact(['saldo']));
    const half = matchTerms(index, terms, [0.5], exact(['saldo']));
    const d = docOf(index, 'jht-c');
    expect(half.totals[d]).toBeCloseTo((whole.totals[d] ?? 0) / 2, 12);
    expect(half.units).toBe(0.5);
  });
  it('scores a phrase alternative as the mean of its stems and covers the question by their idf', () => {
    const terms = analyse('kartu', true);
    const sums = matchTerms(index, terms, [1], exact(['kartu', 'hilang']));
    const d = docOf(index, 'kep-a');
    const score = (s: string): number => {
      const p = index.postings.get(s);
      return p?.scores[p.docs.indexOf(d)] ?? NaN;
    };
    expect(sums.totals[d]).toBeCloseTo((score('kartu') + score('hilang')) / 2, 12);
    expect(sums.covered[d]).toBeCloseTo((index.postings.get('kartu')?.idf ?? 0) + (index.postings.get('hilang')?.idf ?? 0), 12);
  });
});
