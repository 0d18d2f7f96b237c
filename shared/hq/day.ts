/**
 * Which day an outbox event belongs to. Normally the branch's local date of the event; but once a
 * day is sealed nothing may join it (its digest is final), so an event dated on or before the
 * last sealed day (a clock set back) belongs to the day after it. Each day's events are therefore
 * written before its seal, and each seal covers a closed set.
 */
import { UTC_OFFSET_MINUTES, type BranchTimeZone } from '../calendar/timezone.ts';

export function nextDay(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

export function outboxDayOf(localDay: string, lastSealedDay: string | null): string {
  return lastSealedDay !== null && localDay <= lastSealedDay ? nextDay(lastSealedDay) : localDay;
}

/** The instant in the branch's zone with its offset, e.g. 2026-12-01T08:15:02.000+07:00 (no DST in Indonesia). */
export function localTimeOf(atMs: number, timeZone: BranchTimeZone): string {
  const offset = UTC_OFFSET_MINUTES[timeZone];
  const sign = offset >= 0 ? '+' : '-';
  const abs = Math.abs(offset);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  return new Date(atMs + offset * 60_000).toISOString().replace('Z', `${sign}${hh}:${mm}`);
}

/** The local date of a localTimeOf() string. */
export const localDayOf = (localTime: string): string => localTime.slice(0, 10);
