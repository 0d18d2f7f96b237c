// The ranking, as a pipeline of named stages (constants in scoring.ts):
//   0. query-terms.ts  English words the guide does not use, in the guide's Indonesian (english.ts);
//   1. query-terms.ts  what the visitor typed, as terms (glued words split, unit shares);
//   2. expand.ts       the ways each word may match: exact stem (1.0) > informal verb form undone
//                      > the word still being typed > a regional form undone > a typo corrected
//                      > a spelling variant > a synonym;
//   (index)            an answer's concept keywords (question-keywords.ts) and the ways visitors ask it
//                      (visitor-phrasings.ts) count as words of its question;
//   3. match.ts        per answer, the best alternative of each word, summed;
//   4. rank.ts         per answer, coordination x same intent x phrases x coverage x programme x core
//                      x situation (situation-stage.ts) x phrasing (phrasing-stage.ts: how closely
//                      the query reads like one of the answer's phrasings);
//   5. rank.ts         distinctQuestions: a question the guide asks twice is shown once.

import type { Term } from './analyse.ts';
import { alternatives } from './expand.ts';
import { bestCoordination, matchTerms, type MatchSums } from './match.ts';
import { phrasingSimilarity } from './phrasing-stage.ts';
import { queryTerms, splitGlued, translateEnglish, unitShares } from './query-terms.ts';
import { distinctQuestions, otherProgrammeAnswers, querySignals, rankAnswers, type SearchResult } from './rank.ts';
import { SCORING } from './scoring.ts';
import type { SearchIndex } from './search-index.ts';
import { situationFactors, situationsIn } from './situation-stage.ts';
import type { Situation } from './situations.ts';

export type { SearchResult } from './rank.ts';

export interface SearchOptions {
  /** Maximum number of results (default 10). */
  readonly limit?: number;
  /** As-you-type: the last word may be unfinished, so it also matches words it begins. */
  readonly prefix?: boolean;
}

/** Longer input is cut: nobody types more at a kiosk, and the cost stays bounded. */
const MAX_QUERY_CHARS = 500;

/** Everything the stages computed for one query (verdict.ts reads it too). */
export interface RankedQuery {
  readonly sums: MatchSums;
  readonly situations: readonly Situation[];
  /** [answer, score] best first. */
  readonly ranked: readonly (readonly [number, number])[];
}

export function rankQuery(index: SearchIndex, query: string, prefix: boolean): RankedQuery | null {
  const text = translateEnglish(query.slice(0, MAX_QUERY_CHARS), (w) => index.words.has(w));
  const terms = queryTerms(text, prefix).flatMap((t) => splitGlued(index, t));
  if (terms.length === 0) return null;
  const alternativesOf = (term: Term) => alternatives(index, term, prefix && term.last);
  const sums = matchTerms(index, terms, unitShares(terms), alternativesOf);
  const described = situationsIn(terms);
  const situations = situationFactors(index, terms.length >= SCORING.storyTerms ? described : [], bestCoordination(sums));
  const finished = prefix ? terms.filter((t) => !t.last) : terms;
  const phrasing = phrasingSimilarity(index.phrasings, index.docs.length, finished, alternativesOf);
  const ranked = rankAnswers(index, sums, querySignals(text, terms, prefix), otherProgrammeAnswers(index, terms, sums.touched), situations, phrasing);
  return { sums, situations: described, ranked };
}

export function search(index: SearchIndex, query: string, options: SearchOptions = {}): SearchResult[] {
  const limit = Math.max(0, Math.floor(options.limit ?? 10));
  if (limit === 0) return [];
  const ranked = rankQuery(index, query, options.prefix ?? false);
  return ranked === null ? [] : distinctQuestions(index, ranked.ranked, limit);
}

/** Suggestions while the visitor types: search with the last word treated as unfinished. */
export function suggest(index: SearchIndex, partialQuery: string, limit = 5): SearchResult[] {
  return search(index, partialQuery, { limit, prefix: true });
}
