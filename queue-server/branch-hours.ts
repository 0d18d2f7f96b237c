/**
 * The branch's opening hours as every server part reads them (kiosk info, the paper ticket's wait
 * line, the phone page): the branch file's `openingHours` (08.00-15.30 Mon-Fri by default), staff's
 * KIOSK_ISSUE_OUTSIDE_HOURS=1 switch, and the one holiday list of the product, shared/calendar
 * (national days off and cuti bersama, plus the branch's own closures kept by the complaints store).
 */
import type { BranchConfig } from '../shared/contracts/branch-config.ts';
import type { WorkCalendar } from '../shared/calendar/working-days.ts';
import { DEFAULT_OPENING_HOURS, serviceStartText, type IsHoliday, type OpeningHours } from '../shared/wait/opening-hours.ts';

export interface BranchHours {
  hours: OpeningHours;
  isHoliday: IsHoliday;
}

export function branchHours(input: { config: BranchConfig; calendar: () => WorkCalendar; issueOutsideHours?: boolean }): BranchHours {
  const hours = { ...(input.config.openingHours ?? DEFAULT_OPENING_HOURS) };
  if (input.issueOutsideHours) hours.issueOutsideHours = true;
  // Read per question: a closure added by the branch head today counts at once.
  return { hours, isHoliday: (serviceDay) => input.calendar().closed.has(serviceDay) };
}

/** "hari Senin pukul 08.00" outside the hours, null inside: the wait wording's "layanan mulai …". */
export function serviceStartsAt(b: BranchHours, config: BranchConfig, nowMs: number): string | null {
  return serviceStartText({ nowMs, timeZone: config.branch.timeZone, hours: b.hours, isHoliday: b.isHoliday }, 'id');
}
