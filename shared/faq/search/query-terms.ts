// Stage 1 of the ranking: what the visitor typed, as query terms. analyse() does the language work
// (normalise, lexicon, stop words, stem); here come the query-only parts: an unfinished last word
// that happens to be a stop word, words typed without a space, and how much of one typed word each
// term stands for.

import { analyse, tokenise, type Term } from './analyse.ts';
import type { SearchIndex } from './search-index.ts';
import { isStopWord } from './stopwords.ts';

/** In as-you-type mode an unfinished last word that happens to be a stop word ("sa" of "saldo") still counts. */
export function queryTerms(query: string, prefix: boolean): Term[] {
  const terms = analyse(query, true);
  const tokens = tokenise(query);
  const lastToken = tokens[tokens.length - 1];
  const endsOpen = /[\p{L}\p{N}%]$/u.test(query);
  if (prefix && endsOpen && lastToken !== undefined && lastToken.length >= 2 && !terms.some((t) => t.last) && isStopWord(lastToken)) {
    terms.push({ surface: lastToken, stem: lastToken, typed: lastToken, last: true });
  }
  return terms;
}

/** "klaimjht", "ceksaldo": an unknown word that is two known words typed without the space. */
export function splitGlued(index: SearchIndex, term: Term): Term[] {
  const w = term.surface;
  if (w.length < 6 || index.words.has(w) || term.typed !== w || /\d/.test(w)) return [term];
  for (let cut = w.length - 3; cut >= 3; cut--) {
    const left = w.slice(0, cut);
    const right = w.slice(cut);
    const l = index.words.get(left);
    const r = index.words.get(right);
    if (l !== undefined && r !== undefined && !isStopWord(left) && !isStopWord(right)) {
      return [{ surface: left, stem: l, typed: left, last: false }, { surface: right, stem: r, typed: right, last: term.last }];
    }
  }
  // "caradaftar", "mauklaim": a question word glued to a known word leaves the known word.
  for (let cut = w.length - 3; cut >= 3; cut--) {
    const left = w.slice(0, cut);
    const right = w.slice(cut);
    const r = index.words.get(right);
    if (isStopWord(left) && r !== undefined && !isStopWord(right)) return [{ surface: right, stem: r, typed: right, last: term.last }];
  }
  return [term];
}

/**
 * Each term's share of one query unit: terms expanded from the same typed word split one unit
 * ("bpjstk" becomes "bpjs ketenagakerjaan" but is one word of the query, so each half counts half).
 */
export function unitShares(terms: readonly Term[]): number[] {
  return terms.map((term, i) => {
    if (term.typed === term.surface) return 1;
    let size = 1;
    for (let j = i - 1; j >= 0 && terms[j]?.typed === term.typed && terms[j]?.typed !== terms[j]?.surface; j--) size++;
    for (let j = i + 1; j < terms.length && terms[j]?.typed === term.typed && terms[j]?.typed !== terms[j]?.surface; j++) size++;
    return 1 / size;
  });
}
