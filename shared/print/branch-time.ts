/**
 * Dates and times as printed on paper, in the branch's own time zone ("21 November 2026, 08.15
 * WIB"). Indonesian writes the time with a dot. Formatted from numeric parts with our own month
 * names so the output does not depend on the ICU data Node was built with.
 */
import { TIME_ZONE_LABEL, type BranchTimeZone } from '../calendar/timezone.ts';

const MONTHS_ID = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];

const partsFormatters = new Map<string, Intl.DateTimeFormat>();

function partsOf(instant: Date, timeZone: BranchTimeZone): { year: number; month: number; day: number; hour: number; minute: number } {
  let f = partsFormatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', hourCycle: 'h23' });
    partsFormatters.set(timeZone, f);
  }
  const get = (type: Intl.DateTimeFormatPartTypes): number => Number(f.formatToParts(instant).find((p) => p.type === type)?.value ?? 0);
  return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour') % 24, minute: get('minute') };
}

/** "21 November 2026" from a YYYY-MM-DD calendar date (no time zone involved). */
export function formatIsoDateId(isoDate: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  const month = m ? MONTHS_ID[Number(m[2]) - 1] : undefined;
  if (!m || !month) return isoDate;
  return `${Number(m[3])} ${month} ${m[1]}`;
}

/** "21 November 2026" for an instant, at the branch. */
export function formatDateId(instant: Date, timeZone: BranchTimeZone): string {
  const p = partsOf(instant, timeZone);
  return `${p.day} ${MONTHS_ID[p.month - 1] ?? ''} ${p.year}`;
}

/** "08.15 WIB" for an instant, at the branch. */
export function formatTimeId(instant: Date, timeZone: BranchTimeZone): string {
  const p = partsOf(instant, timeZone);
  return `${String(p.hour).padStart(2, '0')}.${String(p.minute).padStart(2, '0')} ${TIME_ZONE_LABEL[timeZone]}`;
}
