import { describe, expect, it } from 'vitest';
import { formatIkm, gradeLabel, nrrBarPercent, progressLine } from './ikm-view.ts';

describe('IKM page figures', () => {
  it('says the sample progress the way the branch reports it', () => {
    expect(progressLine('Triwulan IV 2026', { n: 211, sampleNeeded: 306 })).toEqual({ text: 'Triwulan IV 2026: 211 dari 306 responden', ratio: 211 / 306 });
    expect(progressLine('Triwulan I 2027', { n: 400, sampleNeeded: 306 }).ratio).toBe(1);
    expect(progressLine('x', { n: 0, sampleNeeded: 0 }).ratio).toBe(1);
  });

  it('writes the index with an Indonesian decimal comma and names the band', () => {
    expect(formatIkm(88.31)).toBe('88,31');
    expect(formatIkm(null)).toBe('–');
    expect(gradeLabel('A')).toBe('Sangat baik');
    expect(gradeLabel(null)).toBe('belum dapat dihitung');
  });

  it('draws NRR bars on the 1-4 scale', () => {
    expect([nrrBarPercent(1), nrrBarPercent(2.5), nrrBarPercent(4), nrrBarPercent(null)]).toEqual([0, 50, 100, 0]);
  });
});
