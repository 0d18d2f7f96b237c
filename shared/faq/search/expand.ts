// Stage 2 of the ranking: all the ways one query word may match the guide, each with a weight
// (SCORING.match): the exact stem and its lexicon synonyms, an informal verb form undone, a
// regional suffix or sound shift undone (regional-forms.ts), the word still being typed (prefix), a
// typo corrected, a spelling variant of a long guide word. The best
// weight per stem list is kept; results are memoised on the index.

import type { Term } from './analyse.ts';
import { analyse } from './analyse.ts';
import { allowedEdits, boundedDistance } from './fuzzy.ts';
import { SYNONYM_GROUPS } from './lexicon.ts';
import { SCORING } from './scoring.ts';
import { regionalForms } from './regional-forms.ts';
import type { Alternative, SearchIndex } from './search-index.ts';
import { stem } from './stemmer.ts';

const WEIGHT = SCORING.match;

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

/** Alternatives being collected for one query word, keyed by their stems. */
type Collected = Map<string, Alternative>;

function add(into: Collected, stems: readonly string[], weight: number, index: SearchIndex): void {
  if (!stems.every((s) => index.postings.has(s))) return;
  const key = stems.join(' ');
  if ((into.get(key)?.weight ?? 0) < weight) into.set(key, { stems, weight });
}

function withSynonyms(into: Collected, s: string, weight: number, index: SearchIndex): void {
  add(into, [s], weight, index);
  for (const other of SYNONYMS.get(s) ?? []) add(into, other, weight * WEIGHT.synonym, index);
}

/** Informal verb forms the lexicon does not list: "ngurusin" -> "urus", "bayarin" -> "bayar", "ngitung" -> "hitung". */
export function informalForms(word: string): string[] {
  const bases = new Set<string>([word]);
  if (/[a-z]{3}in$/.test(word)) bases.add(word.slice(0, -2));
  for (const b of [...bases]) {
    if (/^nge[a-z]{3}/.test(b)) bases.add(b.slice(3));
    if (/^ng[aiueo][a-z]{2}/.test(b)) bases.add(b.slice(2)).add(`k${b.slice(2)}`);
    if (/^ny[aiueo][a-z]{2}/.test(b)) bases.add(`s${b.slice(2)}`).add(`c${b.slice(2)}`);
  }
  // Jakarta speech drops a leading h: "itung", "apus", "utang" for hitung, hapus, hutang.
  for (const b of [...bases]) if (/^[aiueo][a-z]{3}/.test(b)) bases.add(`h${b}`);
  bases.delete(word);
  return [...bases];
}

/** The words of a sorted list that begin with `prefix` (at most SCORING.maxPrefixWords). */
export function prefixRange(words: readonly string[], prefix: string): string[] {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((words[mid] ?? '') < prefix) lo = mid + 1;
    else hi = mid;
  }
  const out: string[] = [];
  for (let i = lo; i < words.length && out.length < SCORING.maxPrefixWords; i++) {
    const w = words[i] ?? '';
    if (!w.startsWith(prefix)) break;
    out.push(w);
  }
  return out;
}

/** Guide and informal words within the allowed edit distance of `word`, with their distance. */
export function typoWords(index: SearchIndex, word: string): [string, number][] {
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
export function alternatives(index: SearchIndex, term: Term, asPrefix: boolean): readonly Alternative[] {
  const key = `${term.surface}|${term.typed}|${asPrefix ? 1 : 0}`;
  const cached = index.expansionCache.get(key);
  if (cached) return cached;
  const collected: Collected = new Map();
  withSynonyms(collected, term.stem, 1, index);
  const known = index.words.has(term.surface) || term.typed !== term.surface;
  if (!known) {
    for (const base of informalForms(term.surface)) withSynonyms(collected, stem(base), WEIGHT.informal, index);
    // A word still being typed has no regional ending yet.
    if (!asPrefix) for (const base of regionalForms(term.surface)) if (index.words.has(base)) withSynonyms(collected, index.words.get(base) ?? base, WEIGHT.regional, index);
  }
  let prefixHits = 0;
  if (asPrefix || (!known && term.surface.length >= 4)) {
    for (const typed of new Set([term.surface, term.typed])) {
      for (const w of prefixRange(index.sortedWords, typed)) {
        withSynonyms(collected, index.words.get(w) ?? w, WEIGHT.prefix, index);
        prefixHits++;
      }
      // Visitors also type informal words: "resi" is on its way to "resign" (mengundurkan diri).
      if (asPrefix && typed.length >= 3) {
        for (const w of prefixRange(index.sortedSlang, typed)) {
          const stems = index.slang.get(w) ?? [];
          if (stems.length === 1) withSynonyms(collected, stems[0] ?? '', WEIGHT.prefix, index);
          else add(collected, stems, WEIGHT.prefix, index);
          prefixHits++;
        }
      }
    }
  }
  // A word still being typed that begins known words is unfinished, not misspelt.
  if (!known && !(asPrefix && prefixHits > 0)) {
    for (const [w, d] of typoWords(index, term.surface)) {
      const weight = d === 1 ? WEIGHT.typo1 : WEIGHT.typo2;
      const slang = index.slang.get(w);
      if (slang && slang.length > 1) add(collected, slang, weight, index);
      else withSynonyms(collected, slang?.[0] ?? index.words.get(w) ?? w, weight, index);
    }
  }
  // Long guide words also meet their spelling variants ("kadaluarsa" / "kadaluwarsa"), a little lower.
  if (known && term.surface.length >= 8 && term.typed === term.surface) {
    for (const [w, d] of typoWords(index, term.surface)) {
      if (d === 1 && index.words.has(w)) add(collected, [index.words.get(w) ?? w], WEIGHT.variant, index);
    }
  }
  const out = [...collected.values()];
  if (index.expansionCache.size >= SCORING.maxExpansionCache) index.expansionCache.clear();
  index.expansionCache.set(key, out);
  return out;
}
