import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FaqDataset } from '../types.ts';
import { buildSearchIndex } from './search-index.ts';
import { search } from './search.ts';
import { answerFit, searchAnswer } from './verdict.ts';

const dataset = JSON.parse(readFileSync(join(import.meta.dirname, '../data/faq.json'), 'utf8')) as FaqDataset;
const index = buildSearchIndex(dataset);

describe('no good answer (verdict)', () => {
  it('calls a matching answer good and names the queue of its section', () => {
    const a = searchAnswer(index, 'syarat klaim jht resign');
    expect(a.verdict).toBe('good');
    expect(a.results[0]?.id).toBe('jht-0kwcywl');
    expect(a.service).toBe('jht');
    expect(a.results.map((r) => r.id)).toEqual(search(index, 'syarat klaim jht resign', { limit: 5 }).map((r) => r.id));
  });
  it('says so when nothing in the guide answers, and offers the information queue', () => {
    for (const q of ['resep nasi goreng enak', 'harga tiket pesawat ke bali', 'jadwal kereta api besok pagi']) {
      const a = searchAnswer(index, q);
      expect(a.verdict, q).not.toBe('good');
      expect(a.service, q).toBe('informasi');
    }
    expect(searchAnswer(index, 'zzqxw').verdict).toBe('none');
    expect(searchAnswer(index, '').results).toEqual([]);
  });
  it('offers the queue of the situation the story describes', () => {
    const a = searchAnswer(index, 'bapak saya meninggal bulan lalu saya istrinya dapat apa saja');
    expect(a.situations).toContain('keluarga-meninggal');
    expect(a.service).toBe('jkk-jkm-jp');
    expect(a.verdict).toBe('good');
  });
  it('measures fit as the share of query units matched in the question', () => {
    expect(answerFit(4, 2)).toBe(1);
    expect(answerFit(1, 2)).toBe(0.25);
    expect(answerFit(9, 2)).toBe(1);
    expect(answerFit(1, 0)).toBe(0);
  });
});
