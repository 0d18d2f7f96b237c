import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { blocksToText } from '../answer-text.ts';
import type { FaqDataset } from '../types.ts';
import { buildDataset } from './build-dataset.ts';

const faqDir = join(import.meta.dirname, '..');
const guide = readFileSync(join(faqDir, 'seed/panduan-tanya-jawab-eksternal.txt'), 'utf8');
const report = buildDataset(guide, 'shared/faq/seed/panduan-tanya-jawab-eksternal.txt');
const { sections, entries } = report.dataset;
const byId = new Map(entries.map((e) => [e.id, e]));

describe('FAQ import', () => {
  it('finds the 23 sections of the guide (PLKK twice: the service and the app) and all 652 questions', () => {
    expect(sections).toHaveLength(23);
    expect(entries).toHaveLength(652);
    expect(sections.map((s) => s.id)).toContain('plkk');
    expect(sections.map((s) => s.id)).toContain('plkk-aplikasi');
    expect(sections.find((s) => s.id === 'pu')?.entryIds).toHaveLength(97);
    expect(sections.find((s) => s.id === 'e-klaim')?.entryIds).toHaveLength(18);
  });

  it('keeps the regulations and benefits tables per section', () => {
    const jht = sections.find((s) => s.id === 'jht');
    expect(jht?.regulations).toHaveLength(9);
    expect(jht?.regulations[2]).toBe('PP No. 46 Tahun 2015 Tentang Penyelenggaraan Program Jaminan Hari Tua.');
    expect(jht?.benefits).toHaveLength(2);
    expect(sections.find((s) => s.id === 'contact-center')?.regulations).toEqual([]);
    expect(sections.find((s) => s.id === 'jasa-konstruksi')?.benefits[3]).toBe('(JKK) Pengganti Gigi Tiruan Rp 3.000.000,(maksimum)');
  });

  it('gives unique ids made of the section and the question, the same on every run', () => {
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
    for (const e of entries) expect(e.id.startsWith(`${e.sectionId}-`)).toBe(true);
    const again = buildDataset(guide, 'x').dataset.entries.map((e) => e.id);
    expect(again).toEqual(entries.map((e) => e.id));
    expect(byId.get('jht-0kwcywl')?.question).toBe('Apa saja persyaratan klaim JHT karena mengundurkan diri?');
  });

  it('repairs the extraction damage: no U+FFFD left, quotes and glued words restored', () => {
    const text = JSON.stringify(report.dataset);
    expect(text).not.toContain('\uFFFD');
    expect(text).not.toMatch(/perBankan|UndangUndang|TuaJaminan|melaluiRSJHT/);
    expect(report.unusedRepairs).toEqual([]);
    const filosofi = entries.find((e) => e.question === 'Filosofi Jaminan Sosial');
    expect(blocksToText(filosofi?.answer ?? [])).toContain('menetapkan, "Setiap orang berhak atas jaminan sosial');
    expect(entries.find((e) => e.question.includes('Al-hurriyah dan al-Mas'))?.question).toContain("al-Mas'uliyah");
  });

  it('links 13 repeated entries to the one it keeps, and leaves same-question-different-answer pairs apart', () => {
    const duplicates = entries.filter((e) => e.duplicateOf !== undefined);
    expect(duplicates).toHaveLength(13);
    for (const d of duplicates) {
      const kept = byId.get(d.duplicateOf ?? '');
      expect(kept?.duplicateOf).toBeUndefined();
      expect(kept?.duplicates).toContain(d.id);
    }
    expect(byId.get('kepesertaan-1kkkqdh')?.duplicateOf).toBe('pu-1kkkqdh');
    // The copy whose answer merely repeats the question loses to the one with an answer.
    expect(byId.get('jkk-0ab7fyr')?.duplicateOf).toBe('jkk-0prroy2');
    expect(report.conflictingDuplicates).toEqual([['contact-center-117hi2o', 'bpjstku-117hi2o']]);
  });

  it('splits answers into paragraphs and lists', () => {
    const djsn = byId.get('jaminan-sosial-0v5q14y');
    expect(djsn?.answer[0]).toEqual({ type: 'paragraph', text: expect.stringContaining('DJSN bertugas untuk:') as string });
    const list = djsn?.answer[1];
    expect(list?.type === 'list' ? list.items.length : 0).toBe(6);
    const kanal = byId.get('pu-0wb2y6d')?.answer[1];
    expect(kanal?.type === 'list' ? kanal.items[0]?.children?.items.map((i) => i.text) : []).toEqual([
      'Kantor BPJS Ketenagakerjaan',
      'Kantor SPO (Service Point Office) Bank Kerjasama',
      'Kantor Pelayanan Terpadu Satu Pintu yang telah bekerja sama dengan BPJS Ketenagakerjaan (PTSP)',
      'Perisai',
    ]);
    const bpjs = entries.find((e) => e.question === 'Ada berapa BPJS di Indonesia?');
    expect(blocksToText(bpjs?.answer ?? [])).not.toContain('Ada berapa BPJS');
  });

  it('marks answers that list documents to bring as printable checklists', () => {
    const resign = byId.get('jht-0kwcywl');
    expect(resign?.isChecklist).toBe(true);
    expect(resign?.checklistItems?.[0]).toMatch(/^Formulir 5/);
    expect(byId.get('jkm-1mdinox')?.checklistItems).toHaveLength(3);
    expect(byId.get('jkm-1tfijqo')?.isChecklist).toBe(false); // eligibility criteria, not documents
    expect(byId.get('jp-1rqabgz')?.isChecklist).toBe(false);
    expect(entries.filter((e) => e.isChecklist)).toHaveLength(27);
  });

  it('flags answers the source copied from an unrelated question', () => {
    expect(byId.get('jkk-1a7e6oe')?.reviewNote).toContain('jaminan-sosial-0v5q14y');
    expect(byId.get('jht-0kwcywl')?.reviewNote).toBeUndefined();
    // Item "a." of this answer repeats the question in the source: it is not printed as a checkbox.
    const nkri = byId.get('jht-107wz39');
    expect(nkri?.checklistItems?.[0]).toBe('Kartu Peserta Program JHT BPJS Ketenagakerjaan asli');
    expect(nkri?.checklistItems).not.toContain(nkri?.question);
  });

  it('matches the committed data/faq.json (run npm run faq:import after changing the importer)', () => {
    const committed = JSON.parse(readFileSync(join(faqDir, 'data/faq.json'), 'utf8')) as FaqDataset;
    expect(committed).toEqual(report.dataset);
  });
});
