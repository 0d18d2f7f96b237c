// Stage 4 of the ranking: per answer, its matched total (match.ts) times named factors, each a
// separate function with its constant in SCORING:
//   coordination   answers that match more of the query's words rank first;
//   same intent    a shared question word (berapa, kapan, cara …);
//   phrases        word pairs written side by side that stand side by side in the question;
//   coverage       a question wholly asked beats one touched in passing;
//   programme      the visitor named a programme the answer is not about;
//   core question  the head questions of the branch's services (core-questions.ts) win close calls;
//   situation      the questions of a life situation the query describes (situation-stage.ts);
//   phrasing       an answer one of whose visitor phrasings reads like the query (phrasing-stage.ts).
// Stage 5, distinctQuestions, shows a question the guide asks twice only once.

import { questionIntents, type Term } from './analyse.ts';
import type { MatchSums } from './match.ts';
import { phrasingFactor } from './phrasing-stage.ts';
import { NAMED_SECTIONS, PROGRAMME_NAMES } from './programme-sections.ts';
import { SCORING } from './scoring.ts';
import type { SearchDoc, SearchIndex } from './search-index.ts';

export interface SearchResult {
  readonly id: string;
  /** The section title, e.g. "Jaminan Hari Tua (JHT)". */
  readonly section: string;
  readonly question: string;
  readonly score: number;
}

/** What the query asks beyond its words: its question intents and adjacent word pairs. */
export interface QuerySignals {
  readonly intents: ReadonlySet<string>;
  readonly pairs: readonly string[];
}

export function querySignals(query: string, terms: readonly Term[], prefix: boolean): QuerySignals {
  const intents = questionIntents(query);
  // A single topic word ("jht", "saldo") most likely asks what it is about.
  if (terms.length === 1 && !prefix) intents.add('definisi');
  const pairs = terms.slice(1).map((t, i) => `${terms[i]?.stem ?? ''} ${t.stem}`);
  return { intents, pairs };
}

/** `matched` counts 2 per query unit found in the question, so 2 * units is a full match. */
export function coordinationFactor(matched: number, units: number): number {
  const coordination = matched / (2 * units);
  return SCORING.coordination.floor + SCORING.coordination.curve * coordination * coordination;
}

export function intentFactor(doc: SearchDoc, intents: ReadonlySet<string>): number {
  return [...intents].some((i) => doc.intents.has(i)) ? SCORING.sameIntent : 1;
}

/** Words the visitor wrote side by side that stand side by side in the question ("kartu hilang"). */
export function phraseFactor(doc: SearchDoc, pairs: readonly string[]): number {
  return 1 + SCORING.phrase * pairs.filter((p) => doc.pairs.has(p)).length;
}

/** `covered`: idf of the question's words the query matched; the question's whole idf is doc.questionIdf. */
export function coverageFactor(covered: number, doc: SearchDoc): number {
  return 1 + SCORING.coverage * Math.min(1, covered / Math.max(1, doc.questionIdf));
}

/**
 * A visitor who names a programme ("jht") wants that programme's answers, not another programme's
 * answer that happens to share the other words. Marks the touched answers of a named section that
 * lack a programme name the visitor typed.
 */
export function otherProgrammeAnswers(index: SearchIndex, terms: readonly Term[], touched: readonly number[]): Uint8Array {
  const misses = new Uint8Array(index.docs.length);
  for (const term of terms) {
    if (!PROGRAMME_NAMES.has(term.stem)) continue;
    const has = new Set(index.postings.get(term.stem)?.docs ?? []);
    for (const d of touched) if (!has.has(d) && NAMED_SECTIONS.has(index.docs[d]?.sectionId ?? '')) misses[d] = 1;
  }
  return misses;
}

export function programmeFactor(isOtherProgramme: boolean): number {
  return isOtherProgramme ? SCORING.otherProgramme : 1;
}

export function coreFactor(doc: SearchDoc): number {
  return doc.core ? SCORING.coreQuestion : 1;
}

/** [answer, score] best first (ties: guide order). */
export function rankAnswers(
  index: SearchIndex,
  sums: MatchSums,
  signals: QuerySignals,
  otherProgramme: Uint8Array,
  situation?: Float64Array,
  phrasing?: Float64Array,
): (readonly [number, number])[] {
  const ranked: (readonly [number, number])[] = [];
  for (const d of sums.touched) {
    const doc = index.docs[d];
    if (doc === undefined) continue;
    const total = sums.totals[d] ?? 0;
    const asked = intentFactor(doc, signals.intents) * phraseFactor(doc, signals.pairs);
    const fit = coverageFactor(sums.covered[d] ?? 0, doc) * programmeFactor(otherProgramme[d] === 1) * coreFactor(doc);
    const score = total * coordinationFactor(sums.matched[d] ?? 0, sums.units) * asked * fit;
    const lifted = score * (situation?.[d] ?? 1) * phrasingFactor(phrasing?.[d] ?? 0);
    ranked.push([d, lifted]);
  }
  ranked.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  return ranked;
}

/**
 * The guide asks a few questions twice with different answers (e.g. for call-centre agents and
 * for visitors): a visitor should not see the same question twice, the better-ranked one stays.
 */
export function distinctQuestions(index: SearchIndex, ranked: readonly (readonly [number, number])[], limit: number): SearchResult[] {
  const seen = new Set<string>();
  const results: SearchResult[] = [];
  for (const [d, score] of ranked) {
    if (results.length >= limit) break;
    const doc = index.docs[d];
    if (!doc) continue;
    const sameQuestion = doc.question.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
    if (seen.has(sameQuestion)) continue;
    seen.add(sameQuestion);
    results.push({ id: doc.id, section: doc.section, question: doc.question, score: Math.round(score * 1000) / 1000 });
  }
  return results;
}
