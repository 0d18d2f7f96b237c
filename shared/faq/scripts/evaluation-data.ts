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

/** The labelled sets: quality/queries.json (sessions 1-2), quality/story-queries.json (session 3), quality/fresh-queries.json (session 4). */
export const LABELLED_FILES = ['quality/queries.json', 'quality/story-queries.json', 'quality/fresh-queries.json'] as const;

export function loadLabelledQueries(): LabelledQuery[] {
  return LABELLED_FILES.flatMap((file) => {
    const queries: unknown = JSON.parse(readFileSync(join(faqDir, file), 'utf8'));
    if (!isLabelledQueries(queries)) throw new Error(`${file} is not a labelled query list`);
    return [...queries];
  });
}
