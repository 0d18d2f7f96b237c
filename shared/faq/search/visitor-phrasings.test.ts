import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FaqDataset } from '../types.ts';
import { buildSearchIndex } from './search-index.ts';
import { search } from './search.ts';
import { STAGE_DATASET } from './stage-fixture.ts';
import { VISITOR_PHRASINGS } from './visitor-phrasings.ts';

const dataset = JSON.parse(readFileSync(join(import.meta.dirname, '../data/faq.json'), 'utf8')) as FaqDataset;

describe('visitor phrasings (data)', () => {
  const canonical = dataset.entries.filter((e) => e.duplicateOf === undefined);

  it('name only answers the index has (a duplicate is answered by its canonical entry)', () => {
    const ids = new Set(canonical.map((e) => e.id));
    expect([...VISITOR_PHRASINGS.keys()].filter((id) => !ids.has(id))).toEqual([]);
  });
  it('give every answer of the guide several phrasings, none empty and none a copy of the question', () => {
    const thin = canonical.filter((e) => (VISITOR_PHRASINGS.get(e.id)?.length ?? 0) < 3).map((e) => e.id);
    expect(thin).toEqual([]);
    for (const entry of canonical) {
      for (const phrasing of VISITOR_PHRASINGS.get(entry.id) ?? []) {
        expect(phrasing.trim().length, entry.id).toBeGreaterThan(2);
        expect(phrasing.toLowerCase(), entry.id).not.toBe(entry.question.toLowerCase());
      }
    }
  });
});

describe('phrasings field of the index', () => {
  const top = (phrasings: ReadonlyMap<string, readonly string[]>, query: string): string[] =>
    search(buildSearchIndex(STAGE_DATASET, { phrasings }), query, { limit: 3 }).map((r) => r.id);

  it('lets the words of a story the guide lacks find the question a visitor asked that way', () => {
    expect(top(new Map(), 'pabrik bangkrut')).toEqual([]);
    expect(top(new Map([['jht-b', ['pabrik saya bangkrut uangnya kapan keluar']]]), 'pabrik bangkrut')).toEqual(['jht-b']);
  });
  it('counts a phrasing word as a word of the question, so it decides between two close answers', () => {
    expect(top(new Map(), 'klaim jht ditunggu')[0]).toBe('jht-a');
    expect(top(new Map([['jht-b', ['klaim jht harus ditunggu berapa hari']]]), 'klaim jht ditunggu')[0]).toBe('jht-b');
  });
  it('does not weigh a phrasing word the question already has a second time, nor a word repeated in one phrasing', () => {
    const scoreWith = (phrasing: string): number | undefined =>
      search(buildSearchIndex(STAGE_DATASET, { phrasings: new Map([['jht-c', [phrasing]]]) }), 'saldo', { limit: 1 })[0]?.score;
    expect(scoreWith('saldo saldo saldo')).toBe(scoreWith('saldo'));
  });
});
