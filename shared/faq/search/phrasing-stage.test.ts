import { beforeEach, describe, expect, it } from 'vitest';
import type { Term } from './analyse.ts';
import { buildPhrasingIndex, phrasingFactor, phrasingSimilarity } from './phrasing-stage.ts';
import { SCORING } from './scoring.ts';
import type { Alternative } from './search-index.ts';

const term = (stem: string): Term => ({ surface: stem, stem, typed: stem, last: false });
const exact = (t: Term): readonly Alternative[] => [{ stems: [t.stem], weight: 1 }];
const terms = (text: string): Term[] => text.split(' ').map(term);

// Answer 0 is asked two ways (and once with no word left), answer 1 one way, answer 2 not at all;
// "uang" is in every phrasing (it says little). Built inside each test, so the tests cover it.
const build = () =>
  buildPhrasingIndex([
    [['uang', 'potong', 'gaji', 'ambil'], [], ['uang', 'tabung', 'cair']],
    [['uang', 'duka', 'suami', 'meninggal']],
    [],
  ]);
let index = build();
const idf = (s: string): number => index.idf.get(s) ?? 0;

describe('phrasing stage', () => {
  beforeEach(() => {
    index = build();
  });
  it('indexes every phrasing with its answer, and weighs a word every phrasing has least', () => {
    expect(index.docOf).toEqual([0, 0, 1]);
    expect(index.postings.get('uang')).toEqual([0, 1, 2]);
    expect(index.postings.get('gaji')).toEqual([0]);
    // BM25's idf over the 3 phrasings: ln(1 + (n - df + 0.5) / (df + 0.5))
    expect(idf('uang')).toBeCloseTo(Math.log(1 + 0.5 / 3.5));
    expect(idf('gaji')).toBeCloseTo(Math.log(1 + 2.5 / 1.5));
    expect(index.mass[2]).toBeCloseTo(idf('uang') + idf('duka') + idf('suami') + idf('meninggal'));
    expect(index.mass[0]).toBeCloseTo(idf('uang') + idf('potong') + idf('gaji') + idf('ambil'));
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
  it('takes the best of an answer\'s phrasings, and a phrasing sharing no word counts nothing', () => {
    const sims = phrasingSimilarity(index, 3, terms('tabung cair'), exact);
    const shared = idf('tabung') + idf('cair');
    expect(sims[0]).toBeCloseTo((2 * shared) / (shared + (index.mass[1] ?? 0)));
    // the same query twice in a row: nothing is left over from the first call
    expect(phrasingSimilarity(index, 3, terms('tabung cair'), exact)).toEqual(sims);
    // a word matched two ways in one phrasing counts once, at its best weight
    const twice = (t: Term): readonly Alternative[] => [{ stems: [t.stem], weight: 1 }, { stems: [t.stem], weight: 0.5 }];
    expect(phrasingSimilarity(index, 3, terms('tabung cair'), twice)).toEqual(sims);
    // a phrase alternative of two stems gives each stem half its weight
    const phrase = (t: Term): readonly Alternative[] => (t.stem === 'celengan' ? [{ stems: ['tabung', 'cair'], weight: 1 }] : exact(t));
    const viaPhrase = phrasingSimilarity(index, 3, terms('celengan'), phrase)[0] ?? 0;
    expect(viaPhrase).toBeCloseTo((2 * (shared / 2)) / (SCORING.phrasingStage.unknownWordIdf + (index.mass[1] ?? 0)));
  });
  it('lifts from the floor up to 1 + lift, and leaves an answer at or under the floor alone', () => {
    const { floor, lift } = SCORING.phrasingStage;
    expect(phrasingFactor(0)).toBe(1);
    expect(phrasingFactor(floor)).toBe(1);
    expect(phrasingFactor(floor + 0.01)).toBeGreaterThan(1);
    expect(phrasingFactor(1)).toBeCloseTo(1 + lift);
    expect(phrasingFactor((1 + floor) / 2)).toBeCloseTo(1 + lift / 2);
  });
});
