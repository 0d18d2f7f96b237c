/** The outbox's share of the housekeeping tick: seal finished days, forget old acknowledged rows. */
import { serviceDayOf } from '../../shared/calendar/timezone.ts';
import type { DaySeal } from '../../shared/contracts/hq-sync.ts';
import type { Services } from '../services.ts';

/** Sent events are kept this long after head office acknowledged them, for re-delivery. */
export const HQ_OUTBOX_KEEP_DAYS = 14;

export function sealAndPurgeOutbox(s: Pick<Services, 'uow' | 'hqOutbox' | 'now' | 'config'>, keepDays = HQ_OUTBOX_KEEP_DAYS): DaySeal[] {
  const now = s.now();
  const today = serviceDayOf(new Date(now), s.config.branch.timeZone);
  return s.uow.write(() => {
    const seals = s.hqOutbox.sealDaysBefore(today, now);
    s.hqOutbox.repo.purge(s.hqOutbox.repo.state().ackedSeq, now - keepDays * 86_400_000);
    return seals;
  });
}
