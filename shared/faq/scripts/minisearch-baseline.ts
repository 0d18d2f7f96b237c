// Off-the-shelf MiniSearch as the issue describes it (prefix + fuzzy 0.2, question boosted, no
// Indonesian processing): the baseline every quality script compares against. Dev-only: minisearch
// is a devDependency and never part of the kiosk bundle.

import MiniSearch from 'minisearch';
import { blocksToText, type FaqDataset } from '../index.ts';

/** Returns a function from a query to the ids MiniSearch ranks, best first. */
export function miniSearchBaseline(dataset: FaqDataset): (query: string) => string[] {
  const titles = new Map(dataset.sections.map((s) => [s.id, s.title]));
  const mini = new MiniSearch<{ id: string; question: string; answer: string; section: string }>({
    fields: ['question', 'answer', 'section'],
    storeFields: ['id'],
    searchOptions: { prefix: true, fuzzy: 0.2, boost: { question: 2 } },
  });
  mini.addAll(dataset.entries.filter((e) => e.duplicateOf === undefined).map((e) => ({
    id: e.id, question: e.question, answer: blocksToText(e.answer), section: titles.get(e.sectionId) ?? '',
  })));
  return (query) => mini.search(query).map((r) => String(r.id));
}
