import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FaqDataset } from '../types.ts';
import { buildSearchIndex } from './search-index.ts';
import { search, suggest } from './search.ts';

const dataset = JSON.parse(readFileSync(join(import.meta.dirname, '../data/faq.json'), 'utf8')) as FaqDataset;
const index = buildSearchIndex(dataset);
const top = (query: string, n = 3): string[] => search(index, query, { limit: n }).map((r) => r.id);

describe('search', () => {
  it('returns {id, section, question, score}, best first, within the limit', () => {
    const results = search(index, 'syarat klaim jht mengundurkan diri', { limit: 4 });
    expect(results).toHaveLength(4);
    expect(results[0]).toEqual({ id: 'jht-0kwcywl', section: 'Jaminan Hari Tua (JHT)', question: 'Apa saja persyaratan klaim JHT karena mengundurkan diri?', score: expect.any(Number) as number });
    const scores = results.map((r) => r.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });
  it('understands informal writing and synonyms', () => {
    expect(top('gmn cairin jht kalo udh resign')).toContain('jht-0kwcywl');
    expect(top('lupa pw bpjstku', 1)).toEqual(['bpjstku-1e98qhj']);
  });
  it('tolerates typos', () => {
    expect(top('brp lama proses pencairn jht', 2)).toContain('jht-1scqzg8');
    expect(top('sayrat klaim jkm', 2)).toContain('jkm-1drt19q');
  });
  it('undoes the dropped h of Jakarta speech ("apus" for hapus)', () => {
    expect(top('apus kode iuran', 1)).toEqual(['eps-085nuyp']);
  });
  it('splits words typed without a space and corrects typos of informal words', () => {
    expect(top('syarat klaimjht resgin', 1)).toEqual(['jht-0kwcywl']);
    expect(top('jht10% syaratnya', 2)).toContain('jht-186dx1x');
    expect(top('caradaftar bpu', 3)).toContain('bpu-1a9tgoz'); // a question word glued on is dropped
  });
  it('counts a word the lexicon expands ("bpjstk" -> "bpjs ketenagakerjaan") as one word of the query', () => {
    expect(top('ojol bisa daftar bpjstk', 5).some((id) => id.startsWith('bpu-'))).toBe(true);
  });
  it('reads "sebulan" in an amount question as a unit, not as a topic about months', () => {
    expect(top('iuran bpu brp sebulan', 1)).toEqual(['bpu-16xv381']);
  });
  it('reads "apa itu X" / "X apa" as asking for a definition', () => {
    expect(top('apa itu jht', 2)).toContain('jht-1yxo9qr');
    expect(top('plkk apa', 1)).toEqual(['plkk-1cbg4u3']);
    expect(top('jht', 1)).toEqual(['jht-1yxo9qr']); // a single topic word asks what it is
  });
  it('does not return duplicates: the canonical entry stands for them', () => {
    const ids = search(index, 'dokumen persyaratan pendaftaran bpjs ketenagakerjaan', { limit: 20 }).map((r) => r.id);
    expect(ids).toContain('pu-1kkkqdh');
    expect(ids).not.toContain('kepesertaan-1kkkqdh');
  });
  it('shows a question the guide asks twice (agent and visitor versions) only once', () => {
    const questions = search(index, 'tidak bisa cek saldo di bpjstku', { limit: 10 }).map((r) => r.question);
    expect(questions.filter((q) => q === 'Bagaimana jika peserta tidak bisa melakukan cek saldo di BPJSTKU?')).toHaveLength(1);
  });
  it('finds an answer that spells a programme out when the visitor types its acronym', () => {
    expect(top('apa itu jkk', 2)).toContain('jkk-0p2h9h1');
  });
  it('keeps to the programme or app the visitor named', () => {
    // the JKM answer says "diwakilkan" word for word, but the visitor asked about JHT
    expect(top('bisa klaim jht diwakilkan orang lain', 1)).toEqual(['jht-0yio2n2']);
    // SIPP has a "Fitur apa saja" question; the visitor asked about BPJSTKU, which has none: its
    // answers lead, SIPP's may follow
    expect(top('fitur aplikasi bpjstku', 2).every((id) => id.startsWith('bpjstku-'))).toBe(true);
  });
  it('puts the head question of a service before a special case that matches as well', () => {
    expect(top('syarat klaim jkm', 1)).toEqual(['jkm-1drt19q']); // not the construction-workers variant
    expect(['jht-1scqzg8', 'jht-0rslkwv', 'jht-1s6nvpa', 'jht-0kwcywl']).toContain(top('gmn cairin jht', 1)[0]); // not the tax rules
  });
  it('knows the everyday names of things the guide names formally', () => {
    expect(top('kaki palsu karena kecelakaan kerja', 1)).toEqual(['jkk-0a8ho5h']); // prothesa
    expect(top('sabtu kantor buka?', 1)).toEqual(['operasional-pelayanan-1ei4js6']); // opening hours
    expect(top('uang duka brp', 2)).toContain('jkm-150mrn1'); // the JKM benefit
    expect(top('perusahaan bangkrut tidak ada paklaring klaim jht', 3)).toContain('jht-0my74ks'); // bubar
    expect(top('kartu jamsostek', 2)).toContain('pu-0uuntb3'); // the old name keeps its own word
    expect(top('syarat kpr rumah pake jht', 3)).toContain('mlt-perumahan-03t9k3d'); // housing loans come from JHT
  });
  it('returns nothing for empty, stop-word-only or unknown input, and never throws', () => {
    expect(search(index, '')).toEqual([]);
    expect(search(index, 'apa yang bagaimana')).toEqual([]);
    expect(search(index, 'zzqxw')).toEqual([]);
    expect(search(index, 'jht', { limit: 0 })).toEqual([]);
    expect(() => search(index, '%%%\u0000'.repeat(1000))).not.toThrow();
  });
  it('suggests while typing: the unfinished last word matches the words it starts', () => {
    expect(suggest(index, 'lupa passw', 3).map((r) => r.id)).toContain('bpjstku-1e98qhj');
    expect(search(index, 'lupa passw', { limit: 3 }).map((r) => r.id)).toContain('bpjstku-1e98qhj');
    expect(suggest(index, 'sa', 5).length).toBeGreaterThan(0);
    // an unfinished informal word completes too: "resi" is on its way to "resign"
    expect(suggest(index, 'syarat klaim jht resi', 1).map((r) => r.id)).toEqual(['jht-0kwcywl']);
  });
});
