import { describe, expect, it } from 'vitest';
import { stem } from './stemmer.ts';

const same = (words: string[]): Set<string> => new Set(words.map(stem));

describe('stem', () => {
  it('brings the forms of one word together', () => {
    expect(same(['cair', 'pencairan', 'mencairkan', 'dicairkan'])).toEqual(new Set(['cair']));
    expect(same(['daftar', 'pendaftaran', 'mendaftar', 'terdaftar'])).toEqual(new Set(['daftar']));
    expect(same(['terima', 'menerima', 'penerima', 'diterima', 'penerimaan'])).toEqual(new Set(['terima']));
    expect(same(['tarik', 'penarikan', 'menarik'])).toEqual(new Set(['tarik']));
    expect(same(['bayar', 'pembayaran', 'membayar', 'dibayarkan'])).toEqual(new Set(['bayar']));
    expect(same(['peserta', 'kepesertaan'])).toEqual(new Set(['peserta']));
    expect(same(['syarat', 'persyaratan'])).toEqual(new Set(['syarat']));
    expect(same(['nikah', 'menikah', 'pernikahan'])).toEqual(new Set(['nikah']));
  });
  it('keeps apart words the rules would wrongly merge', () => {
    expect(stem('meninggal')).not.toBe(stem('tinggal'));
    expect(stem('keluar')).not.toBe(stem('luar'));
    expect(stem('bulan')).toBe('bulan');
    expect(stem('berhenti')).toBe('henti');
  });
  it('removes -nya and particles, leaves short words and numbers alone', () => {
    expect(stem('saldonya')).toBe('saldo');
    expect(stem('jht')).toBe('jht');
    expect(stem('2757')).toBe('2757');
  });
});
