/**
 * Branch time zones. Indonesia has three, none with daylight saving, so a service day is simply
 * the calendar date at the branch. Intl does the conversion; no clock is read here.
 */
export const BRANCH_TIME_ZONES = ['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'] as const;
export type BranchTimeZone = (typeof BRANCH_TIME_ZONES)[number];

export const TIME_ZONE_LABEL: Record<BranchTimeZone, string> = {
  'Asia/Jakarta': 'WIB',
  'Asia/Makassar': 'WITA',
  'Asia/Jayapura': 'WIT',
};

const dateFormatters = new Map<string, Intl.DateTimeFormat>();

function dateFormatter(timeZone: string): Intl.DateTimeFormat {
  let f = dateFormatters.get(timeZone);
  if (!f) {
    // en-CA formats as YYYY-MM-DD, which is the shape we store.
    f = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dateFormatters.set(timeZone, f);
  }
  return f;
}

/** The branch-local calendar date (YYYY-MM-DD) of an instant: the key of a service day. */
export function serviceDayOf(instant: Date, timeZone: BranchTimeZone): string {
  return dateFormatter(timeZone).format(instant);
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written YYYY-MM-DD (rejects 2026-02-30). */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const probe = new Date(Date.UTC(y, mo - 1, d));
  return probe.getUTCFullYear() === y && probe.getUTCMonth() === mo - 1 && probe.getUTCDate() === d;
}

/** Fixed offsets: Indonesia keeps no daylight saving time. */
export const UTC_OFFSET_MINUTES: Record<BranchTimeZone, number> = {
  'Asia/Jakarta': 420,
  'Asia/Makassar': 480,
  'Asia/Jayapura': 540,
};

/** Epoch ms of the branch's local midnight that starts the day containing `instantMs`. */
export function startOfServiceDay(instantMs: number, timeZone: BranchTimeZone): number {
  const offset = UTC_OFFSET_MINUTES[timeZone] * 60_000;
  const local = instantMs + offset;
  return local - (((local % 86_400_000) + 86_400_000) % 86_400_000) - offset;
}
