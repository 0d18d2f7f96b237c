/**
 * Complaint figures for the semester review (Peraturan BPJS TK 3/2018: by category, Pasal 6(2);
 * handled within 5 working days, Pasal 10(2)). A complaint counts as handled in time when its
 * legal clock (paused while the participant completes data) used at most 5 working days until it
 * stopped; an open complaint past its due date is overdue.
 */
import type { WorkCalendar } from '../calendar/working-days.ts';
import type { BranchTimeZone } from '../calendar/timezone.ts';
import { HANDLING_WORKING_DAYS, viewClock, type ClockSegment } from '../complaints/clock.ts';
import { groupBy, ratio } from './stats.ts';

export interface ComplaintRow {
  category: string;
  channel: string;
  status: string;
  receivedAt: number;
  closedAt: number | null;
  clock: readonly ClockSegment[];
}

export interface ComplaintFigures {
  received: number;
  closed: number;
  closedInTime: number;
  /** Closed within 5 working days, of the closed ones. */
  inTimeShare: number | null;
  overdue: number;
  byCategory: { key: string; count: number }[];
  byChannel: { key: string; count: number }[];
  byStatus: { key: string; count: number }[];
}

function counts(rows: readonly ComplaintRow[], key: (r: ComplaintRow) => string) {
  return [...groupBy(rows, key).entries()].map(([k, of]) => ({ key: k, count: of.length })).sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
}

export function complaintFigures(rows: readonly ComplaintRow[], cal: WorkCalendar, zone: BranchTimeZone, now: number): ComplaintFigures {
  let closed = 0;
  let closedInTime = 0;
  let overdue = 0;
  for (const r of rows) {
    if (r.closedAt !== null) {
      closed++;
      if (viewClock(r.clock, cal, zone, r.closedAt).usedDays <= HANDLING_WORKING_DAYS) closedInTime++;
    } else if (viewClock(r.clock, cal, zone, now).overdue) overdue++;
  }
  return {
    received: rows.length,
    closed,
    closedInTime,
    inTimeShare: ratio(closedInTime, closed),
    overdue,
    byCategory: counts(rows, (r) => r.category),
    byChannel: counts(rows, (r) => r.channel),
    byStatus: counts(rows, (r) => r.status),
  };
}
