import { describe, expect, it } from 'vitest';
import { repairReplacementChars, repairText } from './repair-text.ts';

const R = '\uFFFD';

describe('repairReplacementChars', () => {
  it('turns a pair around a phrase into straight quotes', () => {
    expect(repairReplacementChars(`menetapkan, ${R}Setiap orang berhak${R} b. Lanjut`)).toBe('menetapkan, "Setiap orang berhak" b. Lanjut');
  });
  it('closes a quote opened with an ASCII quote', () => {
    expect(repairReplacementChars(`Klik tombol "Ganti Email${R} f. Pengurus`)).toBe('Klik tombol "Ganti Email" f. Pengurus');
  });
  it('reads an in-word mark as an apostrophe, or a hyphen in a reduplication', () => {
    expect(repairReplacementChars(`al-Mas${R}uliyah dan INA-CBG${R}s`)).toBe("al-Mas'uliyah dan INA-CBG's");
    expect(repairReplacementChars(`NPK masing${R}masing pegawai`)).toBe('NPK masing-masing pegawai');
    expect(repairReplacementChars(`kerja, dengan${R}login ke aplikasi`)).toBe('kerja, dengan login ke aplikasi');
  });
  it('drops padding after list markers and stray marks next to spaces', () => {
    expect(repairReplacementChars(`a.${R}${R}${R} Badan Penyelenggara`)).toBe('a. Badan Penyelenggara');
    expect(repairReplacementChars(`menu JKK Tahap 1${R} c. Pertama`)).toBe('menu JKK Tahap 1 c. Pertama');
    expect(repairReplacementChars(`di ${R}1500910.`)).toBe('di 1500910.');
  });
});

describe('repairText', () => {
  it('fixes glued and broken words and reports which repairs applied', () => {
    const report = repairText('melalui perBankan dan UndangUndang Dasar');
    expect(report.text).toBe('melalui perbankan dan Undang-Undang Dasar');
    expect(report.applied.has('UndangUndang')).toBe(true);
  });
});
