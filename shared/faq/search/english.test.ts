import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FaqDataset } from '../types.ts';
import { translateEnglish } from './query-terms.ts';
import { buildSearchIndex } from './search-index.ts';
import { search } from './search.ts';

const dataset = JSON.parse(readFileSync(join(import.meta.dirname, '../data/faq.json'), 'utf8')) as FaqDataset;
const index = buildSearchIndex(dataset);
const guide = (w: string): boolean => index.words.has(w);
const top = (query: string, n = 3): string[] => search(index, query, { limit: n }).map((r) => r.id);

describe('English queries (stage 0)', () => {
  it('puts English in the guide\'s Indonesian, dropping function words', () => {
    // "company" is left to the informal lexicon (lexicon.ts), which already maps it to perusahaan
    expect(translateEnglish('my company did not pay iuran', guide)).toBe('company tidak bayar iuran');
    expect(translateEnglish('how long is the process', guide)).toBe('berapa lama proses');
  });
  it('leaves Indonesian queries and the guide\'s own English words as they are', () => {
    expect(translateEnglish('syarat klaim jht', guide)).toBe('syarat klaim jht');
    expect(translateEnglish('no kpj hilang', guide)).toBe('no kpj hilang'); // "no" is nomor here
    expect(translateEnglish('daftar online', guide)).toBe('daftar online');
  });
  it('translates the English words the guide only uses inside names, and keeps the names', () => {
    expect(translateEnglish('how to report an accident at work', guide)).toBe('bagaimana cara lapor kecelakaan kerja');
    expect(translateEnglish('what is return to work', guide)).toBe('apa itu return to work');
    expect(top('worker injured at work, must we report it', 3).some((id) => id.startsWith('return-to-work-'))).toBe(false);
  });
  it('reads a father or mother in a story as the member, and a nationality as a foreign worker', () => {
    expect(translateEnglish('my dad receives a monthly pension', guide)).toBe('terima berkala pension'); // "pension" is the lexicon's (lexicon.ts)
    expect(translateEnglish('a korean colleague died', guide)).toBe('tenaga asing pekerja meninggal');
  });
  it('keeps the last word open while typing', () => {
    expect(translateEnglish('my card is los', guide)).toBe('card los');
    expect(translateEnglish('my card ', guide)).toBe('card ');
  });
  it('finds the Indonesian answers', () => {
    expect(top('how long does the jht claim take', 1)).toEqual(['jht-1scqzg8']);
    expect(top('i lost my membership card')).toEqual(expect.arrayContaining(['pu-0xuk3ys']));
    expect(top('what is jkk', 2)).toEqual(expect.arrayContaining(['jkk-0p2h9h1']));
    // the guide asks it twice: in the BPU section and among the general questions
    expect(['bpu-1a9tgoz', 'jaminan-sosial-1eli5ey']).toContain(top('how to register as self employed', 1)[0]);
  });
});
