// The phrasing stage: how closely the query reads like one of the ways visitors ask a question
// (visitor-phrasings.ts). The phrasings field of the index already lets their words find the
// question; this stage rewards the answer one of whose phrasings says what the whole query says
// ("uang potongan gaji tiap bulan kapan bisa diambil" against "uang yang dipotong dari gaji tiap
// bulan bisa saya ambil kapan"), which a bag of every phrasing's words cannot tell apart from an
// answer whose five phrasings each share a word or two with it.

import type { Term } from './analyse.ts';
import { SCORING } from './scoring.ts';
import type { Alternative } from './search-index.ts';

/** Every phrasing as a set of stems, and for each stem the phrasings that have it. */
export interface PhrasingIndex {
  /** Phrasing -> the answer (index doc) it asks for. */
  readonly docOf: readonly number[];
  /** Phrasing -> the sum of the idf of its distinct stems (its whole meaning). */
  readonly mass: readonly number[];
  /** Stem -> the phrasings that contain it. */
  readonly postings: ReadonlyMap<string, readonly number[]>;
  /** Stem -> its idf among the phrasings (a word of every phrasing says nothing). */
  readonly idf: ReadonlyMap<string, number>;
}

/** `phrasings[d]`: the stems of each phrasing of answer d. */
export function buildPhrasingIndex(phrasings: readonly (readonly (readonly string[])[])[]): PhrasingIndex {
  const docOf: number[] = [];
  const sets: Set<string>[] = [];
  phrasings.forEach((list, d) => {
    for (const stems of list) {
      if (stems.length === 0) continue;
      docOf.push(d);
      sets.push(new Set(stems));
    }
  });
  const postings = new Map<string, number[]>();
  sets.forEach((set, p) => {
    for (const s of set) {
      const list = postings.get(s);
      if (list) list.push(p);
      else postings.set(s, [p]);
    }
  });
  const n = sets.length;
  const idf = new Map<string, number>();
  for (const [s, list] of postings) idf.set(s, Math.log(1 + (n - list.length + 0.5) / (list.length + 0.5)));
  const mass = sets.map((set) => [...set].reduce((sum, s) => sum + (idf.get(s) ?? 0), 0));
  return { docOf, mass, postings, idf };
}

/**
 * Per answer, the best similarity (0..1) of the query to one of its phrasings: the idf of the
 * stems they share, each query word counted once through its best way of matching (weighted like
 * the match stage), over the mean of the two masses (a Dice coefficient, so neither a long
 * phrasing nor a long query wins by length). `terms` are the finished words: a word still being
 * typed says nothing yet about how the sentence reads.
 */
export function phrasingSimilarity(
  index: PhrasingIndex,
  docs: number,
  terms: readonly Term[],
  alternativesOf: (term: Term) => readonly Alternative[],
): Float64Array {
  const best = new Float64Array(docs);
  const count = index.docOf.length;
  const shared = new Float64Array(count);
  const word = new Float64Array(count); // this query word's best match per phrasing
  const touched: number[] = [];
  const wordTouched: number[] = [];
  const keepBest = (p: number, value: number): void => {
    const had = word[p] ?? 0;
    if (had === 0) wordTouched.push(p);
    if (value > had) word[p] = value;
  };
  let queryMass = 0;
  for (const term of terms) {
    let wordMass = 0;
    for (const alt of alternativesOf(term)) {
      const share = alt.weight / alt.stems.length;
      // A phrase of stems ("tabungan" -> "tabung cair") counts the sum of its stems' shares.
      const phrase = alt.stems.length > 1 ? new Map<number, number>() : null;
      for (const s of alt.stems) {
        const idf = index.idf.get(s);
        if (idf === undefined) continue;
        if (phrase === null && alt.weight === 1) wordMass = idf;
        for (const p of index.postings.get(s) ?? []) {
          if (phrase === null) keepBest(p, idf * share);
          else phrase.set(p, (phrase.get(p) ?? 0) + idf * share);
        }
      }
      for (const [p, value] of phrase ?? []) keepBest(p, value);
    }
    // A word the phrasings never use still belongs to what the visitor said.
    queryMass += wordMass > 0 ? wordMass : SCORING.phrasingStage.unknownWordIdf;
    for (const p of wordTouched) {
      if ((shared[p] ?? 0) === 0) touched.push(p);
      shared[p] = (shared[p] ?? 0) + (word[p] ?? 0);
      word[p] = 0;
    }
    wordTouched.length = 0;
  }
  for (const p of touched) {
    const sim = Math.min(1, (2 * (shared[p] ?? 0)) / (queryMass + (index.mass[p] ?? 0)));
    const d = index.docOf[p] ?? 0;
    if (sim > (best[d] ?? 0)) best[d] = sim;
  }
  return best;
}

/** The factor of an answer whose best phrasing has similarity `sim` with the query. */
export function phrasingFactor(sim: number): number {
  const { lift, floor } = SCORING.phrasingStage;
  return sim <= floor ? 1 : 1 + (lift * (sim - floor)) / (1 - floor);
}
