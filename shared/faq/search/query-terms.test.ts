import { describe, expect, it } from 'vitest';
import type { Term } from './analyse.ts';
import { queryTerms, splitGlued, unitShares } from './query-terms.ts';
import { stageIndex } from './stage-fixture.ts';

const index = stageIndex();
const term = (surface: string, typed = surface): Term => ({ surface, stem: surface, typed, last: false });

describe('queryTerms (stage 1)', () => {
  it('keeps an unfinished last word that is a stop word only while typing', () => {
    // "ya" may be the start of "yayasan"
    expect(queryTerms('klaim ya', true).map((t) => t.surface)).toEqual(['klaim', 'ya']);
    expect(queryTerms('klaim ya', false).map((t) => t.surface)).toEqual(['klaim']);
    expect(queryTerms('klaim ya ', true).map((t) => t.surface)).toEqual(['klaim']); // the space finished it
  });
  it('marks the last word as the one being typed', () => {
    expect(queryTerms('klaim jht', true).map((t) => t.last)).toEqual([false, true]);
  });
});

describe('splitGlued (stage 1)', () => {
  it('splits two known words typed without a space', () => {
    expect(splitGlued(index, term('klaimjht')).map((t) => t.surface)).toEqual(['klaim', 'jht']);
  });
  it('drops a question word glued to a known word', () => {
    expect(splitGlued(index, term('caraklaim')).map((t) => t.surface)).toEqual(['klaim']);
  });
  it('leaves known, short, numeric and lexicon-mapped words alone', () => {
    for (const t of [term('saldo'), term('klaim'), term('jht10'), term('kartujht', 'kartujhtx')]) expect(splitGlued(index, t)).toEqual([t]);
  });
});

describe('unitShares (stage 1)', () => {
  it('splits one unit between the terms one typed word became', () => {
    expect(unitShares([term('bpjs', 'bpjstk'), term('ketenagakerjaan', 'bpjstk'), term('bpu')])).toEqual([0.5, 0.5, 1]);
  });
  it('gives every word as typed a whole unit', () => {
    expect(unitShares([term('klaim'), term('jht')])).toEqual([1, 1]);
  });
});
