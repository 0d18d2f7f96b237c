/**
 * Report periods as inclusive branch-local service days: a day, the ISO week (Monday to Sunday),
 * a month, a quarter, a semester (January-June, July-December: the 6-monthly review of
 * Peraturan BPJS TK 3/2018 Pasal 5(3)). Pure: the caller passes the day the period contains.
 */
import { addDays, weekdayOf } from '../calendar/working-days.ts';
import { quarterOf } from '../survey/period.ts';

export type PeriodKind = 'day' | 'week' | 'month' | 'quarter' | 'semester';

export interface Period {
  from: string;
  to: string;
  label: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const lastDayOf = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const MONTHS_ID = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'] as const;

export function semesterPeriod(year: number, half: 1 | 2): Period {
  return half === 1
    ? { from: `${year}-01-01`, to: `${year}-06-30`, label: `Semester I ${year}` }
    : { from: `${year}-07-01`, to: `${year}-12-31`, label: `Semester II ${year}` };
}

export function periodOf(kind: PeriodKind, day: string): Period {
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7));
  switch (kind) {
    case 'day':
      return { from: day, to: day, label: day };
    case 'week': {
      // weekdayOf: 0 = Sunday; the week starts on Monday.
      const from = addDays(day, -((weekdayOf(day) + 6) % 7));
      return { from, to: addDays(from, 6), label: `Minggu ${from} s.d. ${addDays(from, 6)}` };
    }
    case 'month':
      return { from: `${year}-${pad(month)}-01`, to: `${year}-${pad(month)}-${pad(lastDayOf(year, month))}`, label: `${MONTHS_ID[month - 1] ?? ''} ${year}` };
    case 'quarter':
      return quarterOf(day);
    case 'semester':
      return semesterPeriod(year, month <= 6 ? 1 : 2);
  }
}
