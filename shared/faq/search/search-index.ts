// The in-memory index: for every stem, the documents containing it with a precomputed BM25 score
// (question, section and answer fields, weighted), so a query only adds numbers. Duplicates are
// not indexed: their canonical entry answers for them. Built in tens of milliseconds on the kiosk
// from the lazily loaded dataset, so nothing index-shaped has to be downloaded.

import type { FaqDataset } from '../types.ts';
import { blocksToText } from '../answer-text.ts';
import { analyse, questionIntents, tokenise } from './analyse.ts';
import { CORE_QUESTION_IDS } from './core-questions.ts';
import { INFORMAL_WORDS } from './lexicon.ts';
import { SECTION_KEYWORDS } from './programme-sections.ts';
import { QUESTION_KEYWORDS } from './question-keywords.ts';
import { buildPhrasingIndex, type PhrasingIndex } from './phrasing-stage.ts';
import { VISITOR_PHRASINGS } from './visitor-phrasings.ts';
import { SCORING } from './scoring.ts';
import { stem } from './stemmer.ts';

export interface SearchDoc {
  readonly id: string;
  readonly sectionId: string;
  readonly section: string;
  readonly question: string;
  /** See questionIntents: what the question asks for (jumlah, waktu, cara …). */
  readonly intents: ReadonlySet<string>;
  /** Adjacent stem pairs of the question ("kartu hilang"), for the phrase bonus. */
  readonly pairs: ReadonlySet<string>;
  /** One of the questions a branch hears most (core-questions.ts). */
  readonly core: boolean;
  /** Sum of the idf of the question's distinct stems: the whole of what the question is about. */
  readonly questionIdf: number;
}

export interface Posting {
  readonly docs: readonly number[];
  readonly scores: readonly number[];
  /** Whether the stem is in the question (or section title) of that answer, not only in its text. */
  readonly inQuestion: readonly boolean[];
  /** Whether the stem is in the question itself (for how much of a question the query covers). */
  readonly inQuestionText: readonly boolean[];
  readonly idf: number;
}

export interface SearchIndex {
  readonly docs: readonly SearchDoc[];
  readonly postings: ReadonlyMap<string, Posting>;
  /** Every word of the guide (after the lexicon) -> its stem, for typo and prefix matching. */
  readonly words: ReadonlyMap<string, string>;
  /** The same words sorted, for prefix ranges. */
  readonly sortedWords: readonly string[];
  /** The informal words of `slang`, sorted, so an unfinished "resi" can complete to "resign". */
  readonly sortedSlang: readonly string[];
  /** Informal words of the lexicon (5+ letters) -> the stems they stand for, so "resgin" finds "resign". */
  readonly slang: ReadonlyMap<string, readonly string[]>;
  /** Guide words and informal words grouped by length, for bounded typo search. */
  readonly wordsByLength: readonly (readonly string[])[];
  /** The visitors' phrasings one by one, for the phrasing stage (phrasing-stage.ts). */
  readonly phrasings: PhrasingIndex;
  /** Memo of query-word expansions: as-you-type repeats the same words on every keystroke. */
  readonly expansionCache: Map<string, readonly Alternative[]>;
}

/** One way a query word can match: a stem, or a phrase of stems (scored as their mean). */
export interface Alternative {
  readonly stems: readonly string[];
  readonly weight: number;
}

/**
 * The fields of an answer, BM25-weighted. `keywords` are the everyday words of the concepts a
 * question answers (question-keywords.ts): a match there counts like one in the question.
 * `phrasings` are the ways visitors ask that question (visitor-phrasings.ts): the words of a story
 * or of English that the guide's question lacks.
 */
const FIELDS = [
  { name: 'question', boost: 3, b: 0.75, k1: 0.6 },
  { name: 'section', boost: 0.6, b: 0, k1: 1.2 },
  { name: 'answer', boost: 0.8, b: 0.75, k1: 1.2 },
  { name: 'keywords', boost: 0, b: 0, k1: 1.2 }, // boost: SCORING.keywordField, read when an index is built
  { name: 'phrasings', boost: 0, b: 0.75, k1: 1.2 }, // boost: SCORING.phrasingField
] as const;
const KEYWORDS = 3;
const PHRASINGS = 4;

/** Document-side knowledge a test can replace, by FAQ id. */
export interface IndexKnowledge {
  /** Concept keywords (question-keywords.ts). */
  readonly keywords?: ReadonlyMap<string, string>;
  /** Visitors' phrasings of the question, one by one (visitor-phrasings.ts). */
  readonly phrasings?: ReadonlyMap<string, readonly string[]>;
}

/**
 * A concept's keyword that the guide uses in many answers ("tidak", "kerja", "baru") says nothing
 * about the concept: only the rarer ones stay in the keywords field (field 3).
 */
function dropCommonKeywords(fieldTerms: string[][][], maxDocs: number): void {
  const df = new Map<string, number>();
  for (const fields of fieldTerms) for (const st of new Set(fields.slice(0, KEYWORDS).flat())) df.set(st, (df.get(st) ?? 0) + 1);
  for (const fields of fieldTerms) fields[KEYWORDS] = (fields[KEYWORDS] ?? []).filter((st) => (df.get(st) ?? 0) <= maxDocs);
}

/**
 * The phrasing field's stems: the question's own words are already weighed in the question field;
 * a word repeated across phrasings keeps its repeats (a word every phrasing uses is central).
 */
function phrasingFieldStems(stems: readonly string[], questionStems: readonly string[]): string[] {
  const own = new Set(questionStems);
  return stems.filter((st) => !own.has(st));
}

/** Builds the index of a dataset; `knowledge` defaults to the product's (a test passes its own). */
export function buildSearchIndex(dataset: FaqDataset, knowledge: IndexKnowledge = {}): SearchIndex {
  const keywords = knowledge.keywords ?? QUESTION_KEYWORDS;
  const phrasings = knowledge.phrasings ?? VISITOR_PHRASINGS;
  const sectionTitles = new Map(dataset.sections.map((s) => [s.id, s]));
  const canonical = dataset.entries.filter((e) => e.duplicateOf === undefined);
  const drafts: Omit<SearchDoc, 'questionIdf'>[] = [];
  const fieldTerms: string[][][] = []; // doc -> field -> stems
  const words = new Map<string, string>();
  const phrasingStems: string[][][] = []; // doc -> phrasing -> stems
  for (const entry of canonical) {
    const section = sectionTitles.get(entry.sectionId);
    const sectionText = `${section?.title ?? ''} ${section?.shortTitle ?? ''} ${SECTION_KEYWORDS.get(entry.sectionId) ?? ''}`;
    const stemsOf = (text: string): string[] => {
      const terms = analyse(text);
      for (const t of terms) words.set(t.surface, t.stem);
      return terms.map((t) => t.stem);
    };
    const asked = (phrasings.get(entry.id) ?? []).map((text) => analyse(text).map((t) => t.stem));
    phrasingStems.push(asked);
    const fields = [entry.question, sectionText, blocksToText(entry.answer), keywords.get(entry.id) ?? ''].map(stemsOf);
    fields.push(asked.flat());
    const questionStems = fields[0] ?? [];
    // A keyword adds a word the question lacks; one it already has would count twice.
    fields[KEYWORDS] = [...new Set(fields[KEYWORDS] ?? [])].filter((st) => !questionStems.includes(st));
    fields[PHRASINGS] = phrasingFieldStems(fields[PHRASINGS] ?? [], questionStems);
    fieldTerms.push(fields);
    drafts.push({
      id: entry.id,
      sectionId: entry.sectionId,
      section: section?.title ?? entry.sectionId,
      question: entry.question,
      intents: questionIntents(entry.question),
      pairs: new Set(questionStems.slice(1).map((st, i) => `${questionStems[i] ?? ''} ${st}`)),
      core: CORE_QUESTION_IDS.has(entry.id),
    });
  }
  // Lexicon targets count as known words too, so a typo of "kecelakaan" still finds its stem.
  for (const mapped of Object.values(INFORMAL_WORDS)) for (const w of tokenise(mapped)) if (!words.has(w)) words.set(w, stem(w));

  const n = drafts.length;
  dropCommonKeywords(fieldTerms, SCORING.keywordMaxShare * n);
  const questionIdf = new Float64Array(n);
  const averages = FIELDS.map((_, f) => fieldTerms.reduce((sum, d) => sum + (d[f]?.length ?? 0), 0) / Math.max(1, n));
  // stem -> occurrences coded as doc * FIELDS.length + field (one flat list: few allocations).
  const occurrences = new Map<string, number[]>();
  fieldTerms.forEach((fields, d) => fields.forEach((stems, f) => {
    for (const s of stems) {
      const list = occurrences.get(s);
      if (list) list.push(d * FIELDS.length + f);
      else occurrences.set(s, [d * FIELDS.length + f]);
    }
  }));
  const postings = new Map<string, Posting>();
  const tfs = new Array<number>(FIELDS.length).fill(0);
  for (const [s, codes] of occurrences) {
    codes.sort((x, y) => x - y);
    const docIds: number[] = [];
    for (const code of codes) {
      const d = Math.floor(code / FIELDS.length);
      if (docIds[docIds.length - 1] !== d) docIds.push(d);
    }
    const idf = Math.log(1 + (n - docIds.length + 0.5) / (docIds.length + 0.5));
    const scores: number[] = [];
    const inQuestion: boolean[] = [];
    const inQuestionText: boolean[] = [];
    let at = 0;
    for (const d of docIds) {
      tfs.fill(0);
      for (; at < codes.length && Math.floor((codes[at] ?? 0) / FIELDS.length) === d; at++) {
        const f = (codes[at] ?? 0) % FIELDS.length;
        tfs[f] = (tfs[f] ?? 0) + 1;
      }
      let score = 0;
      FIELDS.forEach((field, f) => {
        const tf = tfs[f] ?? 0;
        if (tf === 0) return;
        const len = fieldTerms[d]?.[f]?.length ?? 0;
        const norm = 1 - field.b + field.b * (len / Math.max(1, averages[f] ?? 1));
        const boost = f === KEYWORDS ? SCORING.keywordField : f === PHRASINGS ? SCORING.phrasingField : field.boost;
        score += boost * ((tf * (field.k1 + 1)) / (tf + field.k1 * norm));
      });
      scores.push(idf * score);
      inQuestion.push((tfs[0] ?? 0) + (tfs[1] ?? 0) + (tfs[KEYWORDS] ?? 0) + (tfs[PHRASINGS] ?? 0) > 0);
      inQuestionText.push((tfs[0] ?? 0) > 0);
      if ((tfs[0] ?? 0) > 0) questionIdf[d] = (questionIdf[d] ?? 0) + idf;
    }
    postings.set(s, { docs: docIds, scores, inQuestion, inQuestionText, idf });
  }
  const docs: SearchDoc[] = drafts.map((doc, d) => ({ ...doc, questionIdf: questionIdf[d] ?? 0 }));
  const slang = new Map<string, string[]>();
  for (const [informal, standard] of Object.entries(INFORMAL_WORDS)) {
    const stems = analyse(standard).map((t) => t.stem).filter((st) => postings.has(st));
    if (informal.length >= 5 && !words.has(informal) && stems.length > 0) slang.set(informal, stems);
  }
  const sortedWords = [...words.keys()].sort();
  const wordsByLength: string[][] = [];
  for (const w of [...sortedWords, ...slang.keys()]) (wordsByLength[w.length] ??= []).push(w);
  const sortedSlang = [...slang.keys()].sort();
  const phrasingIndex = buildPhrasingIndex(phrasingStems);
  return { docs, postings, words, sortedWords, sortedSlang, slang, wordsByLength, phrasings: phrasingIndex, expansionCache: new Map() };
}
