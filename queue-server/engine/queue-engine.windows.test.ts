/**
 * The engine's time windows and counting rules at their edges: each test sits exactly on, just
 * before and just after a boundary, through the public QueueEngine / CounterService API (so the
 * tests hold however the store is arranged underneath).
 */
import { describe, expect, it } from 'vitest';
import { BRANCH_TIME_ZONES, UTC_OFFSET_MINUTES, type BranchTimeZone } from '../../shared/calendar/timezone.ts';
import { AppError } from '../../shared/errors.ts';
import type { BranchConfig } from '../../shared/contracts/branch-config.ts';
import { makeTestServices, officer, smallBranchConfig } from '../testing/fixtures.ts';
import { KIOSK_ACTOR } from './actor.ts';

const cso = officer(1);
const MIN = 60_000;

function branch(overrides: Partial<BranchConfig> = {}, start?: string) {
  return makeTestServices({ config: smallBranchConfig(overrides), ...(start ? { start } : {}) });
}

type Services = ReturnType<typeof branch>;
const issue = (s: Services, fastTrack: 'elderly' | null = null, serviceId = 'jht') => s.engine.issue({ serviceId, fastTrack }, KIOSK_ACTOR).ticket;

function codeOf(action: () => unknown): string | null {
  try {
    action();
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
  return null;
}

describe('recall interval: measured from the last call, not the first', () => {
  it('refuses a recall until 20 s after the call, then 20 s after each recall', () => {
    const s = branch();
    const t = issue(s);
    s.engine.callNext('l1', cso);
    s.clock.ms += 20_000 - 1;
    expect(codeOf(() => s.engine.recall(t.id, cso))).toBe('recall.too_soon');
    s.clock.ms += 1; // exactly 20 s after the call
    expect(s.engine.recall(t.id, cso).recallCount).toBe(1);

    // 39.999 s after the first call is 40 s after nothing: only 19.999 s after the last recall.
    s.clock.ms += 20_000 - 1;
    expect(codeOf(() => s.engine.recall(t.id, cso))).toBe('recall.too_soon');
    s.clock.ms += 1;
    expect(s.engine.recall(t.id, cso).recallCount).toBe(2);
  });

  it('tells the officer how many seconds are left, rounded up', () => {
    const s = branch();
    const t = issue(s);
    s.engine.callNext('l1', cso);
    s.clock.ms += 5_500;
    try {
      s.engine.recall(t.id, cso);
      expect.unreachable('recall 5.5 s after the call must be refused');
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).details).toEqual({ retryAfterSeconds: 15 });
      expect((error as AppError).message).toContain('Tunggu 15 detik lagi');
    }
  });

  it('follows the configured interval and limit', () => {
    const s = branch({ recall: { maxRecalls: 1, minIntervalSeconds: 5, missedReturnMinutes: 30 } });
    const t = issue(s);
    s.engine.callNext('l1', cso);
    s.clock.advanceSeconds(5);
    expect(s.engine.recall(t.id, cso).recallCount).toBe(1);
    s.clock.advanceSeconds(5);
    expect(codeOf(() => s.engine.recall(t.id, cso))).toBe('recall.limit_reached');
  });

  it('a recall moves the ticket to the top of the board’s recent calls', () => {
    const s = branch();
    const first = issue(s);
    const second = issue(s);
    s.engine.callNext('l1', cso);
    s.clock.advanceSeconds(1);
    s.engine.callNext('l2', officer(2));
    expect(s.views.snapshot().recentCalls.map((c) => c.ticket.id)).toEqual([second.id, first.id]);
    s.clock.advanceSeconds(20);
    s.engine.recall(first.id, cso);
    expect(s.views.snapshot().recentCalls.map((c) => c.ticket.id)).toEqual([first.id, second.id]);
  });
});

describe('missed-return window (30 minutes from the no-show)', () => {
  /** A-001 missed at `missedAt`, A-002 waiting behind it; returns A-001 `afterMs` later. */
  function returnAfter(afterMs: number) {
    const s = branch();
    const first = issue(s);
    s.clock.advanceMinutes(1);
    const second = issue(s);
    s.engine.callNext('l1', cso);
    s.clock.advanceMinutes(3);
    const missed = s.engine.noShow(first.id, cso);
    s.clock.ms += afterMs;
    const back = s.engine.returnToQueue(first.id, cso);
    return { s, first, second, missed, back };
  }

  it('exactly at 30 minutes the visitor keeps the original place', () => {
    const { s, first, back } = returnAfter(30 * MIN);
    expect(back.queuedAt).toBe(first.queuedAt);
    expect(s.engine.callNext('l1', cso)?.id).toBe(first.id);
  });

  it('one millisecond before, too', () => {
    const { first, back } = returnAfter(30 * MIN - 1);
    expect(back.queuedAt).toBe(first.queuedAt);
  });

  it('one millisecond after, the visitor joins the end of the line', () => {
    const { s, second, back } = returnAfter(30 * MIN + 1);
    expect(back.queuedAt).toBe(s.clock.now());
    expect(s.engine.callNext('l1', cso)?.id).toBe(second.id);
  });

  it('the window follows the configuration, and the board lists the missed tickets still inside it', () => {
    const s = branch({ recall: { maxRecalls: 3, minIntervalSeconds: 20, missedReturnMinutes: 10 } });
    const first = issue(s);
    s.engine.callNext('l1', cso);
    s.engine.noShow(first.id, cso);
    s.clock.ms += 10 * MIN;
    expect(s.views.snapshot().missed.map((t) => t.id)).toEqual([first.id]);
    s.clock.ms += 1;
    expect(s.views.snapshot().missed).toEqual([]);
    expect(s.engine.returnToQueue(first.id, cso).queuedAt).toBe(s.clock.now());
  });

  it('a returned ticket is waiting again with its call facts cleared', () => {
    const { back } = returnAfter(MIN);
    expect(back).toMatchObject({ status: 'waiting', missedAt: null, calledAt: null, recallCount: 0, callRule: null });
  });
});

describe('cancel', () => {
  it('is refused while the visitor is being served', () => {
    const s = branch();
    const t = issue(s);
    s.engine.callNext('l1', cso);
    s.engine.start(t.id, cso);
    expect(codeOf(() => s.engine.cancel(t.id, cso))).toBe('ticket.wrong_state');
    expect(s.engine.ticket(t.id).status).toBe('serving');
  });

  it('is allowed while waiting, called or missed, and frees the counter', () => {
    const s = branch();
    const waiting = issue(s);
    const called = issue(s);
    const missed = issue(s);
    expect(s.engine.cancel(waiting.id, cso)).toMatchObject({ status: 'cancelled', closedReason: 'dibatalkan_petugas', finishedAt: s.clock.now() });
    s.engine.callNext('l1', cso);
    expect(s.engine.cancel(called.id, cso)).toMatchObject({ status: 'cancelled', counterId: null });
    expect(s.engine.callNext('l1', cso)?.id).toBe(missed.id);
    s.engine.noShow(missed.id, cso);
    expect(s.engine.cancel(missed.id, cso).status).toBe('cancelled');
  });
});

describe('fast-track run at a counter', () => {
  it('after the run limit one normal visitor is called, then the run starts again from zero', () => {
    const s = branch({ fastTrack: { maxNormalWaitMinutes: 45, maxConsecutiveFastTrack: 2 } });
    const f1 = issue(s, 'elderly');
    const f2 = issue(s, 'elderly');
    const f3 = issue(s, 'elderly');
    const f4 = issue(s, 'elderly');
    const n1 = issue(s);
    const n2 = issue(s);
    const order: [string, string | null][] = [];
    for (let i = 0; i < 6; i++) {
      const called = s.engine.callNext('l1', cso);
      if (!called) break;
      order.push([called.id, called.callRule]);
      s.engine.start(called.id, cso);
      s.engine.finish(called.id, cso);
    }
    expect(order).toEqual([
      [f1.id, 'fast-track'],
      [f2.id, 'fast-track'],
      [n1.id, 'normal'],
      // The normal call reset the run: two more fast-track calls before the next normal one.
      [f3.id, 'fast-track'],
      [f4.id, 'fast-track'],
      [n2.id, 'normal'],
    ]);
  });

  it('a call by the wait limit also resets the run', () => {
    const s = branch({ fastTrack: { maxNormalWaitMinutes: 10, maxConsecutiveFastTrack: 1 } });
    const n1 = issue(s);
    s.clock.advanceMinutes(10);
    const f1 = issue(s, 'elderly');
    const f2 = issue(s, 'elderly');
    const n2 = issue(s);
    const rules: [string, string | null][] = [];
    for (let i = 0; i < 4; i++) {
      const called = s.engine.callNext('l1', cso);
      if (!called) break;
      rules.push([called.id, called.callRule]);
      s.engine.noShow(called.id, cso);
    }
    expect(rules).toEqual([
      [n1.id, 'normal-wait-limit'],
      [f1.id, 'fast-track'],
      [n2.id, 'normal'],
      [f2.id, 'fast-track'],
    ]);
  });

  it('the run is kept per counter', () => {
    const s = branch({ fastTrack: { maxNormalWaitMinutes: 45, maxConsecutiveFastTrack: 1 } });
    issue(s, 'elderly');
    issue(s, 'elderly');
    issue(s);
    const a = s.engine.callNext('l1', cso);
    const b = s.engine.callNext('l2', officer(2));
    expect([a?.callRule, b?.callRule]).toEqual(['fast-track', 'fast-track']);
  });
});

describe('wait estimate', () => {
  /** Serves `minutes.length` visits at counter l1, each lasting the given minutes. */
  function serve(s: Services, minutes: readonly number[]) {
    for (const m of minutes) {
      const t = issue(s);
      expect(s.engine.callNext('l1', cso)?.id).toBe(t.id);
      s.engine.start(t.id, cso);
      s.clock.advanceMinutes(m);
      s.engine.finish(t.id, cso);
    }
  }

  it('uses recent service times: the configured default until three visits are finished, then their average', () => {
    const s = branch();
    // Only l1 will be open, so the estimate is people ahead × average ÷ 1.
    serve(s, [2, 4]);
    issue(s);
    const third = issue(s);
    expect(s.engine.estimateFor(third)).toEqual({ ahead: 1, estimatedWaitMinutes: 10 });
    const waitingTickets = s.engine.ticketsOfDay(s.engine.today()).filter((t) => t.status === 'waiting');
    for (const t of waitingTickets) s.engine.cancel(t.id, cso);
    serve(s, [6]);
    const next = issue(s);
    issue(s);
    const last = issue(s);
    // (2 + 4 + 6) / 3 = 4 minutes per visit, two people ahead.
    expect(s.engine.estimateFor(last)).toEqual({ ahead: 2, estimatedWaitMinutes: 8 });
    expect(s.engine.estimateFor(next)).toEqual({ ahead: 0, estimatedWaitMinutes: 0 });
  });

  it('averages the last 20 finished visits only', () => {
    const s = branch();
    serve(s, [30, 30, 30, 30, 30, ...Array.from({ length: 20 }, () => 2)]);
    issue(s);
    const t = issue(s);
    // The five 30-minute visits are older than the last 20; over all 25 it would be 8 minutes.
    expect(s.engine.estimateFor(t).estimatedWaitMinutes).toBe(2);
  });

  it('does not count missed or cancelled visits as service times', () => {
    const s = branch();
    serve(s, [3, 3, 3]);
    const gone = issue(s);
    s.engine.callNext('l1', cso);
    s.clock.advanceMinutes(60);
    s.engine.noShow(gone.id, cso);
    issue(s);
    const t = issue(s);
    expect(s.engine.estimateFor(t).estimatedWaitMinutes).toBe(3);
  });

  it('is divided by the counters OPEN for the service, not the configured ones', () => {
    const s = branch();
    issue(s);
    issue(s);
    issue(s);
    const t = issue(s);
    // Before any counter opens, both configured JHT counters are assumed: 3 × 10 ÷ 2.
    expect(s.engine.estimateFor(t).estimatedWaitMinutes).toBe(15);
    s.counters.open('l1', cso);
    expect(s.engine.estimateFor(t).estimatedWaitMinutes).toBe(30);
    s.counters.open('l2', officer(2));
    expect(s.engine.estimateFor(t).estimatedWaitMinutes).toBe(15);
    s.counters.pause('l2', 'Istirahat', officer(2));
    expect(s.engine.estimateFor(t).estimatedWaitMinutes).toBe(30);
    // l2 is the only counter serving Informasi; it is paused, so the configured one is assumed.
    const info = issue(s, null, 'info');
    expect(s.engine.estimateFor(info)).toEqual({ ahead: 0, estimatedWaitMinutes: 0 });
    issue(s, null, 'info');
    expect(s.engine.minutesFor('info', 2)).toBe(10);
  });

  it('the estimate on a new ticket agrees with the estimate asked later', () => {
    const s = branch();
    s.counters.open('l1', cso);
    issue(s);
    const issued = s.engine.issue({ serviceId: 'jht', fastTrack: null }, KIOSK_ACTOR);
    expect({ ahead: issued.ahead, estimatedWaitMinutes: issued.estimatedWaitMinutes }).toEqual(s.engine.estimateFor(issued.ticket));
    expect(issued.estimatedWaitMinutes).toBe(10);
  });
});

describe('day close at local midnight, in every branch time zone', () => {
  for (const tz of BRANCH_TIME_ZONES) {
    const midnight = (zone: BranchTimeZone) => Date.UTC(2026, 10, 24, 0, 0) - UTC_OFFSET_MINUTES[zone] * 60_000;
    it(`${tz}: 23:59:59.999 is still the old day, 00:00:00.000 is the new one`, () => {
      const config = smallBranchConfig();
      const s = makeTestServices({ config: { ...config, branch: { ...config.branch, timeZone: tz } }, start: new Date(midnight(tz) - 10 * MIN).toISOString() });
      const old = issue(s);
      s.counters.open('l2', officer(2));
      s.clock.ms = midnight(tz) - 1;
      expect(s.engine.today()).toBe('2026-11-23');
      expect(issue(s).number).toBe('A-002');
      expect(s.engine.ticket(old.id).status).toBe('waiting');

      s.clock.ms = midnight(tz);
      expect(s.engine.today()).toBe('2026-11-24');
      const fresh = issue(s);
      expect(fresh).toMatchObject({ number: 'A-001', serviceDay: '2026-11-24' });
      expect(s.engine.ticket(old.id)).toMatchObject({ status: 'expired', closedReason: 'hari_berakhir', finishedAt: midnight(tz) });
      // Every counter starts the new day closed, and the board hears of the close once.
      expect(s.views.counters().map((c) => c.state)).toEqual(['closed', 'closed']);
      const closes = s.db.prepare("SELECT data FROM events WHERE type = 'day.closed'").all() as { data: string }[];
      expect(closes.map((e) => JSON.parse(e.data) as unknown)).toEqual([{ serviceDay: '2026-11-23', expired: 2 }]);
    });
  }

  it('the first day of a fresh database closes nothing and announces nothing', () => {
    const s = branch();
    issue(s);
    expect(s.db.prepare("SELECT COUNT(*) AS n FROM events WHERE type = 'day.closed'").get()).toEqual({ n: 0 });
  });
});
