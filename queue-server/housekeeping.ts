/**
 * The housekeeping tick: the writes nobody's request makes. It closes the service day at the
 * branch's local midnight even when nobody presses anything (so the boards clear), and drops
 * idempotency keys and events no client can still ask for, and runs the complaints' legal clock. Reads never do any of this.
 */
import type { Services } from './services.ts';
import { sealAndPurgeOutbox } from './hq-sync/outbox-housekeeping.ts';

const IDEMPOTENCY_KEEP_MS = 2 * 86_400_000;
const EVENTS_KEEP_MS = 7 * 86_400_000;
export const HOUSEKEEPING_EVERY_MS = 60_000;

type HousekeepingServices = Pick<Services, 'engine' | 'idempotency' | 'events' | 'now' | 'complaints' | 'uow' | 'hqOutbox' | 'config'> & Partial<Pick<Services, 'settings'>>;

export function runHousekeeping(s: HousekeepingServices): void {
  // A settings change kept for the next service day applies before that day's first write.
  s.settings?.applyDue();
  s.engine.closePastDays();
  s.idempotency.purgeOlderThan(IDEMPOTENCY_KEEP_MS);
  s.events.purgeBefore(s.now() - EVENTS_KEEP_MS);
  // The complaint clock: the 30-day completeness closure and the day-3/day-4 warnings.
  s.complaints.tick();
  // Head office: seal the days that ended (after the day close above), drop old acknowledged rows.
  sealAndPurgeOutbox(s);
}

/** Runs the tick every `everyMs` until the returned function is called; never keeps the process alive. */
export function startHousekeeping(s: HousekeepingServices, log: (message: string, error: unknown) => void, everyMs = HOUSEKEEPING_EVERY_MS): () => void {
  const timer = setInterval(() => {
    try {
      runHousekeeping(s);
    } catch (error) {
      // A busy or full disk must not take the server down; the next tick tries again.
      log('Pemeliharaan berkala gagal; dicoba lagi pada putaran berikutnya:', error);
    }
  }, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
