/** What the IKM page shows, from the report: pure, so it is tested without a browser. */
import type { IkmSummary } from '../../shared/contracts/survey.ts';
import { IKM_BANDS } from '../../shared/survey/ikm.ts';

export const gradeLabel = (grade: string | null): string => IKM_BANDS.find((b) => b.grade === grade)?.label ?? 'belum dapat dihitung';

const id = (n: number) => n.toLocaleString('id-ID');

/** "Triwulan IV 2026: 211 dari 306 responden" and how far along (0..1). */
export function progressLine(label: string, s: Pick<IkmSummary, 'n' | 'sampleNeeded'>): { text: string; ratio: number } {
  const ratio = s.sampleNeeded === 0 ? 1 : Math.min(1, s.n / s.sampleNeeded);
  return { text: `${label}: ${id(s.n)} dari ${id(s.sampleNeeded)} responden`, ratio };
}

/** An IKM for display, Indonesian decimals: 88,31. */
export const formatIkm = (ikm: number | null): string => (ikm === null ? '–' : ikm.toLocaleString('id-ID', { minimumFractionDigits: 2, maximumFractionDigits: 2 }));
export const formatNrr = (nrr: number | null): string => (nrr === null ? '–' : nrr.toLocaleString('id-ID', { minimumFractionDigits: 2, maximumFractionDigits: 2 }));

/** Bar length of an NRR on the 1-4 scale, as a percentage of the chart width. */
export const nrrBarPercent = (nrr: number | null): number => (nrr === null ? 0 : Math.max(0, Math.min(100, ((nrr - 1) / 3) * 100)));
