/**
 * Counter time from the log of counter states (one row per change: open, paused with a reason,
 * closed). Qmatic's staff definitions: open time is time the counter was open or paused for
 * visitors, idle time = open (not paused) time - serving time. A state lasts until the next change
 * of the same counter, and never past the end of its service day (a counter left open overnight
 * is closed by the next morning's day change, which must not count the night as open).
 */
import { groupBy, roundMinutes } from './stats.ts';

export interface CounterStateChange {
  counterId: string;
  state: 'open' | 'paused' | 'closed';
  pauseReason: string | null;
  at: number;
}

export interface CounterTime {
  counterId: string;
  openMinutes: number;
  pausedMinutes: number;
  pausedByReason: { reason: string; minutes: number }[];
}

const DAY = 86_400_000;

/** End of the branch-local day containing t (epoch ms). */
function endOfLocalDay(t: number, offsetMinutes: number): number {
  const off = offsetMinutes * 60_000;
  return Math.floor((t + off) / DAY) * DAY + DAY - off;
}

/** Time per counter inside [from, to). Changes must include the last change before `from`, if any. */
export function counterTimes(changes: readonly CounterStateChange[], from: number, to: number, offsetMinutes: number): CounterTime[] {
  const out: CounterTime[] = [];
  for (const [counterId, list] of groupBy(changes, (c) => c.counterId)) {
    const sorted = [...list].sort((a, b) => a.at - b.at);
    let openMs = 0;
    let pausedMs = 0;
    const byReason = new Map<string, number>();
    sorted.forEach((c, i) => {
      if (c.state === 'closed') return;
      const next = sorted[i + 1]?.at ?? to;
      const start = Math.max(c.at, from);
      const end = Math.min(next, to, endOfLocalDay(c.at, offsetMinutes));
      if (end <= start) return;
      if (c.state === 'open') openMs += end - start;
      else {
        pausedMs += end - start;
        const reason = c.pauseReason ?? 'tanpa alasan';
        byReason.set(reason, (byReason.get(reason) ?? 0) + end - start);
      }
    });
    out.push({
      counterId,
      openMinutes: roundMinutes(openMs),
      pausedMinutes: roundMinutes(pausedMs),
      pausedByReason: [...byReason.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([reason, ms]) => ({ reason, minutes: roundMinutes(ms) })),
    });
  }
  return out.sort((a, b) => a.counterId.localeCompare(b.counterId));
}

/** Idle minutes: open (not paused) time no visitor was being served; never negative. */
export function idleMinutes(openMinutes: number, servingMs: number): number {
  return Math.max(0, Math.round((openMinutes - servingMs / 60_000) * 10) / 10);
}
