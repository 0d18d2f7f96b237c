// Every hand-tuned number of the ranking, in one table, with what it does. The stages that use
// them are in query-terms.ts (reading the query), expand.ts (how one query word may match),
// match.ts (summing the best match per word per answer) and rank.ts (the per-answer factors).
// Tuned on the tuning split only; a change here must be checked with eval-quality.ts and the
// quality gate (quality/quality.test.ts).

export const SCORING = {
  /**
   * How much one way of matching a query word is worth against the exact stem (1.0): an informal
   * verb form undone ("ngurusin" -> urus), the word still being typed (prefix), a regional suffix or
   * sound shift undone ("pensiune" -> pensiun, regional-forms.ts), a typo corrected
   * (one edit / two edits), a spelling variant of a long guide word, a synonym from the lexicon.
   */
  match: { informal: 0.9, prefix: 0.85, regional: 0.8, typo1: 0.75, variant: 0.6, typo2: 0.55, synonym: 0.45 },
  /** At most this many guide words completed from one unfinished word. */
  maxPrefixWords: 40,
  /** Query-word expansions remembered per index (as-you-type repeats the same words). */
  maxExpansionCache: 2000,
  /**
   * Coordination: share of the query's words an answer matches (c, 0..1) scales its total by
   * floor + curve * c^2, so answers that match more of the query rank first.
   */
  coordination: { floor: 0.4, curve: 0.6 },
  /** The answer asks the same kind of question (berapa, kapan, cara …) as the visitor. */
  sameIntent: 1.2,
  /** Per pair of words the visitor wrote side by side that stand side by side in the question. */
  phrase: 0.1,
  /** How much a question wholly covered by the query gains over one it touches in passing. */
  coverage: 0.7,
  /** An answer of another programme's section when the visitor named a programme it lacks. */
  otherProgramme: 0.7,
  /** The head questions of the branch's services (core-questions.ts) win close calls. */
  coreQuestion: 1.2,
  /**
   * Situation stage (situation-stage.ts): a question listed for a situation the query describes
   * gains up to this share (its first question the most, its last half of it).
   */
  situation: 0.6,
  /**
   * A query of at least this many terms is a story: the situation stage applies (a short query
   * names what it wants; its words already find it, and a lift would bury the specific case).
   */
  storyTerms: 5,
  /** A situation's signal words may stand this many words apart in the query ("tidak pernah bayar iuran"). */
  situationGap: 2,
  /**
   * verdict.ts: the best answer must match at least this share of the query's words in its
   * question or title (a word only deep in the answer counts half) to be called a good answer.
   */
  goodAnswerFit: 0.4,
  /**
   * search-index.ts: BM25 boost of an answer's concept keywords (question-keywords.ts), the everyday
   * words of what the question answers (the question field is 3, the section title 0.6).
   */
  keywordField: 1,
  /** A keyword the guide uses in more than this share of its answers is too common to mark a concept. */
  keywordMaxShare: 0.1,
  /**
   * search-index.ts: BM25 boost of the field of visitors' phrasings (visitor-phrasings.ts); a word
   * found there counts as one of the question (coordination, the good-answer verdict).
   */
  phrasingField: 1.5,
  /**
   * phrasing-stage.ts: an answer one of whose phrasings reads like the query (Dice similarity of
   * their idf-weighted stems, 0..1) gains up to `lift`, from similarity `floor` up; a query word no
   * phrasing uses weighs `unknownWordIdf` in the query's mass.
   */
  phrasingStage: { lift: 1, floor: 0.2, unknownWordIdf: 3 },
} as const;
