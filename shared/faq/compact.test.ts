import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fromCompactFaq, isCompactFaq, toCompactFaq, type CompactFaq } from './compact.ts';
import type { FaqDataset } from './types.ts';

const read = (file: string): unknown => JSON.parse(readFileSync(join(import.meta.dirname, 'data', file), 'utf8'));

describe('compact browser form', () => {
  it('holds exactly the dataset (round trip) and is what the importer committed', () => {
    const dataset = read('faq.json') as FaqDataset;
    const compact = read('faq.compact.json') as CompactFaq;
    expect(fromCompactFaq(compact)).toEqual(dataset);
    expect(toCompactFaq(dataset)).toEqual(compact);
  });
  it('checks the shape of a download before use', () => {
    expect(isCompactFaq(read('faq.compact.json'))).toBe(true);
    expect(isCompactFaq(read('faq.json'))).toBe(false);
    expect(isCompactFaq({ v: 1, src: 'x', s: [], e: [['id']] })).toBe(false);
    expect(isCompactFaq(null)).toBe(false);
  });
});
