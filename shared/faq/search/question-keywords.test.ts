import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FaqDataset } from '../types.ts';
import { QUESTION_CONCEPTS, QUESTION_KEYWORDS } from './question-keywords.ts';
import { buildSearchIndex } from './search-index.ts';
import { search } from './search.ts';
import { STAGE_DATASET } from './stage-fixture.ts';

const dataset = JSON.parse(readFileSync(join(import.meta.dirname, '../data/faq.json'), 'utf8')) as FaqDataset;

describe('question concepts (data)', () => {
  it('name indexed answers and quote their source in the guide', () => {
    const canonical = new Set(dataset.entries.filter((e) => e.duplicateOf === undefined).map((e) => e.id));
    expect(new Set(QUESTION_CONCEPTS.map((c) => c.id)).size).toBe(QUESTION_CONCEPTS.length);
    for (const c of QUESTION_CONCEPTS) {
      expect(c.questions.filter((id) => !canonical.has(id)), c.id).toEqual([]);
      expect(c.questions.some((id) => c.source.includes(id)), c.id).toBe(true);
      expect(c.words.trim().length, c.id).toBeGreaterThan(0);
    }
  });
  it('gives a question the words of every concept it answers', () => {
    const words = QUESTION_KEYWORDS.get('jht-0kwcywl') ?? '';
    expect(words).toContain('tabungan'); // jht-cair
    expect(words).toContain('resign'); // jht-resign
  });
});

describe('keywords field of the index', () => {
  const top = (keywords: ReadonlyMap<string, string>, query: string): string[] =>
    search(buildSearchIndex(STAGE_DATASET, { keywords }), query, { limit: 3 }).map((r) => r.id);

  it('lets a visitor\'s word the guide lacks find the question it is a keyword of', () => {
    expect(top(new Map(), 'dompet')).toEqual([]);
    expect(top(new Map([['jht-c', 'dompet']]), 'dompet')).toEqual(['jht-c']);
  });
  it('counts a keyword as a word of the question, so it lifts its question over one touched in passing', () => {
    const keywords = new Map([['jht-b', 'ditunggu']]);
    expect(top(new Map(), 'klaim jht ditunggu')[0]).toBe('jht-a');
    expect(top(keywords, 'klaim jht ditunggu')[0]).toBe('jht-b');
  });
  it('does not count a keyword the question already has a second time', () => {
    const plain = search(buildSearchIndex(STAGE_DATASET, { keywords: new Map() }), 'saldo', { limit: 1 })[0]?.score;
    const repeated = search(buildSearchIndex(STAGE_DATASET, { keywords: new Map([['jht-c', 'saldo saldo']]) }), 'saldo', { limit: 1 })[0]?.score;
    expect(repeated).toBe(plain);
  });
  it('drops a keyword the guide uses in many answers (it marks no concept)', () => {
    // "kartu" is in 2 of the 6 answers' texts, over SCORING.keywordMaxShare of the fixture
    const index = buildSearchIndex(STAGE_DATASET, { keywords: new Map([['jht-b', 'kartu']]) });
    expect(search(index, 'kartu', { limit: 6 }).map((r) => r.id)).not.toContain('jht-b');
  });
});
