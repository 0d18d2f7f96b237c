// npx tsx shared/faq/scripts/compare-minisearch.ts
// Baseline for the quality report: off-the-shelf MiniSearch (prefix + fuzzy 0.2, question boosted,
// no Indonesian processing) on the same labelled queries and the same K. Dev-only comparison:
// minisearch is a devDependency and never part of the kiosk bundle.

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import MiniSearch from 'minisearch';
import { blocksToText, buildSearchIndex, fromCompactFaq, isCompactFaq, search } from '../index.ts';
import { SPLITS, isLabelledQueries, outcome, score, type LabelledQuery } from '../quality/metrics.ts';

const faqDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const data: unknown = JSON.parse(readFileSync(join(faqDir, 'data/faq.compact.json'), 'utf8'));
if (!isCompactFaq(data)) throw new Error('data/faq.compact.json is not a compact FAQ (run npm run faq:import)');
const dataset = fromCompactFaq(data);
const queries: unknown = JSON.parse(readFileSync(join(faqDir, 'quality/queries.json'), 'utf8'));
if (!isLabelledQueries(queries)) throw new Error('quality/queries.json is not a labelled query list');
const K = 5;

const titles = new Map(dataset.sections.map((s) => [s.id, s.title]));
const mini = new MiniSearch<{ id: string; question: string; answer: string; section: string }>({
  fields: ['question', 'answer', 'section'],
  storeFields: ['id'],
  searchOptions: { prefix: true, fuzzy: 0.2, boost: { question: 2 } },
});
mini.addAll(dataset.entries.filter((e) => e.duplicateOf === undefined).map((e) => ({
  id: e.id, question: e.question, answer: blocksToText(e.answer), section: titles.get(e.sectionId) ?? '',
})));
const ours = buildSearchIndex(dataset);

const engines: Record<string, (q: string) => string[]> = {
  'Kios-K search': (q) => search(ours, q, { limit: K }).map((r) => r.id),
  'MiniSearch (prefix+fuzzy)': (q) => mini.search(q).slice(0, K).map((r) => String(r.id)),
};
const fmt = (x: number): string => x.toFixed(3);
for (const [name, run] of Object.entries(engines)) {
  for (const split of [...SPLITS, 'all'] as const) {
    const subset: LabelledQuery[] = queries.filter((q) => split === 'all' || q.split === split);
    const s = score(subset.map((q) => outcome(q, run(q.query), K)));
    console.log(`${name.padEnd(26)} ${split.padEnd(8)} n=${String(s.queries).padStart(3)}  MRR@5 ${fmt(s.mrr)}  recall@5 ${fmt(s.recall)}  hit@5 ${fmt(s.hit)}`);
  }
}
