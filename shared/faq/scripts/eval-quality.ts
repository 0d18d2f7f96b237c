// npx tsx shared/faq/scripts/eval-quality.ts [--misses]
// MRR@5, recall@5 and hit@5 of the FAQ search on the labelled queries, per split.

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSearchIndex, search, type FaqDataset } from '../index.ts';
import { isLabelledQueries, outcome, score } from '../quality/metrics.ts';

const faqDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const dataset = JSON.parse(readFileSync(join(faqDir, 'data/faq.json'), 'utf8')) as FaqDataset;
const queries: unknown = JSON.parse(readFileSync(join(faqDir, 'quality/queries.json'), 'utf8'));
if (!isLabelledQueries(queries)) throw new Error('quality/queries.json is not a labelled query list');
const index = buildSearchIndex(dataset);
const K = 5;
const fmt = (x: number): string => x.toFixed(3);
for (const split of ['tuning', 'heldout', 'all'] as const) {
  const subset = queries.filter((q) => split === 'all' || q.split === split);
  const outcomes = subset.map((q) => outcome(q, search(index, q.query, { limit: K }).map((r) => r.id), K));
  const s = score(outcomes);
  console.log(`${split.padEnd(8)} n=${s.queries}  MRR@5 ${fmt(s.mrr)}  recall@5 ${fmt(s.recall)}  hit@5 ${fmt(s.hit)}`);
  // Misses are listed for the tuning split only: the held-out split is judged by its totals alone.
  if (process.argv.includes('--misses') && split === 'tuning') {
    for (const o of outcomes) if (o.rank !== 1) console.log(`   rank ${o.rank || '-'}  ${o.query}`);
  }
}
