/**
 * The branch's opening hours and whether the kiosk may issue a number now. Pure: the caller
 * passes the instant and the branch time zone. Holidays come from outside through `isHoliday`
 * (a function of the service day "YYYY-MM-DD"); the default knows none, so that one holiday list
 * exists in the product (shared/calendar, wired at merge).
 */
import { z } from '../contracts/zod.ts';
import { serviceDayOf, UTC_OFFSET_MINUTES, type BranchTimeZone } from '../calendar/timezone.ts';

const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'jam berformat HH:MM, mis. 08:00');

export const openingHoursSchema = z
  .object({
    /** ISO weekdays the branch serves: 1 = Senin … 7 = Minggu. */
    days: z.array(z.number().int().min(1).max(7)).max(7).default([1, 2, 3, 4, 5]),
    opens: clock.default('08:00'),
    closes: clock.default('15:30'),
    /**
     * Staff's switch: let the kiosk issue numbers outside the hours (a Saturday service day, an
     * evening event). The environment variable KIOSK_ISSUE_OUTSIDE_HOURS=1 sets it too.
     */
    issueOutsideHours: z.boolean().default(false),
  })
  .refine((h) => h.opens < h.closes, { message: 'jam buka harus sebelum jam tutup', path: ['closes'] });

export type OpeningHours = z.infer<typeof openingHoursSchema>;
export const DEFAULT_OPENING_HOURS: OpeningHours = { days: [1, 2, 3, 4, 5], opens: '08:00', closes: '15:30', issueOutsideHours: false };

export type IsHoliday = (serviceDay: string) => boolean;
export const NO_HOLIDAYS: IsHoliday = () => false;

const DAY_NAMES_ID = ['Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu', 'Minggu'] as const;
const DAY_NAMES_EN = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

export interface OpeningStatus {
  /** Inside the hours on a working day. */
  open: boolean;
  /** May the kiosk issue now (open, or staff allowed it). */
  issuing: boolean;
  /** The next opening: "08.00" today, or a later day; null when the branch has no serving days. */
  next: { serviceDay: string; weekday: number; time: string; today: boolean } | null;
  hours: { days: number[]; opens: string; closes: string };
}

const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3));
/** "08:00" -> "08.00", the Indonesian way of writing the time. */
export const dotted = (hhmm: string) => hhmm.replace(':', '.');

function localParts(instantMs: number, timeZone: BranchTimeZone): { serviceDay: string; weekday: number; minutes: number } {
  const local = new Date(instantMs + UTC_OFFSET_MINUTES[timeZone] * 60_000);
  const weekday = ((local.getUTCDay() + 6) % 7) + 1;
  return { serviceDay: serviceDayOf(new Date(instantMs), timeZone), weekday, minutes: local.getUTCHours() * 60 + local.getUTCMinutes() };
}

export function openingStatus(input: { nowMs: number; timeZone: BranchTimeZone; hours: OpeningHours; isHoliday?: IsHoliday }): OpeningStatus {
  const { hours, timeZone, nowMs } = input;
  const isHoliday = input.isHoliday ?? NO_HOLIDAYS;
  const here = localParts(nowMs, timeZone);
  const serves = (day: { serviceDay: string; weekday: number }) => hours.days.includes(day.weekday) && !isHoliday(day.serviceDay);
  const open = serves(here) && here.minutes >= minutesOf(hours.opens) && here.minutes < minutesOf(hours.closes);
  let next: OpeningStatus['next'] = null;
  if (serves(here) && here.minutes < minutesOf(hours.opens)) next = { serviceDay: here.serviceDay, weekday: here.weekday, time: dotted(hours.opens), today: true };
  // A month ahead is enough to step over a long holiday (Lebaran and cuti bersama).
  for (let d = 1; next === null && d <= 31; d += 1) {
    const day = localParts(nowMs + d * 86_400_000, timeZone);
    if (serves(day)) next = { serviceDay: day.serviceDay, weekday: day.weekday, time: dotted(hours.opens), today: false };
  }
  return { open, issuing: open || hours.issueOutsideHours, next: open ? null : next, hours: { days: [...hours.days], opens: hours.opens, closes: hours.closes } };
}

/** "Senin-Jumat, 08.00-15.30" (or "Senin, Rabu, …" when the days are not a run). */
export function hoursText(hours: OpeningStatus['hours'], language: 'id' | 'en'): string {
  const names = language === 'en' ? DAY_NAMES_EN : DAY_NAMES_ID;
  const days = [...hours.days].sort((a, b) => a - b);
  const run = days.length > 2 && days.every((d, i) => i === 0 || d === (days[i - 1] ?? 0) + 1);
  const dayText = run ? `${names[(days[0] ?? 1) - 1]}-${names[(days[days.length - 1] ?? 1) - 1]}` : days.map((d) => names[d - 1]).join(', ');
  return `${dayText}, ${dotted(hours.opens)}-${dotted(hours.closes)}`;
}

/** "pukul 08.00" today, "Senin pukul 08.00" on a later day. */
export function nextOpeningText(next: OpeningStatus['next'], language: 'id' | 'en'): string | null {
  if (!next) return null;
  if (language === 'en') return next.today ? `today at ${next.time}` : `${DAY_NAMES_EN[next.weekday - 1]} at ${next.time}`;
  return next.today ? `hari ini pukul ${next.time}` : `hari ${DAY_NAMES_ID[next.weekday - 1]} pukul ${next.time}`;
}

/** "hari ini pukul 08.00" outside the hours (for the wait wording's "layanan mulai …"), null inside. */
export function serviceStartText(input: Parameters<typeof openingStatus>[0], language: 'id' | 'en'): string | null {
  const status = openingStatus(input);
  return status.open ? null : nextOpeningText(status.next, language);
}
