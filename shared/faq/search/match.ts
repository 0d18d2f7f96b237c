// Stage 3 of the ranking: for every query word, the best of its alternatives (expand.ts) in each
// answer, summed over the words. Taking the best alternative, not the sum, keeps expansions from
// drowning the discriminative words (the overfitting trap measured in the research notes).
// Dense per-answer arrays: a few hundred answers, so this beats maps on every keystroke.

import type { Term } from './analyse.ts';
import type { Alternative, SearchIndex } from './search-index.ts';

export interface MatchSums {
  /** The answers that matched at least one word, in the order they were first matched. */
  readonly touched: readonly number[];
  /** Per answer: the sum over query words of the best alternative's BM25 score times its weight. */
  readonly totals: Float64Array;
  /**
   * Per answer: the query units it matched, 2 per unit in its question or section title, 1 when
   * only deep in the answer (so a word found only in the text counts half towards coordination).
   */
  readonly matched: Float64Array;
  /** Per answer: the idf of the question words the query covers (weighted by the alternative). */
  readonly covered: Float64Array;
  /** How many units of meaning the query has (see unitShares). */
  readonly units: number;
}

/** One query word against every answer: the best weighted score, whether in the question, best cover. */
interface WordBest {
  readonly best: Float64Array;
  readonly inQuestion: Uint8Array;
  readonly cover: Float64Array;
}

/** Scores one alternative of a word into `into`, keeping the best per answer. */
export function scoreAlternative(index: SearchIndex, alt: Alternative, into: WordBest): void {
  const { best, inQuestion, cover } = into;
  const altShare = alt.weight / alt.stems.length;
  if (alt.stems.length === 1) {
    const posting = index.postings.get(alt.stems[0] ?? '');
    if (!posting) return;
    for (let i = 0; i < posting.docs.length; i++) {
      const d = posting.docs[i] ?? 0;
      const weighted = (posting.scores[i] ?? 0) * altShare;
      if (weighted > (best[d] ?? 0)) best[d] = weighted;
      if (posting.inQuestion[i]) inQuestion[d] = 1;
      if (posting.inQuestionText[i] && posting.idf * alt.weight > (cover[d] ?? 0)) cover[d] = posting.idf * alt.weight;
    }
    return;
  }
  // A phrase of stems scores as the mean of its stems (each counts its share of the weight).
  const perDoc = new Map<number, number>();
  const phraseInQuestion = new Set<number>();
  const phraseCover = new Map<number, number>();
  for (const s of alt.stems) {
    const posting = index.postings.get(s);
    if (!posting) continue;
    posting.docs.forEach((d, i) => {
      perDoc.set(d, (perDoc.get(d) ?? 0) + (posting.scores[i] ?? 0) * altShare);
      if (posting.inQuestion[i]) phraseInQuestion.add(d);
      if (posting.inQuestionText[i]) phraseCover.set(d, (phraseCover.get(d) ?? 0) + posting.idf * alt.weight);
    });
  }
  for (const [d, weighted] of perDoc) {
    if (weighted > (best[d] ?? 0)) best[d] = weighted;
    if (phraseInQuestion.has(d)) inQuestion[d] = 1;
  }
  for (const [d, c] of phraseCover) if (c > (cover[d] ?? 0)) cover[d] = c;
}

/**
 * Sums the words of the query over the answers. `alternativesOf(term)` gives each word's ways of
 * matching; `shares[t]` its share of a query unit.
 */
export function matchTerms(
  index: SearchIndex,
  terms: readonly Term[],
  shares: readonly number[],
  alternativesOf: (term: Term) => readonly Alternative[],
): MatchSums {
  const n = index.docs.length;
  const totals = new Float64Array(n);
  const matched = new Float64Array(n);
  const covered = new Float64Array(n);
  const word: WordBest = { best: new Float64Array(n), inQuestion: new Uint8Array(n), cover: new Float64Array(n) };
  const touched: number[] = [];
  terms.forEach((term, t) => {
    word.best.fill(0);
    word.inQuestion.fill(0);
    word.cover.fill(0);
    for (const alt of alternativesOf(term)) scoreAlternative(index, alt, word);
    const share = shares[t] ?? 1;
    for (let d = 0; d < n; d++) {
      const b = word.best[d] ?? 0;
      if (b === 0) continue;
      if ((totals[d] ?? 0) === 0) touched.push(d);
      covered[d] = (covered[d] ?? 0) + (word.cover[d] ?? 0);
      totals[d] = (totals[d] ?? 0) + b * share;
      matched[d] = (matched[d] ?? 0) + (word.inQuestion[d] ? 2 : 1) * share;
    }
  });
  return { touched, totals, matched, covered, units: shares.reduce((sum, x) => sum + x, 0) };
}

/** The largest share of the query's units one answer matches in its question (0..1). */
export function bestCoordination(sums: MatchSums): number {
  let best = 0;
  for (const d of sums.touched) best = Math.max(best, (sums.matched[d] ?? 0) / (2 * sums.units));
  return Math.min(1, best);
}
