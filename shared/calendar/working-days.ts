/**
 * Working days at a branch: Monday to Friday, except the national calendar's days off and the
 * branch's own closures. Pure date arithmetic on YYYY-MM-DD strings (Indonesia keeps no daylight
 * saving, so a branch's local date is the UTC instant shifted by its fixed offset).
 */
import { CALENDAR_VERSION, NATIONAL_CALENDAR, type CalendarEntry, type DayKind } from './holidays.ts';
import { UTC_OFFSET_MINUTES, type BranchTimeZone } from './timezone.ts';

export interface WorkCalendar {
  version: string;
  /** Days that are not working days, by date (a date may carry two entries, e.g. Nyepi + a closure). */
  closed: ReadonlyMap<string, readonly CalendarEntry[]>;
}

/** Kinds that close the branch. Cuti bersama is included: the branch follows the SKB (a policy to confirm with BPJS TK). */
export const CLOSING_KINDS: readonly DayKind[] = ['libur_nasional', 'cuti_bersama', 'libur_khusus', 'tutup_cabang'];

export function buildCalendar(closures: readonly CalendarEntry[] = [], national: readonly CalendarEntry[] = NATIONAL_CALENDAR, version = CALENDAR_VERSION): WorkCalendar {
  const closed = new Map<string, CalendarEntry[]>();
  for (const e of [...national, ...closures]) {
    if (!CLOSING_KINDS.includes(e.kind)) continue;
    const list = closed.get(e.date) ?? [];
    list.push(e);
    closed.set(e.date, list);
  }
  // The version names the closures too, so a due date can say which calendar it came from.
  return { version: closures.length > 0 ? `${version}+${closures.length}` : version, closed };
}

const DAY_MS = 86_400_000;

function toUtcMs(isoDate: string): number {
  const [y, m, d] = isoDate.split('-').map(Number);
  return Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1);
}

function fromUtcMs(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function addDays(isoDate: string, days: number): string {
  return fromUtcMs(toUtcMs(isoDate) + days * DAY_MS);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(isoDate: string): number {
  return new Date(toUtcMs(isoDate)).getUTCDay();
}

/** The branch-local date of an instant. */
export function localDateOf(instantMs: number, zone: BranchTimeZone): string {
  return fromUtcMs(instantMs + UTC_OFFSET_MINUTES[zone] * 60_000);
}

/** The instant the branch-local date starts (00:00 local). */
export function startOfLocalDate(isoDate: string, zone: BranchTimeZone): number {
  return toUtcMs(isoDate) - UTC_OFFSET_MINUTES[zone] * 60_000;
}

export function isWorkingDay(cal: WorkCalendar, isoDate: string): boolean {
  const wd = weekdayOf(isoDate);
  return wd !== 0 && wd !== 6 && !cal.closed.has(isoDate);
}

/** Why a date is not a working day (empty for a working day). */
export function reasonsClosed(cal: WorkCalendar, isoDate: string): string[] {
  const wd = weekdayOf(isoDate);
  const reasons = (cal.closed.get(isoDate) ?? []).map((e) => e.name);
  if (wd === 0) reasons.push('Minggu');
  if (wd === 6) reasons.push('Sabtu');
  return reasons;
}

/** The n-th working day after `isoDate` (that day itself is not counted). n = 0 gives the date back. */
export function addWorkingDays(cal: WorkCalendar, isoDate: string, n: number): string {
  let date = isoDate;
  let left = n;
  // A year has ~245 working days; the bound keeps a corrupt calendar from looping forever.
  for (let guard = 0; left > 0 && guard < 3660; guard++) {
    date = addDays(date, 1);
    if (isWorkingDay(cal, date)) left--;
  }
  return date;
}

/** Working days in (from, to]: after `from`, up to and including `to`; 0 when to <= from. */
export function workingDaysBetween(cal: WorkCalendar, from: string, to: string): number {
  let count = 0;
  for (let date = addDays(from, 1); date <= to; date = addDays(date, 1)) if (isWorkingDay(cal, date)) count++;
  return count;
}

/** Due date of something received at `receivedAtMs`: n working days, the day of receipt not counted (Pasal 10(2)). */
export function dueDate(cal: WorkCalendar, receivedAtMs: number, zone: BranchTimeZone, n: number): string {
  return addWorkingDays(cal, localDateOf(receivedAtMs, zone), n);
}
