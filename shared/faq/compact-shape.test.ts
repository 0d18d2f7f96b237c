/** The download check and the small FAQ helpers, one condition at a time. */
import { describe, expect, it } from 'vitest';
import { blocksToText } from './answer-text.ts';
import { fromCompactFaq, isCompactFaq, toCompactFaq } from './compact.ts';
import { checklistFor, findEntry } from './lookup.ts';
import type { FaqDataset } from './types.ts';

const section = ['jht', 'pelayanan', 'Jaminan Hari Tua', 'JHT', [], [], ['e1']];
const entry = ['e1', 'jht', 1, 'Apa itu JHT?', ['Tabungan hari tua.'], 0, '', [], [], ''];
const good = () => ({ v: 1, src: 'panduan', s: [section], e: [entry] });

describe('isCompactFaq', () => {
  it('accepts a well-formed file, also with no sections and entries', () => {
    expect(isCompactFaq(good())).toBe(true);
    expect(isCompactFaq({ v: 1, src: '', s: [], e: [] })).toBe(true);
  });

  it('refuses each broken header field', () => {
    expect(isCompactFaq('faq')).toBe(false);
    expect(isCompactFaq({ ...good(), v: 2 })).toBe(false);
    expect(isCompactFaq({ ...good(), src: 1 })).toBe(false);
    expect(isCompactFaq({ ...good(), s: {} })).toBe(false);
    expect(isCompactFaq({ ...good(), e: 'e' })).toBe(false);
  });

  it('refuses a section that is not a 7-tuple with an id and entry ids', () => {
    expect(isCompactFaq({ ...good(), s: ['jht'] })).toBe(false);
    expect(isCompactFaq({ ...good(), s: [section.slice(0, 6)] })).toBe(false);
    expect(isCompactFaq({ ...good(), s: [[...section, 'x']] })).toBe(false);
    expect(isCompactFaq({ ...good(), s: [[1, ...section.slice(1)]] })).toBe(false);
    expect(isCompactFaq({ ...good(), s: [[...section.slice(0, 6), 'e1']] })).toBe(false);
    expect(isCompactFaq({ ...good(), s: [section, ['x']] })).toBe(false);
  });

  it('refuses an entry that is not a 10-tuple with an id, a question and answer blocks', () => {
    expect(isCompactFaq({ ...good(), e: ['e1'] })).toBe(false);
    expect(isCompactFaq({ ...good(), e: [entry.slice(0, 9)] })).toBe(false);
    expect(isCompactFaq({ ...good(), e: [[...entry, 'x']] })).toBe(false);
    expect(isCompactFaq({ ...good(), e: [[7, ...entry.slice(1)]] })).toBe(false);
    expect(isCompactFaq({ ...good(), e: [[...entry.slice(0, 3), null, ...entry.slice(4)]] })).toBe(false);
    expect(isCompactFaq({ ...good(), e: [[...entry.slice(0, 4), 'jawaban', ...entry.slice(5)]] })).toBe(false);
    expect(isCompactFaq({ ...good(), e: [entry, []] })).toBe(false);
  });
});

const dataset: FaqDataset = {
  source: 'panduan',
  sections: [{ id: 'jht', group: 'pelayanan', title: 'Jaminan Hari Tua', shortTitle: 'JHT', regulations: ['PP 46/2015'], benefits: [], entryIds: ['a', 'b', 'c'] }],
  entries: [
    {
      id: 'a',
      sectionId: 'jht',
      number: 1,
      question: 'Syarat klaim JHT?',
      answer: [
        { type: 'paragraph', text: 'Bawa:' },
        { type: 'list', style: 'number', items: [{ text: 'KTP' }, { text: 'Kartu', children: { style: 'bullet', items: [{ text: 'asli' }, { text: '' }] } }] },
        { type: 'paragraph', text: '' },
      ],
      duplicates: ['b'],
      isChecklist: true,
      checklistItems: ['KTP', 'Kartu peserta'],
    },
    { id: 'b', sectionId: 'jht', number: 2, question: 'Dokumen klaim JHT?', answer: [{ type: 'paragraph', text: 'Lihat di atas.' }], duplicateOf: 'a', isChecklist: false },
    { id: 'c', sectionId: 'lain', number: 3, question: 'Apa itu JHT?', answer: [{ type: 'paragraph', text: 'Tabungan.' }], duplicateOf: 'hilang', isChecklist: true, reviewNote: 'Periksa.' },
  ],
};

describe('compact round trip of every optional field', () => {
  it('keeps duplicates, checklists, nested lists and review notes, and leaves absent ones absent', () => {
    const back = fromCompactFaq(toCompactFaq(dataset));
    expect(back).toEqual(dataset);
    expect(Object.keys(back.entries[1]!)).not.toContain('checklistItems');
    expect(Object.keys(back.entries[1]!)).not.toContain('reviewNote');
    expect(Object.keys(back.entries[1]!)).not.toContain('duplicates');
    expect(Object.keys(back.entries[0]!)).not.toContain('duplicateOf');
    expect(toCompactFaq(dataset).e[0]?.[5]).toBe(1);
    expect(toCompactFaq(dataset).e[1]?.[5]).toBe(0);
  });
});

describe('answer text and look-ups', () => {
  it('joins paragraphs, list items and nested items, skipping empty ones', () => {
    expect(blocksToText(dataset.entries[0]!.answer)).toBe('Bawa: KTP Kartu asli');
    expect(blocksToText([])).toBe('');
  });

  it('a duplicate shows the answer it points to, with its own question on the checklist', () => {
    expect(findEntry(dataset, 'b')).toMatchObject({ entry: { id: 'b' }, answerEntry: { id: 'a' }, section: { id: 'jht' } });
    expect(checklistFor(dataset, 'b')).toEqual({ title: 'Dokumen klaim JHT?', items: ['KTP', 'Kartu peserta'] });
    expect(checklistFor(dataset, 'a')).toEqual({ title: 'Syarat klaim JHT?', items: ['KTP', 'Kartu peserta'] });
  });

  it('a duplicate of a missing entry shows itself; a checklist without items is not printable; an unknown section is undefined', () => {
    const shown = findEntry(dataset, 'c');
    expect(shown?.answerEntry.id).toBe('c');
    expect(shown?.section).toBeUndefined();
    expect(checklistFor(dataset, 'c')).toBeUndefined();
    expect(checklistFor(dataset, 'zzz')).toBeUndefined();
  });
});
