import { describe, expect, it } from 'vitest';
import { analyse, normalise, questionIntents } from './analyse.ts';

const stems = (text: string): string[] => analyse(text).map((t) => t.stem);

describe('analyse', () => {
  it('maps informal writing to the guide\'s words and drops stop words', () => {
    expect(stems('gmn cara cairin jht kalo udh resign')).toEqual(['cair', 'jht', 'undur', 'diri']);
    expect(stems('sy gk bs login')).toEqual(['tidak', 'login']);
    expect(stems('brp lama proses klaim')).toEqual(['lama', 'proses', 'klaim']);
  });
  it('keeps negations and time words', () => {
    expect(stems('belum tidak lama bulan tahun')).toEqual(['belum', 'tidak', 'lama', 'bulan', 'tahun']);
  });
  it('rewrites informal phrases before words', () => {
    expect(stems('uang duka')).toEqual(['santun', 'mati', 'jkm']);
    expect(stems('bpjs tk')).toEqual(stems('bpjs ketenagakerjaan'));
  });
  it('reads Javanese/Betawi question words and chat negations', () => {
    expect(stems('piye cara ndaftar bpu')).toEqual(stems('bagaimana cara daftar bpu'));
    expect(stems('gabisa login')).toEqual(['tidak', 'login']);
  });
  it('keeps "pak" as the PAK acronym in the guide and mid-query, drops it as an address at either end', () => {
    expect(stems('Siapakah yang melaporkan kasus PAK?')).toContain('pak');
    expect(analyse('klaim pak kapan', true).map((t) => t.stem)).toContain('pak');
    expect(analyse('pak klaim jht gimana', true).map((t) => t.stem)).toEqual(['klaim', 'jht']);
    expect(analyse('syarat klaim jht pak', true).map((t) => t.stem)).toEqual(['syarat', 'klaim', 'jht']);
  });
  it('normalises punctuation, accents, e-words, reduplication and percentages', () => {
    expect(normalise('E-Klaim JHT 10%, anak2!')).toBe('eklaim jht 10 persen anak');
    expect(normalise('Rp 3.000.000,-')).toBe('rp 3.000.000');
    expect(normalise('Laporan JKK Tahap II dan tahap I')).toBe('laporan jkk tahap 2 dan tahap 1');
  });
  it('marks the last word only while it is still being typed', () => {
    expect(analyse('saldo jh').map((t) => t.last)).toEqual([false, true]);
    expect(analyse('saldo jht ').map((t) => t.last)).toEqual([false, false]);
  });
});

describe('questionIntents', () => {
  it('reads what a question asks for', () => {
    expect([...questionIntents('brp iuran bpu')]).toEqual(['jumlah']);
    expect([...questionIntents('Berapa lama proses klaim?')]).toEqual(['waktu']);
    expect([...questionIntents('gmn cara daftar')]).toEqual(['cara']);
    expect([...questionIntents('Bagaimana jika kartu hilang?')]).toEqual([]);
    expect([...questionIntents('berobat di plkk bawa apa aja')]).toEqual(['syarat']);
    expect([...questionIntents('Apa saja persyaratan klaim JHT 10%?')]).toEqual(['syarat']);
  });
  it('reads "berapa besar" as one question word, not as a word about size', () => {
    expect(analyse('berapa besar iuran bpu').map((t) => t.stem)).toEqual(analyse('berapa iuran bpu').map((t) => t.stem));
    expect(analyse('santunan besar').map((t) => t.stem)).toContain('besar');
  });
});
