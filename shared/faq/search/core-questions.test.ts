import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FaqDataset } from '../types.ts';
import { CORE_QUESTION_IDS } from './core-questions.ts';

const dataset = JSON.parse(readFileSync(join(import.meta.dirname, '../data/faq.json'), 'utf8')) as FaqDataset;

describe('core questions', () => {
  it('name indexed answers (a re-import that changes an id fails here, not silently in the ranking)', () => {
    const canonical = new Set(dataset.entries.filter((e) => e.duplicateOf === undefined).map((e) => e.id));
    const unknown = [...CORE_QUESTION_IDS].filter((id) => !canonical.has(id));
    expect(unknown).toEqual([]);
  });
  it('stay a short list: a lift for everything is a lift for nothing', () => {
    expect(CORE_QUESTION_IDS.size).toBeGreaterThan(20);
    expect(CORE_QUESTION_IDS.size).toBeLessThanOrEqual(dataset.entries.length / 10);
  });
});
