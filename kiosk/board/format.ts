/** Date and clock text for the board, in the branch's own time zone (not the TV's setting). */
import { BRANCH_TIME_ZONES, TIME_ZONE_LABEL, type BranchTimeZone } from '../../shared/calendar/timezone.ts';

const isBranchZone = (z: string): z is BranchTimeZone => (BRANCH_TIME_ZONES as readonly string[]).includes(z);

export function boardZone(timeZone: string): BranchTimeZone {
  return isBranchZone(timeZone) ? timeZone : 'Asia/Jakarta';
}

const cache = new Map<string, { date: Intl.DateTimeFormat; time: Intl.DateTimeFormat }>();

function formatters(zone: BranchTimeZone) {
  let f = cache.get(zone);
  if (!f) {
    f = {
      date: new Intl.DateTimeFormat('id-ID', { timeZone: zone, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }),
      time: new Intl.DateTimeFormat('id-ID', { timeZone: zone, hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' }),
    };
    cache.set(zone, f);
  }
  return f;
}

/** "Sabtu, 21 November 2026" and "10.05.09 WIB". */
export function boardClock(instant: Date, timeZone: string): { date: string; time: string } {
  const zone = boardZone(timeZone);
  const f = formatters(zone);
  return { date: f.date.format(instant), time: `${f.time.format(instant)} ${TIME_ZONE_LABEL[zone]}` };
}

/** Whole minutes between two instants, never negative (clock skew between TV and server). */
export function minutesBetween(fromIso: string | null, now: number): number | null {
  if (!fromIso) return null;
  const t = Date.parse(fromIso);
  if (Number.isNaN(t)) return null;
  return Math.max(0, Math.floor((now - t) / 60_000));
}
