// The situation stage: which life situations (situations.ts) a query describes, and the lift their
// questions get. A story ("bapak saya meninggal di proyek, saya istrinya dapat apa") rarely shares
// many words with the question that answers it; the situation it names does.

import { analyse, type Term } from './analyse.ts';
import { SCORING } from './scoring.ts';
import type { SearchIndex } from './search-index.ts';
import { SITUATIONS, type Situation } from './situations.ts';

/** Each situation's signals as stem lists, built once. */
const SIGNALS: readonly (readonly [Situation, readonly (readonly string[])[]])[] = SITUATIONS.map((s) => [
  s,
  s.signals.map((signal) => analyse(signal).map((t) => t.stem)).filter((stems) => stems.length > 0),
]);

/** Whether `stems` occur in `query` in order, at most `gap` other words between neighbours. */
export function containsInOrder(query: readonly string[], stems: readonly string[], gap: number): boolean {
  for (let start = 0; start < query.length; start++) {
    if (query[start] !== stems[0]) continue;
    let at = start;
    let ok = true;
    for (const s of stems.slice(1)) {
      const next = query.slice(at + 1, at + 2 + gap).indexOf(s);
      if (next < 0) {
        ok = false;
        break;
      }
      at += next + 1;
    }
    if (ok) return true;
  }
  return false;
}

/** The situations the query's words describe, in the data's order. */
export function situationsIn(terms: readonly Term[]): Situation[] {
  const stems = terms.map((t) => t.stem);
  return SIGNALS.filter(([, signals]) => signals.some((signal) => containsInOrder(stems, signal, SCORING.situationGap))).map(([s]) => s);
}

/**
 * Per answer, the factor of the situation stage: a situation's questions are lifted, the first
 * ones most (they are listed most important first), and the less the query's own words already
 * find one answer that covers them (`bestCoordination`, 0..1), the more: a story leaves most of its
 * words unmatched, a precise question does not need the help. Answers of no situation keep 1.
 */
export function situationFactors(index: SearchIndex, situations: readonly Situation[], bestCoordination: number): Float64Array {
  const factors = new Float64Array(index.docs.length).fill(1);
  if (situations.length === 0) return factors;
  const strength = SCORING.situation * Math.max(0, 1 - bestCoordination);
  const position = new Map(index.docs.map((d, i) => [d.id, i]));
  for (const situation of situations) {
    situation.questions.forEach((id, rank) => {
      const d = position.get(id);
      if (d === undefined) return;
      const lift = 1 + strength * (1 - rank / (2 * situation.questions.length));
      if (lift > (factors[d] ?? 1)) factors[d] = lift;
    });
  }
  return factors;
}
