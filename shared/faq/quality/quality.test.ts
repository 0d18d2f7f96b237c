// Retrieval quality gate on the labelled visitor queries (quality/queries.json, quality/story-queries.json). The floors sit a
// little below what the search measured when they were set, so a change that makes answers harder
// to find fails here. Measured (npx tsx shared/faq/scripts/eval-quality.ts) — see the numbers below.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSearchIndex, search, type FaqDataset } from '../index.ts';
import { isLabelledQueries, outcome, score, type LabelledQuery } from './metrics.ts';

const faqDir = join(import.meta.dirname, '..');
const dataset = JSON.parse(readFileSync(join(faqDir, 'data/faq.json'), 'utf8')) as FaqDataset;
const read = (file: string): LabelledQuery[] => {
  const raw: unknown = JSON.parse(readFileSync(join(faqDir, file), 'utf8'));
  return isLabelledQueries(raw) ? raw : [];
};
const queries: LabelledQuery[] = [...read('quality/queries.json'), ...read('quality/story-queries.json'), ...read('quality/fresh-queries.json')];
const index = buildSearchIndex(dataset);
const K = 5;

const MIN = {
  // Session 2 (coverage, named programme, core questions, lexicon, document intent): tuning 0.945 / 0.951,
  // held-out 0.839 / 0.903 (was 0.820 / 0.877).
  // Session 4 (concept keywords, regional forms and words, English): tuning 0.961 / 0.961, heldout 0.854 / 0.914.
  // Session 7 (visitors' phrasings per answer and the phrasing stage): tuning 0.955 / 0.961, heldout 0.911 / 0.930.
  tuning: { mrr: 0.95, recall: 0.955 },
  heldout: { mrr: 0.90, recall: 0.92 },
  // Second held-out batch (49 queries, never tuned on): 0.855 / 0.888 before session 2, 0.900 / 0.929 after.
  // Session 4: 0.913 / 0.929.
  // Session 7: 0.969 / 0.969.
  heldout2: { mrr: 0.96, recall: 0.96 },
  // Two independent batches written in session 2 without seeing the search (1-4 labels each, so
  // recall is strict): heldout3 was opened for development (0.759 / 0.737 -> 0.838 / 0.793);
  // heldout4 never was (0.724 / 0.704 -> 0.756 / 0.751, hit@5 0.863 -> 0.916).
  // Session 4: heldout3 0.856 / 0.832; heldout4 (never opened) 0.784 / 0.803.
  // Session 7: heldout3 0.896 / 0.881; heldout4 (never opened) 0.938 / 0.877.
  heldout3: { mrr: 0.885, recall: 0.87 },
  heldout4: { mrr: 0.925, recall: 0.865 },
  // Session 3 story sets (kinds A-E of issue 17, written blind to the search): story-tuning
  // 0.635 / 0.640 -> 0.715 / 0.670; story-heldout (never opened) 0.731 / 0.719 -> 0.742 / 0.741.
  // Labels that named a duplicate entry name its canonical entry (duplicates are not indexed).
  // Session 4: story-tuning 0.771 / 0.753; story-heldout (never opened, totals measured once at the end) 0.759 / 0.741.
  // Session 7: story-tuning 0.884 / 0.819; story-heldout (never opened) 0.913 / 0.864.
  'story-tuning': { mrr: 0.875, recall: 0.81 },
  'story-heldout': { mrr: 0.90, recall: 0.855 },
  // Session 4: fresh-tuning (100, kinds A-E, blind labeller, opened): 0.588 / 0.578 at the start, 0.671 / 0.662 after.
  // Session 7: fresh-tuning 0.802 / 0.742.
  'fresh-tuning': { mrr: 0.79, recall: 0.73 },
  // fresh-heldout (200, same labeller, never opened, added after the search work ended): 0.599 / 0.606 before session 4, 0.618 / 0.627 after.
  // Session 7 (after the work): 0.732 / 0.711 (targets 0.80 / 0.92 not met).
  'fresh-heldout': { mrr: 0.72, recall: 0.70 },
};

const measure = (split: LabelledQuery['split']) =>
  score(queries.filter((q) => q.split === split).map((q) => outcome(q, search(index, q.query, { limit: K }).map((r) => r.id), K)));

describe('FAQ search quality (MRR@5, recall@5)', () => {
  it('has at least 100 labelled queries, about a quarter held out, all pointing at indexed answers', () => {
    expect(queries.length).toBeGreaterThanOrEqual(100);
    expect(queries.filter((q) => q.split === 'heldout').length).toBeGreaterThanOrEqual(30);
    const indexed = new Set(dataset.entries.filter((e) => e.duplicateOf === undefined).map((e) => e.id));
    for (const q of queries) for (const id of q.relevant) expect(indexed.has(id), `${q.query} -> ${id}`).toBe(true);
  });
  it('ranks the right answer high on the tuning split', () => {
    const s = measure('tuning');
    expect(s.mrr).toBeGreaterThanOrEqual(MIN.tuning.mrr);
    expect(s.recall).toBeGreaterThanOrEqual(MIN.tuning.recall);
  });
  it('ranks the right answer high on the held-out split', () => {
    const s = measure('heldout');
    expect(s.mrr).toBeGreaterThanOrEqual(MIN.heldout.mrr);
    expect(s.recall).toBeGreaterThanOrEqual(MIN.heldout.recall);
  });
  it.each(['heldout2', 'heldout3', 'heldout4', 'story-tuning', 'story-heldout', 'fresh-tuning', 'fresh-heldout'] as const)('ranks the right answer high on the independent batch %s', (split) => {
    const s = measure(split);
    expect(s.queries).toBeGreaterThanOrEqual(49);
    expect(s.mrr).toBeGreaterThanOrEqual(MIN[split].mrr);
    expect(s.recall).toBeGreaterThanOrEqual(MIN[split].recall);
  });
});
