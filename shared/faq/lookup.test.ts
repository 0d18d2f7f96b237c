import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checklistFor, findEntry } from './lookup.ts';
import type { FaqDataset } from './types.ts';

const dataset = JSON.parse(readFileSync(join(import.meta.dirname, 'data/faq.json'), 'utf8')) as FaqDataset;

describe('findEntry / checklistFor', () => {
  it('shows the canonical answer for a duplicate, in the section the visitor browsed', () => {
    const shown = findEntry(dataset, 'kepesertaan-1kkkqdh');
    expect(shown?.answerEntry.id).toBe('pu-1kkkqdh');
    expect(shown?.section?.id).toBe('kepesertaan');
    expect(findEntry(dataset, 'tidak-ada')).toBeUndefined();
  });
  it('gives the items to print only for document lists', () => {
    const list = checklistFor(dataset, 'jht-0kwcywl');
    expect(list?.title).toBe('Apa saja persyaratan klaim JHT karena mengundurkan diri?');
    expect(list?.items.length).toBeGreaterThanOrEqual(5);
    expect(checklistFor(dataset, 'kepesertaan-1kkkqdh')?.items).toEqual(checklistFor(dataset, 'pu-1kkkqdh')?.items);
    expect(checklistFor(dataset, 'jht-1yxo9qr')).toBeUndefined();
  });
});
