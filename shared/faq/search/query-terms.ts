// Stage 1 of the ranking: what the visitor typed, as query terms. analyse() does the language work
// (normalise, lexicon, stop words, stem); here come the query-only parts: an unfinished last word
// that happens to be a stop word, words typed without a space, and how much of one typed word each
// term stands for.

import { analyse, normalise, tokenise, type Term } from './analyse.ts';
import { ENGLISH_ONLY_IN_NAMES, ENGLISH_PHRASES, ENGLISH_WORDS } from './english.ts';
import type { SearchIndex } from './search-index.ts';
import { isStopWord } from './stopwords.ts';

const ENGLISH_BY_FIRST_WORD: ReadonlyMap<string, readonly (readonly [string[], string])[]> = (() => {
  const map = new Map<string, [string[], string][]>();
  for (const [key, value] of Object.entries(ENGLISH_PHRASES)) {
    const parts = normalise(key).split(' ');
    map.set(parts[0] ?? '', [...(map.get(parts[0] ?? '') ?? []), [parts, value]]);
  }
  for (const list of map.values()) list.sort((a, b) => b[0].length - a[0].length);
  return map;
})();

/**
 * Stage 0: English words the guide does not use, in the guide's Indonesian ("my company did not pay
 * iuran" -> "perusahaan tidak bayar iuran"). A query with no English word comes back unchanged.
 * `isGuideWord`: the index's vocabulary (a word the guide uses stays as it is).
 */
export function translateEnglish(query: string, isGuideWord: (word: string) => boolean): string {
  const tokens = tokenise(query);
  const out: string[] = [];
  let changed = false;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] ?? '';
    const phrase = ENGLISH_BY_FIRST_WORD.get(token)?.find(([parts]) => parts.every((p, k) => tokens[i + k] === p));
    if (phrase) {
      out.push(phrase[1]);
      i += phrase[0].length - 1;
      changed = true;
      continue;
    }
    const english = Object.hasOwn(ENGLISH_WORDS, token) && (ENGLISH_ONLY_IN_NAMES.has(token) || !isGuideWord(token));
    const word = english ? ENGLISH_WORDS[token] : undefined;
    if (word === undefined) out.push(token);
    else {
      if (word !== '') out.push(word);
      changed = true;
    }
  }
  if (!changed) return query;
  // Keep an open end open: the last word may still be being typed.
  return out.join(' ') + (/[\p{L}\p{N}%]$/u.test(query) ? '' : ' ');
}

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

