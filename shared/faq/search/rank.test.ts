import { describe, expect, it } from 'vitest';
import { analyse } from './analyse.ts';
import { matchTerms } from './match.ts';
import {
  coordinationFactor, coreFactor, coverageFactor, distinctQuestions, intentFactor, otherProgrammeAnswers, phraseFactor,
  programmeFactor, querySignals, rankAnswers,
} from './rank.ts';
import { SCORING } from './scoring.ts';
import type { SearchDoc } from './search-index.ts';
import { docOf, stageIndex } from './stage-fixture.ts';

const index = stageIndex();
const doc = (id: string): SearchDoc => {
  const d = index.docs[docOf(index, id)];
  if (!d) throw new Error(id);
  return d;
};

describe('rank factors (stage 4)', () => {
  it('coordination: a full match keeps the total, none keeps the floor, half keeps floor + curve/4', () => {
    expect(coordinationFactor(4, 2)).toBeCloseTo(1, 12);
    expect(coordinationFactor(0, 2)).toBe(SCORING.coordination.floor);
    expect(coordinationFactor(2, 2)).toBeCloseTo(SCORING.coordination.floor + SCORING.coordination.curve / 4, 12);
  });
  it('same intent: "berapa lama" meets the question about how long', () => {
    const { intents } = querySignals('berapa lama klaim', analyse('berapa lama klaim', true), false);
    expect(intentFactor(doc('jht-b'), intents)).toBe(SCORING.sameIntent);
    expect(intentFactor(doc('jht-a'), intents)).toBe(1);
  });
  it('a single topic word asks for its definition (not while typing)', () => {
    expect(querySignals('jht', analyse('jht', true), false).intents.has('definisi')).toBe(true);
    expect(querySignals('jht', analyse('jht', true), true).intents.has('definisi')).toBe(false);
  });
  it('phrases: each adjacent pair of the query standing together in the question', () => {
    const { pairs } = querySignals('kartu peserta hilang', analyse('kartu peserta hilang', true), false);
    expect(phraseFactor(doc('kep-a'), pairs)).toBeCloseTo(1 + 2 * SCORING.phrase, 12);
    expect(phraseFactor(doc('jht-b'), pairs)).toBe(1);
  });
  it('coverage: a wholly covered question gains the full bonus, capped', () => {
    const d = doc('jht-c');
    expect(coverageFactor(d.questionIdf, d)).toBeCloseTo(1 + SCORING.coverage, 12);
    expect(coverageFactor(10 * d.questionIdf, d)).toBeCloseTo(1 + SCORING.coverage, 12);
    expect(coverageFactor(0, d)).toBe(1);
  });
  it('programme: another programme\'s answer is cut when the visitor named a programme it lacks', () => {
    const terms = analyse('persyaratan klaim jht', true);
    const touched = index.docs.map((_, i) => i);
    const misses = otherProgrammeAnswers(index, terms, touched);
    expect(misses[docOf(index, 'jkm-a')]).toBe(1); // a JKM answer, no "jht" in it
    expect(misses[docOf(index, 'jht-a')]).toBe(0);
    expect(misses[docOf(index, 'kep-a')]).toBe(0); // general sections are never "another programme"
    expect(programmeFactor(true)).toBe(SCORING.otherProgramme);
    expect(programmeFactor(false)).toBe(1);
  });
  it('core question: only the listed head questions are lifted', () => {
    expect(coreFactor(doc('jht-a'))).toBe(1); // test ids are not in CORE_QUESTION_IDS
    expect(coreFactor({ ...doc('jht-a'), core: true })).toBe(SCORING.coreQuestion);
  });
  it('ranks by total x the factors, best first, ties in guide order', () => {
    const terms = analyse('persyaratan klaim jht', true);
    const sums = matchTerms(index, terms, [1, 1, 1], (t) => [{ stems: [t.stem], weight: 1 }]);
    const ranked = rankAnswers(index, sums, querySignals('persyaratan klaim jht', terms, false), otherProgrammeAnswers(index, terms, sums.touched));
    expect(ranked[0]?.[0]).toBe(docOf(index, 'jht-a'));
    const scores = ranked.map(([, s]) => s);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    const d = docOf(index, 'jht-a');
    const expected = (sums.totals[d] ?? 0) * coordinationFactor(sums.matched[d] ?? 0, sums.units) * intentFactor(doc('jht-a'), new Set(['syarat']))
      * phraseFactor(doc('jht-a'), ['syarat klaim', 'klaim jht']) * coverageFactor(sums.covered[d] ?? 0, doc('jht-a'));
    expect(ranked[0]?.[1]).toBeCloseTo(expected, 12);
  });
});

describe('distinctQuestions (stage 5)', () => {
  it('shows a question asked twice once, the better-ranked one, within the limit', () => {
    const a = docOf(index, 'kep-a');
    const b = docOf(index, 'kep-b');
    const c = docOf(index, 'jht-c');
    expect(distinctQuestions(index, [[b, 3], [a, 2], [c, 1]], 5).map((r) => r.id)).toEqual(['kep-b', 'jht-c']);
    expect(distinctQuestions(index, [[b, 3], [a, 2], [c, 1]], 1).map((r) => r.id)).toEqual(['kep-b']);
    expect(distinctQuestions(index, [[c, 1.23456]], 5)[0]?.score).toBe(1.235);
  });
});
