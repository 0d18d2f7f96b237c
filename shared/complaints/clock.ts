/**
 * The legal clock as segments (running, paused, stopped), append-only. Everything the console
 * shows is derived from the segments and the calendar, so a calendar amendment or a new branch
 * closure moves open due dates by itself, and a pause can always say how many working days were
 * left, since when, who paused it and why.
 *
 * Counting rule (Pasal 10(2), "sejak diterimanya"): working days after the receipt date count; the
 * day of receipt does not. A pause day counts as used; the day the clock runs again does not,
 * like a new receipt. No clock is read here: `now` is passed in.
 */
import type { BranchTimeZone } from '../calendar/timezone.ts';
import { addDays, addWorkingDays, localDateOf, workingDaysBetween, type WorkCalendar } from '../calendar/working-days.ts';
import type { ClockEffect } from './lifecycle.ts';

export const HANDLING_WORKING_DAYS = 5;
/** Pasal 10(3): 30 days (calendar days, not working days) from being told the data is incomplete. */
export const COMPLETENESS_DAYS = 30;
/** Early warnings before the deadline: the officer on working day 3, the branch head on day 4. */
export const WARN_OFFICER_ON_DAY = 3;
export const WARN_HEAD_ON_DAY = 4;

export type SegmentKind = 'running' | 'paused' | 'stopped';

export interface ClockSegment {
  kind: SegmentKind;
  start: number;
  end: number | null;
  by: string;
  reason: string | null;
}

export type WarningLevel = 'none' | 'officer' | 'head' | 'overdue';

export interface ClockView {
  state: SegmentKind;
  /** Working days used so far (today included when it is a working day of a running clock). */
  usedDays: number;
  leftDays: number;
  /** YYYY-MM-DD while running; null while paused or stopped. */
  dueDate: string | null;
  overdue: boolean;
  warning: WarningLevel;
  pause: { since: number; by: string; reason: string | null; leftDays: number } | null;
}

export function startClock(receivedAt: number, by: string): ClockSegment[] {
  return [{ kind: 'running', start: receivedAt, end: null, by, reason: null }];
}

/** Applies a move's clock effect: closes the open segment and opens the next. */
export function applyClockEffect(segments: readonly ClockSegment[], effect: ClockEffect, at: number, by: string, reason: string | null): ClockSegment[] {
  if (effect === 'keep') return [...segments];
  const kind: SegmentKind = effect === 'pause' ? 'paused' : effect === 'run' ? 'running' : 'stopped';
  const current = segments.at(-1);
  if (current && current.kind === kind) return [...segments];
  const closed = segments.map((s, i) => (i === segments.length - 1 && s.end === null ? { ...s, end: Math.max(at, s.start) } : s));
  return [...closed, { kind, start: at, end: kind === 'stopped' ? at : null, by, reason }];
}

function usedIn(segment: ClockSegment, cal: WorkCalendar, zone: BranchTimeZone, now: number): number {
  if (segment.kind !== 'running') return 0;
  return workingDaysBetween(cal, localDateOf(segment.start, zone), localDateOf(segment.end ?? now, zone));
}

export function viewClock(segments: readonly ClockSegment[], cal: WorkCalendar, zone: BranchTimeZone, now: number, budget = HANDLING_WORKING_DAYS): ClockView {
  const current = segments.at(-1);
  const usedDays = segments.reduce((sum, s) => sum + usedIn(s, cal, zone, now), 0);
  const leftDays = Math.max(0, budget - usedDays);
  if (!current || current.kind !== 'running') {
    const pause = current?.kind === 'paused' ? { since: current.start, by: current.by, reason: current.reason, leftDays } : null;
    return { state: current?.kind ?? 'stopped', usedDays, leftDays, dueDate: null, overdue: false, warning: 'none', pause };
  }
  const usedBefore = usedDays - usedIn(current, cal, zone, now);
  const due = addWorkingDays(cal, localDateOf(current.start, zone), Math.max(0, budget - usedBefore));
  const today = localDateOf(now, zone);
  const overdue = today > due;
  const warning: WarningLevel = overdue ? 'overdue' : usedDays >= WARN_HEAD_ON_DAY ? 'head' : usedDays >= WARN_OFFICER_ON_DAY ? 'officer' : 'none';
  return { state: 'running', usedDays, leftDays, dueDate: due, overdue, warning, pause: null };
}

/** The last day the participant may complete the data (Pasal 10(3)). */
export function completenessDeadline(toldAt: number, zone: BranchTimeZone): string {
  return addDays(localDateOf(toldAt, zone), COMPLETENESS_DAYS);
}

/** True once the 30 days are over (the day after the deadline has begun at the branch). */
export function completenessExpired(toldAt: number, zone: BranchTimeZone, now: number): boolean {
  return localDateOf(now, zone) > completenessDeadline(toldAt, zone);
}
