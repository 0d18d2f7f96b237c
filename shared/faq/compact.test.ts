import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fromCompactFaq, toCompactFaq, type CompactFaq } from './compact.ts';
import type { FaqDataset } from './types.ts';

const read = (file: string): unknown => JSON.parse(readFileSync(join(import.meta.dirname, 'data', file), 'utf8'));

describe('compact browser form', () => {
  it('holds exactly the dataset (round trip) and is what the importer committed', () => {
    const dataset = read('faq.json') as FaqDataset;
    const compact = read('faq.compact.json') as CompactFaq;
    expect(fromCompactFaq(compact)).toEqual(dataset);
    expect(toCompactFaq(dataset)).toEqual(compact);
  });
});
