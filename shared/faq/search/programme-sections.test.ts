import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FaqDataset } from '../types.ts';
import { NAMED_SECTIONS, PROGRAMME_NAMES, SECTION_KEYWORDS, SECTION_VOCABULARY } from './programme-sections.ts';
import { stem } from './stemmer.ts';

const dataset = JSON.parse(readFileSync(join(import.meta.dirname, '../data/faq.json'), 'utf8')) as FaqDataset;

describe('section vocabulary (data)', () => {
  it('names sections that exist, each once', () => {
    const ids = new Set(dataset.sections.map((s) => s.id));
    expect(SECTION_VOCABULARY.map((s) => s.sectionId).filter((id) => !ids.has(id))).toEqual([]);
    expect(new Set(SECTION_VOCABULARY.map((s) => s.sectionId)).size).toBe(SECTION_VOCABULARY.length);
  });
  it('lists programme names as stems, so they compare with query terms', () => {
    for (const name of PROGRAMME_NAMES) expect(stem(name)).toBe(name);
  });
  it('derives the named sections and keywords from the table', () => {
    expect(NAMED_SECTIONS.has('jht')).toBe(true);
    expect(NAMED_SECTIONS.has('plkk-aplikasi')).toBe(true); // named by "plkk" like plkk
    expect(NAMED_SECTIONS.has('sms-saldo')).toBe(false); // a channel with no one-word name
    expect(NAMED_SECTIONS.has('kepesertaan')).toBe(false); // general sections are nobody's "other programme"
    expect(PROGRAMME_NAMES.has('konstruksi')).toBe(true);
    expect(SECTION_KEYWORDS.get('sms-saldo')).toContain('2757');
    expect(SECTION_KEYWORDS.has('sipp')).toBe(false);
  });
});
