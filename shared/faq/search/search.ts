// Ranking. Each query word contributes the best of its alternatives for each answer:
//   the exact stem (1.0) > an informal verb form undone (0.9) > the word still being typed
//   (prefix, 0.85) > a typo corrected (0.75 / 0.55) > a synonym from the lexicon (0.45).
// Taking the best alternative, not the sum, keeps expansions from drowning the discriminative words
// (the overfitting trap measured in the research notes); answers that match more of the query's
// words get a coordination bonus.

import { analyse, questionIntents, tokenise, type Term } from './analyse.ts';
import { allowedEdits, boundedDistance } from './fuzzy.ts';
import { SYNONYM_GROUPS } from './lexicon.ts';
import type { Alternative, SearchIndex } from './search-index.ts';
import { stem } from './stemmer.ts';
import { isStopWord } from './stopwords.ts';

export interface SearchOptions {
  /** Maximum number of results (default 10). */
  readonly limit?: number;
  /** As-you-type: the last word may be unfinished, so it also matches words it begins. */
  readonly prefix?: boolean;
}

export interface SearchResult {
  readonly id: string;
  /** The section title, e.g. "Jaminan Hari Tua (JHT)". */
  readonly section: string;
  readonly question: string;
  readonly score: number;
}

const WEIGHT = { informal: 0.9, prefix: 0.85, typo1: 0.75, typo2: 0.55, synonym: 0.45 } as const;
const MAX_PREFIX_WORDS = 40;
const INTENT_BONUS = 1.2;
const MAX_CACHE = 2000;

/** Synonym groups by stem, built once: stem -> the groups' members as stem lists. */
const SYNONYMS: ReadonlyMap<string, readonly (readonly string[])[]> = (() => {
  const byStem = new Map<string, (readonly string[])[]>();
  for (const group of SYNONYM_GROUPS) {
    const members = group.map((m) => analyse(m).map((t) => t.stem)).filter((m) => m.length > 0);
    for (const member of members) {
      if (member.length !== 1) continue; // phrases are targets, a single word triggers
      const key = member[0] ?? '';
      const others = members.filter((m) => m.join(' ') !== key);
      byStem.set(key, [...(byStem.get(key) ?? []), ...others]);
    }
  }
  return byStem;
})();

function add(into: Alternative[], stems: readonly string[], weight: number, index: SearchIndex): void {
  if (!stems.every((s) => index.postings.has(s))) return;
  const key = stems.join(' ');
  const existing = into.findIndex((a) => a.stems.join(' ') === key);
  if (existing === -1) into.push({ stems, weight });
  else if ((into[existing]?.weight ?? 0) < weight) into[existing] = { stems, weight };
}

function withSynonyms(into: Alternative[], s: string, weight: number, index: SearchIndex): void {
  add(into, [s], weight, index);
  for (const other of SYNONYMS.get(s) ?? []) add(into, other, weight * WEIGHT.synonym, index);
}

/** Informal verb forms the lexicon does not list: "ngurusin" -> "urus", "bayarin" -> "bayar". */
function informalForms(word: string): string[] {
  const bases = new Set<string>([word]);
  if (/[a-z]{3}in$/.test(word)) bases.add(word.slice(0, -2));
  for (const b of [...bases]) {
    if (/^nge[a-z]{3}/.test(b)) bases.add(b.slice(3));
    if (/^ng[aiueo][a-z]{2}/.test(b)) bases.add(b.slice(2)).add(`k${b.slice(2)}`);
    if (/^ny[aiueo][a-z]{2}/.test(b)) bases.add(`s${b.slice(2)}`).add(`c${b.slice(2)}`);
  }
  bases.delete(word);
  return [...bases];
}

function prefixWords(index: SearchIndex, prefix: string): string[] {
  const words = index.sortedWords;
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((words[mid] ?? '') < prefix) lo = mid + 1;
    else hi = mid;
  }
  const out: string[] = [];
  for (let i = lo; i < words.length && out.length < MAX_PREFIX_WORDS; i++) {
    const w = words[i] ?? '';
    if (!w.startsWith(prefix)) break;
    out.push(w);
  }
  return out;
}

function typoWords(index: SearchIndex, word: string): [string, number][] {
  const max = allowedEdits(word.length);
  const found: [string, number][] = [];
  if (max === 0) return found;
  for (let len = word.length - max; len <= word.length + max; len++) {
    for (const candidate of index.wordsByLength[len] ?? []) {
      const d = boundedDistance(word, candidate, max);
      if (d <= max) found.push([candidate, d]);
    }
  }
  return found;
}

/** All the ways one query word may match, best weight per stem list. Memoised per index. */
function alternatives(index: SearchIndex, term: Term, asPrefix: boolean): readonly Alternative[] {
  const key = `${term.surface}|${term.typed}|${asPrefix ? 1 : 0}`;
  const cached = index.expansionCache.get(key);
  if (cached) return cached;
  const out: Alternative[] = [];
  withSynonyms(out, term.stem, 1, index);
  const known = index.words.has(term.surface) || term.typed !== term.surface;
  if (!known) {
    for (const base of informalForms(term.surface)) withSynonyms(out, stem(base), WEIGHT.informal, index);
  }
  if (asPrefix || (!known && term.surface.length >= 4)) {
    for (const typed of new Set([term.surface, term.typed])) {
      for (const w of prefixWords(index, typed)) withSynonyms(out, index.words.get(w) ?? w, WEIGHT.prefix, index);
    }
  }
  if (!known) {
    for (const [w, d] of typoWords(index, term.surface)) {
      withSynonyms(out, index.words.get(w) ?? w, d === 1 ? WEIGHT.typo1 : WEIGHT.typo2, index);
    }
  }
  if (index.expansionCache.size >= MAX_CACHE) index.expansionCache.clear();
  index.expansionCache.set(key, out);
  return out;
}

/** In as-you-type mode an unfinished last word that happens to be a stop word ("sa" of "saldo") still counts. */
function queryTerms(query: string, prefix: boolean): Term[] {
  const terms = analyse(query);
  const tokens = tokenise(query);
  const lastToken = tokens[tokens.length - 1];
  const endsOpen = /[\p{L}\p{N}%]$/u.test(query);
  if (prefix && endsOpen && lastToken !== undefined && lastToken.length >= 2 && !terms.some((t) => t.last) && isStopWord(lastToken)) {
    terms.push({ surface: lastToken, stem: lastToken, typed: lastToken, last: true });
  }
  return terms;
}

export function search(index: SearchIndex, query: string, options: SearchOptions = {}): SearchResult[] {
  const limit = Math.max(0, Math.floor(options.limit ?? 10));
  const prefix = options.prefix ?? false;
  const terms = queryTerms(query.slice(0, 500), prefix);
  if (terms.length === 0 || limit === 0) return [];
  const totals = new Map<number, number>();
  const matched = new Map<number, number>();
  for (const term of terms) {
    const best = new Map<number, number>();
    for (const alt of alternatives(index, term, prefix && term.last)) {
      const perDoc = new Map<number, number>();
      for (const s of alt.stems) {
        const posting = index.postings.get(s);
        if (!posting) continue;
        posting.docs.forEach((d, i) => perDoc.set(d, (perDoc.get(d) ?? 0) + (posting.scores[i] ?? 0) / alt.stems.length));
      }
      for (const [d, score] of perDoc) {
        const weighted = score * alt.weight;
        if (weighted > (best.get(d) ?? 0)) best.set(d, weighted);
      }
    }
    for (const [d, score] of best) {
      totals.set(d, (totals.get(d) ?? 0) + score);
      matched.set(d, (matched.get(d) ?? 0) + 1);
    }
  }
  const intents = questionIntents(query);
  const ranked = [...totals].map(([d, score]) => {
    const coordination = (matched.get(d) ?? 0) / terms.length;
    const doc = index.docs[d];
    const sameIntent = doc !== undefined && [...intents].some((i) => doc.intents.has(i));
    return [d, score * (0.4 + 0.6 * coordination * coordination) * (sameIntent ? INTENT_BONUS : 1)] as const;
  });
  ranked.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  return ranked.slice(0, limit).map(([d, score]) => {
    const doc = index.docs[d];
    return { id: doc?.id ?? '', section: doc?.section ?? '', question: doc?.question ?? '', score: Math.round(score * 1000) / 1000 };
  });
}

/** Suggestions while the visitor types: search with the last word treated as unfinished. */
export function suggest(index: SearchIndex, partialQuery: string, limit = 5): SearchResult[] {
  return search(index, partialQuery, { limit, prefix: true });
}
