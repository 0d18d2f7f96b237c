// "No good answer": whether the best results actually answer the query, and which queue ticket to
// offer. A query whose best answer shares too little of what the visitor wrote (after the lexicon,
// typos and English) gets the verdict 'weak': the kiosk says so and offers the ticket of the
// situation described, or of the section the best guess belongs to, instead of five weak results.

import { rankQuery } from './search.ts';
import { distinctQuestions, type SearchResult } from './rank.ts';
import { serviceForSection } from './programme-sections.ts';
import { SCORING } from './scoring.ts';
import type { SearchIndex } from './search-index.ts';
import type { QueueService } from './situations.ts';

export interface SearchAnswer {
  readonly results: readonly SearchResult[];
  /** good: show the results; weak: say there is no good answer (results are only guesses); none: nothing matched. */
  readonly verdict: 'good' | 'weak' | 'none';
  /** The queue to offer when the visitor wants to ask an officer. */
  readonly service: QueueService;
  /** The life situations the query describes (situations.ts ids). */
  readonly situations: readonly string[];
}

/** The share of the query's units the answer matches in its question or title (0..1). */
export function answerFit(matched: number, units: number): number {
  return units > 0 ? Math.min(1, matched / (2 * units)) : 0;
}

export function searchAnswer(index: SearchIndex, query: string, options: { limit?: number; prefix?: boolean } = {}): SearchAnswer {
  const limit = Math.max(0, Math.floor(options.limit ?? 5));
  const ranked = rankQuery(index, query, options.prefix ?? false);
  if (ranked === null || ranked.ranked.length === 0) return { results: [], verdict: 'none', service: 'informasi', situations: [] };
  const results = distinctQuestions(index, ranked.ranked, limit);
  const [best] = ranked.ranked;
  const bestDoc = best === undefined ? undefined : index.docs[best[0]];
  const fit = best === undefined ? 0 : answerFit(ranked.sums.matched[best[0]] ?? 0, ranked.sums.units);
  const situation = ranked.situations[0];
  // A described situation whose question leads the results is an answer however few words match.
  const situationAnswers = situation !== undefined && bestDoc !== undefined && situation.questions.includes(bestDoc.id);
  const verdict = fit >= SCORING.goodAnswerFit || situationAnswers ? 'good' : 'weak';
  const service = situation?.service ?? (bestDoc && verdict === 'good' ? serviceForSection(bestDoc.sectionId) : 'informasi');
  return { results, verdict, service, situations: ranked.situations.map((s) => s.id) };
}
