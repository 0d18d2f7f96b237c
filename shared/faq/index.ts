// FAQ of the Kios-K: the dataset types and the search module. Pure (no IO): the kiosk passes in the
// data it loaded, the CLI passes in what it read from disk.
//
// Usage in the kiosk (load the data lazily, build the index once, then search on every keystroke):
//
//   import { buildSearchIndex, fromCompactFaq, search, suggest, type CompactFaq } from '../../shared/faq/index.ts';
//   const compact = (await import('../../shared/faq/data/faq.compact.json')).default as CompactFaq;
//   const faq = fromCompactFaq(compact);           // FaqDataset: sections (tiles), entries (answers)
//   const index = buildSearchIndex(faq);           // ~0.1 s on the dev VM; do it once
//   suggest(index, 'cairin jh', 5);                // as-you-type: the last word may be unfinished
//   search(index, 'syarat klaim jht resign', { limit: 10 }); // [{ id, section, question, score }]
//
// - Results are best first; `id` is a FaqEntry id (stable across re-imports). Duplicated questions
//   are not returned twice: an entry with `duplicateOf` points to the one that is indexed.
// - An empty array means "no result": offer the topic tiles and the information queue.
// - `entry.isChecklist` / `entry.checklistItems`: offer "Cetak persyaratan". The service-standard
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
export { fromCompactFaq, toCompactFaq, type CompactFaq } from './compact.ts';
export { buildSearchIndex, type SearchDoc, type SearchIndex } from './search/search-index.ts';
export { search, suggest, type SearchOptions, type SearchResult } from './search/search.ts';
