// FAQ of the Kios-K: the dataset types and the search module. Pure (no IO): the kiosk passes in the
// data it loaded, the CLI passes in what it read from disk.
//
// Usage in the kiosk (load the data lazily, build the index once, then search on every keystroke):
//
//   import { buildSearchIndex, fromCompactFaq, isCompactFaq, search, suggest } from '../../shared/faq/index.ts';
//   const data: unknown = (await import('../../shared/faq/data/faq.compact.json')).default;
//   if (!isCompactFaq(data)) return showTopicsOnly(); // a broken download must not break the kiosk
//   const faq = fromCompactFaq(data);              // FaqDataset: sections (tiles), entries (answers)
//   const index = buildSearchIndex(faq);           // 0.1–0.3 s on the dev VM: once, when the FAQ opens
//   suggest(index, 'cairin jh', 5);                // as-you-type: the last word may be unfinished
//   search(index, 'syarat klaim jht resign', { limit: 10 }); // [{ id, section, question, score }]
//
// - Results are best first; `id` is a FaqEntry id (stable across re-imports). Duplicated questions
//   are not returned twice: an entry with `duplicateOf` points to the one that is indexed.
// - An empty array means "no result": offer the topic tiles and the information queue.
//   searchAnswer(index, query) adds the verdict: 'weak' when no answer really fits (say so and
//   offer the ticket of `service`), and the life situations the query describes.
// - SITUATIONS / LIFE_EVENTS (search/situations.ts): the life events of the "Saya ingin…" entry, each
//   with its few questions, the checklist to print and the queue service, as data.
// - findEntry(faq, id) resolves a duplicate to the answer to show; checklistFor(faq, id) gives the
//   { title, items } to print when `isChecklist` (offer "Cetak persyaratan"). The service-standard
//   checklists (PU / BPU registration, JHT claim) are in data/requirements.json (RequirementsDataset).
// - `entry.reviewNote` marks an answer the source got wrong; show it, but content owners should fix it.
// - Text a visitor sees (titles, questions, answers) is Bahasa Indonesia from the guide.

export type {
  AnswerBlock,
  FaqDataset,
  FaqEntry,
  FaqSection,
  ListItem,
  ListStyle,
  RequirementList,
  RequirementsDataset,
  SectionGroup,
} from './types.ts';
export { blocksToText } from './answer-text.ts';
export { fromCompactFaq, isCompactFaq, toCompactFaq, type CompactFaq } from './compact.ts';
export { checklistFor, findEntry, type ShownEntry } from './lookup.ts';
export { buildSearchIndex, type SearchDoc, type SearchIndex } from './search/search-index.ts';
export { search, suggest, type SearchOptions, type SearchResult } from './search/search.ts';
export { searchAnswer, type SearchAnswer } from './search/verdict.ts';
export { findSituation, LIFE_EVENTS, SITUATIONS, type QueueService, type Situation } from './search/situations.ts';
export { CORE_QUESTION_IDS } from './search/core-questions.ts';
