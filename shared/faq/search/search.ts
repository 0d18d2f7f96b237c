// Ranking. Each query word contributes the best of its alternatives for each answer:
//   the exact stem (1.0) > an informal verb form undone (0.9) > the word still being typed
//   (prefix, 0.85) > a typo corrected (0.75 / 0.55) or a spelling variant of a long word (0.6)
//   > a synonym from the lexicon (0.45).
// Taking the best alternative, not the sum, keeps expansions from drowning the discriminative words
// (the overfitting trap measured in the research notes); answers that match more of the query's
// words get a coordination bonus.
// Then, per answer: a shared question word (berapa, kapan, cara …), word pairs side by side, how much
// of the question the query covers (a question wholly asked beats one touched in passing), a
// penalty when the visitor named a programme the answer is not about, and a small lift for the
// head questions of the branch's services (core-questions.ts).

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

const WEIGHT = { informal: 0.9, prefix: 0.85, typo1: 0.75, variant: 0.6, typo2: 0.55, synonym: 0.45 } as const;
const MAX_PREFIX_WORDS = 40;
const INTENT_BONUS = 1.2;
const PHRASE_BONUS = 0.1;
const MAX_CACHE = 2000;
/** A question that names another programme's answer but not the programme the visitor named. */
const OTHER_PROGRAMME = 0.7;
/** The head questions of the branch's services (core-questions.ts) win close calls. */
const CORE_BOOST = 1.2;
/** How much a question wholly covered by the query gains over one it touches in passing. */
const COVERAGE_BONUS = 0.7;
/** Stems that name a programme, an application or a channel, each with a section of its own. */
const NAMED = new Set(['jht', 'jkm', 'jkk', 'jp', 'bpu', 'pu', 'bpjstku', 'sipp', 'eps', 'plkk', 'pak', 'mlt', 'eklaim', 'konstruksi']);
/** The sections that belong to one of those names (the general sections do not). */
const NAMED_SECTIONS = new Set(['jht', 'jkm', 'jkk', 'jp', 'bpu', 'pu', 'bpjstku', 'sipp', 'eps', 'plkk', 'plkk-aplikasi', 'pak', 'mlt-perumahan', 'e-klaim', 'jasa-konstruksi']);

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
function informalForms(word: string): string[] {
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

/** The words of a sorted list that begin with `prefix` (at most MAX_PREFIX_WORDS). */
function prefixRange(words: readonly string[], prefix: string): string[] {
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
  const collected: Collected = new Map();
  withSynonyms(collected, term.stem, 1, index);
  const known = index.words.has(term.surface) || term.typed !== term.surface;
  if (!known) {
    for (const base of informalForms(term.surface)) withSynonyms(collected, stem(base), WEIGHT.informal, index);
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
  if (index.expansionCache.size >= MAX_CACHE) index.expansionCache.clear();
  index.expansionCache.set(key, out);
  return out;
}

/** "klaimjht", "ceksaldo": an unknown word that is two known words typed without the space. */
function splitGlued(index: SearchIndex, term: Term): Term[] {
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

/** In as-you-type mode an unfinished last word that happens to be a stop word ("sa" of "saldo") still counts. */
function queryTerms(query: string, prefix: boolean): Term[] {
  const terms = analyse(query, true);
  const tokens = tokenise(query);
  const lastToken = tokens[tokens.length - 1];
  const endsOpen = /[\p{L}\p{N}%]$/u.test(query);
  if (prefix && endsOpen && lastToken !== undefined && lastToken.length >= 2 && !terms.some((t) => t.last) && isStopWord(lastToken)) {
    terms.push({ surface: lastToken, stem: lastToken, typed: lastToken, last: true });
  }
  return terms;
}

/** Each term's share of one query unit: terms expanded from the same typed word split one unit. */
function unitShares(terms: readonly Term[]): number[] {
  return terms.map((term, i) => {
    if (term.typed === term.surface) return 1;
    let size = 1;
    for (let j = i - 1; j >= 0 && terms[j]?.typed === term.typed && terms[j]?.typed !== terms[j]?.surface; j--) size++;
    for (let j = i + 1; j < terms.length && terms[j]?.typed === term.typed && terms[j]?.typed !== terms[j]?.surface; j++) size++;
    return 1 / size;
  });
}

export function search(index: SearchIndex, query: string, options: SearchOptions = {}): SearchResult[] {
  const limit = Math.max(0, Math.floor(options.limit ?? 10));
  const prefix = options.prefix ?? false;
  const terms = queryTerms(query.slice(0, 500), prefix).flatMap((t) => splitGlued(index, t));
  if (terms.length === 0 || limit === 0) return [];
  // Dense per-answer arrays: a few hundred answers, so this beats maps on every keystroke.
  const n = index.docs.length;
  const totals = new Float64Array(n);
  // Coverage counts what the visitor typed: "bpjstk" becomes "bpjs ketenagakerjaan" but is one
  // word of the query, so its two halves count half each (else lexicon expansions outweigh "bpu").
  const matched = new Float64Array(n);
  const share = unitShares(terms);
  const best = new Float64Array(n);
  const bestInQuestion = new Uint8Array(n);
  const covered = new Float64Array(n);
  const bestCover = new Float64Array(n);
  const touched: number[] = [];
  terms.forEach((term, t) => {
    best.fill(0);
    bestInQuestion.fill(0);
    bestCover.fill(0);
    for (const alt of alternatives(index, term, prefix && term.last)) {
      const altShare = alt.weight / alt.stems.length;
      if (alt.stems.length === 1) {
        const posting = index.postings.get(alt.stems[0] ?? '');
        if (!posting) continue;
        for (let i = 0; i < posting.docs.length; i++) {
          const d = posting.docs[i] ?? 0;
          const weighted = (posting.scores[i] ?? 0) * altShare;
          if (weighted > (best[d] ?? 0)) best[d] = weighted;
          if (posting.inQuestion[i]) bestInQuestion[d] = 1;
          if (posting.inQuestionText[i] && posting.idf * alt.weight > (bestCover[d] ?? 0)) bestCover[d] = posting.idf * alt.weight;
        }
        continue;
      }
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
        if (phraseInQuestion.has(d)) bestInQuestion[d] = 1;
      }
      for (const [d, c] of phraseCover) if (c > (bestCover[d] ?? 0)) bestCover[d] = c;
    }
    for (let d = 0; d < n; d++) {
      const b = best[d] ?? 0;
      if (b === 0) continue;
      if ((totals[d] ?? 0) === 0) touched.push(d);
      covered[d] = (covered[d] ?? 0) + (bestCover[d] ?? 0);
      totals[d] = (totals[d] ?? 0) + b * (share[t] ?? 1);
      // A word found only deep in an answer counts half towards covering the query.
      matched[d] = (matched[d] ?? 0) + (bestInQuestion[d] ? 2 : 1) * (share[t] ?? 1);
    }
  });
  const units = share.reduce((sum, x) => sum + x, 0);
  const intents = questionIntents(query);
  // A single topic word ("jht", "saldo") most likely asks what it is about.
  if (terms.length === 1 && !prefix) intents.add('definisi');
  const queryPairs = terms.slice(1).map((t, i) => `${terms[i]?.stem ?? ''} ${t.stem}`);
  // A visitor who names a programme ("jht") wants that programme's answers, not another programme's
  // answer that happens to share the other words.
  const missesNamed = new Uint8Array(n);
  for (const term of terms) {
    if (!NAMED.has(term.stem)) continue;
    const has = new Set(index.postings.get(term.stem)?.docs ?? []);
    for (const d of touched) if (!has.has(d) && NAMED_SECTIONS.has(index.docs[d]?.sectionId ?? '')) missesNamed[d] = 1;
  }
  const ranked = touched.map((d) => {
    const coordination = (matched[d] ?? 0) / (2 * units);
    const doc = index.docs[d];
    const sameIntent = doc !== undefined && [...intents].some((i) => doc.intents.has(i));
    // Words the visitor wrote side by side that stand side by side in the question ("kartu hilang").
    const phrases = doc === undefined ? 0 : queryPairs.filter((p) => doc.pairs.has(p)).length;
    const bonus = (sameIntent ? INTENT_BONUS : 1) * (1 + PHRASE_BONUS * phrases);
    const coverage = Math.min(1, (covered[d] ?? 0) / Math.max(1, doc?.questionIdf ?? 1));
    const fit = (1 + COVERAGE_BONUS * coverage) * (missesNamed[d] ? OTHER_PROGRAMME : 1) * (doc?.core ? CORE_BOOST : 1);
    return [d, (totals[d] ?? 0) * (0.4 + 0.6 * coordination * coordination) * bonus * fit] as const;
  });
  ranked.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  // The guide asks a few questions twice with different answers (e.g. for call-centre agents and
  // for visitors): a visitor should not see the same question twice, the better-ranked one stays.
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

/** Suggestions while the visitor types: search with the last word treated as unfinished. */
export function suggest(index: SearchIndex, partialQuery: string, limit = 5): SearchResult[] {
  return search(index, partialQuery, { limit, prefix: true });
}
