// The committed dataset and labelled queries, read and checked once for the evaluation scripts
// (eval-quality, compare-minisearch, eval-rewrites). Dev-only Node IO, like the scripts themselves.

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fromCompactFaq, isCompactFaq, type FaqDataset } from '../index.ts';
import { isLabelledQueries, type LabelledQuery } from '../quality/metrics.ts';

const faqDir = join(dirname(fileURLToPath(import.meta.url)), '..');

export function loadDataset(): FaqDataset {
  const data: unknown = JSON.parse(readFileSync(join(faqDir, 'data/faq.compact.json'), 'utf8'));
  if (!isCompactFaq(data)) throw new Error('data/faq.compact.json is not a compact FAQ (run npm run faq:import)');
  return fromCompactFaq(data);
}

export function loadLabelledQueries(): LabelledQuery[] {
  const queries: unknown = JSON.parse(readFileSync(join(faqDir, 'quality/queries.json'), 'utf8'));
  if (!isLabelledQueries(queries)) throw new Error('quality/queries.json is not a labelled query list');
  return [...queries];
}
