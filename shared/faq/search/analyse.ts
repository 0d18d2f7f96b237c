// Text -> search terms, the same way for the guide and for what a visitor types (so "gaji" in a
// query and "gaji" in an answer both become "upah"): normalise, tokenise, informal lexicon,
// stop words, stem. Queries keep the surface word too, for typo and prefix matching.

import { INFORMAL_PHRASES, INFORMAL_WORDS } from './lexicon.ts';
import { stem } from './stemmer.ts';
import { isAddressInQuery, isStopWord } from './stopwords.ts';

export interface Term {
  /** The word after the informal lexicon, before stemming (what typo/prefix matching compares). */
  readonly surface: string;
  readonly stem: string;
  /** What the visitor typed, when the lexicon changed it (a lexicon hit is not a typo). */
  readonly typed: string;
  /** The last word of the input: the one still being typed in as-you-type mode. */
  readonly last: boolean;
}

/** Informal phrases by their first word, longest first. */
const PHRASES_BY_FIRST_WORD: ReadonlyMap<string, readonly (readonly [string[], string])[]> = (() => {
  const map = new Map<string, [string[], string][]>();
  for (const [key, value] of Object.entries(INFORMAL_PHRASES)) {
    const parts = key.split(' ');
    const first = parts[0] ?? '';
    map.set(first, [...(map.get(first) ?? []), [parts, value]]);
  }
  for (const list of map.values()) list.sort((a, b) => b[0].length - a[0].length);
  return map;
})();

const MAPPED_WORDS: ReadonlyMap<string, readonly string[]> = new Map(
  Object.entries(INFORMAL_WORDS).map(([informal, standard]) => [informal, tokenise(standard)]),
);

/** Stemming is the costly step of indexing and the same words recur: remember them (bounded). */
const stemCache = new Map<string, string>();
function cachedStem(word: string): string {
  let s = stemCache.get(word);
  if (s === undefined) {
    if (stemCache.size > 50_000) stemCache.clear();
    s = stem(word);
    stemCache.set(word, s);
  }
  return s;
}

const ROMAN: Readonly<Record<string, string>> = { i: '1', ii: '2', iii: '3', iv: '4' };

/** Lower case, accents off, digits kept, "e-klaim" -> "eklaim", "anak2" -> "anak", "10%" -> "10 persen". */
export function normalise(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\b([a-z])-(?=[a-z])/g, '$1')
    .replace(/\be (?=[a-z]{3,})/g, 'e')
    .replace(/([a-z])\1{2,}/g, '$1')
    .replace(/\brumah sakit\b/g, 'rumahsakit')
    // the guide numbers stages both ways ("Tahap I", "tahap 1"); visitors type digits
    .replace(/\b(tahap|tingkat|kelas) (iii|ii|iv|i)\b/g, (_m, word: string, roman: string) => `${word} ${ROMAN[roman] ?? roman}`)
    .replace(/(?<=[a-z][a-z])2\b/g, '')
    .replace(/(?<=[a-z][a-z])(?=\d)/g, ' ')
    .replace(/(\d)(?=[a-z]{3})/g, '$1 ')
    .replace(/%/g, ' persen ')
    .replace(/(\d),(\d)/g, '$1.$2')
    .replace(/[^a-z0-9.]+/g, ' ')
    .replace(/(?<!\d)\.|\.(?!\d)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function tokenise(text: string): string[] {
  const normalised = normalise(text);
  return normalised === '' ? [] : normalised.split(' ');
}

/** Replaces informal phrases, then informal words; returns [word, typed] pairs. */
function canonicalWords(tokens: readonly string[]): [string, string][] {
  const out: [string, string][] = [];
  for (let i = 0; i < tokens.length; i++) {
    const phrase = PHRASES_BY_FIRST_WORD.get(tokens[i] ?? '')?.find(([parts]) => parts.every((p, k) => tokens[i + k] === p));
    if (phrase) {
      const [parts, replacement] = phrase;
      const typed = tokens.slice(i, i + parts.length).join(' ');
      for (const w of tokenise(replacement)) out.push([w, typed]);
      i += parts.length - 1;
      continue;
    }
    const token = tokens[i] ?? '';
    const mapped = MAPPED_WORDS.get(token);
    if (mapped === undefined) out.push([token, token]);
    else for (const w of mapped) out.push([w, token]);
  }
  return out;
}

/**
 * Terms of a text, stop words removed. The last term is marked only if the text does not end in a
 * space. `query`: what a visitor typed (forms of address are dropped), not the guide's text.
 */
export function analyse(text: string, query = false): Term[] {
  const tokens = tokenise(text);
  const words = canonicalWords(tokens);
  // "plkk apa", "jht itu apa": a short question ending in "apa" asks what something is.
  if (tokens.length <= 3 && tokens.length >= 2 && tokens[tokens.length - 1] === 'apa') {
    words.push(['definisi', 'apa']);
  }
  const endsOpen = /[\p{L}\p{N}]$/u.test(text);
  const lastTyped = tokens[tokens.length - 1];
  const terms: Term[] = [];
  words.forEach(([surface, typed], i) => {
    if (isStopWord(surface) || surface.length < 2 && !/\d/.test(surface)) return;
    // "berapa besar", "berapa banyak" ask how much: the second word is part of the question word.
    if ((surface === 'besar' || surface === 'banyak') && /^berapa(kah)?$/.test(words[i - 1]?.[0] ?? '')) return;
    if (query && isAddressInQuery(typed, tokens.indexOf(typed), tokens.length)) return;
    const last = endsOpen && i === words.length - 1 && typed === lastTyped;
    terms.push({ surface, stem: cachedStem(surface), typed, last });
  });
  return terms;
}

/**
 * What kind of answer a question asks for, from its question word: an amount (berapa), a time
 * (kapan), a person (siapa), a place (dimana), a reason (kenapa), a procedure (cara, bagaimana
 * without "jika"), a definition (apa itu, yang dimaksud) or the documents to bring (syarat,
 * dokumen, dibawa). Question words are stop words for matching, but a shared intent is a useful
 * tie-breaker between answers about the same subject ("manfaat pensiun berapa").
 */
export function questionIntents(text: string): Set<string> {
  const words = canonicalWords(tokenise(text)).map(([w]) => w);
  const intents = new Set<string>();
  words.forEach((w, i) => {
    const next = words[i + 1] ?? '';
    if (w === 'berapa' || w === 'berapakah' || w === 'besaran') intents.add(next === 'lama' ? 'waktu' : 'jumlah');
    else if (w === 'kapan' || w === 'kapankah') intents.add('waktu');
    else if (w === 'siapa' || w === 'siapakah') intents.add('siapa');
    else if (w === 'dimana' || w === 'dimanakah' || w === 'mana') intents.add('tempat');
    else if (w === 'kenapa' || w === 'mengapa') intents.add('alasan');
    else if (w === 'cara' || w === 'caranya' || w === 'prosedur' || w === 'langkah') intents.add('cara');
    else if ((w === 'bagaimana' || w === 'bagaimanakah') && !['jika', 'kalau', 'bila', 'apabila', 'dengan'].includes(next)) intents.add('cara');
    else if (w === 'definisi') intents.add('definisi');
    else if (['syarat', 'persyaratan', 'dokumen', 'berkas', 'kelengkapan', 'dibawa', 'bawa'].includes(w)) intents.add('syarat');
  });
  return intents;
}

/** Stems only, for indexing the guide. */
export function analyseStems(text: string): string[] {
  return analyse(text).map((t) => t.stem);
}
