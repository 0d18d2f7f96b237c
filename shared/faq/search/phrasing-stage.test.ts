import { describe, expect, it } from 'vitest';
import type { Term } from './analyse.ts';
import { buildPhrasingIndex, phrasingFactor, phrasingSimilarity } from './phrasing-stage.ts';
import { SCORING } from './scoring.ts';
import type { Alternative } from './search-index.ts';

const term = (stem: string): Term => ({ surface: stem, stem, typed: stem, last: false });
const exact = (t: Term): readonly Alternative[] => [{ stems: [t.stem], weight: 1 }];
const terms = (text: string): Term[] => text.split(' ').map(term);

// Answer 0 is asked two ways, answer 1 one way; "uang" is in every phrasing (it says little).
const index = buildPhrasingIndex([
  [['uang', 'potong', 'gaji', 'ambil'], ['uang', 'tabung', 'cair']],
  [['uang', 'duka', 'suami', 'meninggal']],
  [],
]);
const idf = (s: string): number => index.idf.get(s) ?? 0;

describe('phrasing stage', () => {
  it('indexes every phrasing with its answer, and weighs a word every phrasing has least', () => {
    expect(index.docOf).toEqual([0, 0, 1]);
    expect(idf('uang')).toBeLessThan(idf('gaji'));
    expect(index.mass[2]).toBeCloseTo(idf('uang') + idf('duka') + idf('suami') + idf('meninggal'));
  });
  it('scores an answer by its closest phrasing, as a Dice coefficient of the idf the two share', () => {
    const sims = phrasingSimilarity(index, 3, terms('potong gaji ambil'), exact);
    const shared = idf('potong') + idf('gaji') + idf('ambil');
    expect(sims[0]).toBeCloseTo((2 * shared) / (shared + (index.mass[0] ?? 0)));
    expect(sims[1]).toBe(0);
    expect(sims[2]).toBe(0);
  });
  it('gives 1 to a query that says exactly what a phrasing says, and less when the query says more', () => {
    expect(phrasingSimilarity(index, 3, terms('uang duka suami meninggal'), exact)[1]).toBeCloseTo(1);
    const longer = phrasingSimilarity(index, 3, terms('uang duka suami meninggal kemarin'), exact)[1] ?? 0;
    expect(longer).toBeLessThan(1);
    // "kemarin" is in no phrasing: it weighs unknownWordIdf in the query's mass
    const mass = index.mass[2] ?? 0;
    expect(longer).toBeCloseTo((2 * mass) / (mass + SCORING.phrasingStage.unknownWordIdf + mass));
  });
  it('counts a query word once, through its best way of matching', () => {
    const twoWays = (t: Term): readonly Alternative[] =>
      t.stem === 'gajian' ? [{ stems: ['gaji'], weight: 0.5 }, { stems: ['gaji'], weight: 0.9 }] : exact(t);
    const sims = phrasingSimilarity(index, 3, terms('potong gajian ambil'), twoWays);
    const shared = idf('potong') + 0.9 * idf('gaji') + idf('ambil');
    // the query's mass has no exact form of "gajian": it weighs as an unknown word
    const queryMass = idf('potong') + SCORING.phrasingStage.unknownWordIdf + idf('ambil');
    expect(sims[0]).toBeCloseTo((2 * shared) / (queryMass + (index.mass[0] ?? 0)));
  });
  it('lifts from the floor up to 1 + lift, and leaves an answer at or under the floor alone', () => {
    const { floor, lift } = SCORING.phrasingStage;
    expect(phrasingFactor(0)).toBe(1);
    expect(phrasingFactor(floor)).toBe(1);
    expect(phrasingFactor(1)).toBeCloseTo(1 + lift);
    expect(phrasingFactor((1 + floor) / 2)).toBeCloseTo(1 + lift / 2);
  });
});
