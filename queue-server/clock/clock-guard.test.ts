/**
 * Clock safety on a simulated clock (issue 11): the wall clock and the monotonic clock are two
 * numbers the test moves independently, as `date -s` or a wrong NTP server moves only the first.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { KIOSK_ACTOR } from '../engine/actor.ts';
import { runHousekeeping } from '../housekeeping.ts';
import { ClockRepository } from '../store/clock-repository.ts';
import { makeTestServices, officer, smallBranchConfig } from '../testing/fixtures.ts';
import { startTestServer } from '../testing/http.ts';
import { ClockGuard, JUMP_THRESHOLD_MS, type ClockChange } from './clock-guard.ts';

const DAY = 86_400_000;
const MIN = 60_000;
/** 10:00 WIB on Monday 23 November 2026. */
const START = Date.parse('2026-11-23T03:00:00Z');

/** The machine's two clocks: `wall` is what a person or NTP sets, `mono` only ever runs. */
class SimulatedMachine {
  wall = START;
  mono = 1_000;
  readonly changes: ClockChange[] = [];
  /** Real time passes: both clocks run. */
  pass(ms: number): void {
    this.wall += ms;
    this.mono += ms;
  }
  /** Someone sets the wall clock: only it moves. */
  setWall(ms: number): void {
    this.wall += ms;
  }
  guard(latestRecorded: number | null = null): ClockGuard {
    return new ClockGuard({ wall: () => this.wall, monotonic: () => this.mono, latestRecorded, onChange: (c) => this.changes.push(c) });
  }
}

const cso = officer(1);
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

let ids = 0;
function branchOn(machine: SimulatedMachine, dataDir?: string, latestRecorded: number | null = null) {
  const clockGuard = machine.guard(latestRecorded);
  // Ids unique across the restarts of one database.
  const s = makeTestServices({ config: smallBranchConfig(), clockGuard, newId: () => `c-${++ids}`, ...(dataDir ? { dataDir } : {}) });
  return { s, clockGuard };
}

const issue = (s: ReturnType<typeof makeTestServices>) => s.engine.issue({ serviceId: 'jht', fastTrack: null }, KIOSK_ACTOR).ticket;
const statuses = (s: ReturnType<typeof makeTestServices>) => s.db.prepare('SELECT number, status, service_day AS day FROM tickets ORDER BY issued_at, seq').all() as { number: string; status: string; day: string }[];

describe('the clock guard alone', () => {
  it('follows the wall clock while it agrees with the monotonic clock, drift and small steps included', () => {
    const m = new SimulatedMachine();
    const g = m.guard();
    expect(g.now()).toBe(START);
    m.pass(90 * MIN);
    m.setWall(2 * MIN); // an NTP correction of two minutes
    expect(g.now()).toBe(START + 92 * MIN);
    expect(g.status().state).toBe('ok');
    expect(m.changes).toEqual([]);
  });

  it('holds a backward jump: time runs on from the last agreed moment, never backwards, logged once', () => {
    const m = new SimulatedMachine();
    m.mono = 1_000.75; // performance.now has fractions; the server's time stays whole milliseconds
    const g = m.guard();
    m.pass(10 * MIN);
    const before = g.now();
    m.setWall(-DAY);
    m.pass(MIN);
    expect(Number.isInteger(g.now())).toBe(true);
    expect(g.now()).toBe(before + MIN);
    m.pass(MIN);
    expect(g.now()).toBe(before + 2 * MIN);
    expect(m.changes).toEqual([expect.objectContaining({ kind: 'jump', direction: 'backward', atStartUp: false })]);
    expect(g.status()).toMatchObject({ state: 'jumped', direction: 'backward' });
    expect(g.status().offsetMs).toBeCloseTo(-DAY, -3);
  });

  it('holds a forward jump the same way, and follows the wall clock again once someone corrects it', () => {
    const m = new SimulatedMachine();
    const g = m.guard();
    m.setWall(DAY);
    expect(g.now()).toBe(START);
    expect(g.status().direction).toBe('forward');
    m.pass(5 * MIN);
    m.setWall(-DAY);
    expect(g.now()).toBe(START + 5 * MIN);
    expect(g.status().state).toBe('ok');
    expect(m.changes.map((c) => c.kind)).toEqual(['jump', 'back_in_line']);
  });

  it('takes a jump just under the threshold as drift and one just over as a jump', () => {
    const m = new SimulatedMachine();
    const g = m.guard();
    m.setWall(JUMP_THRESHOLD_MS);
    expect(g.now()).toBe(START + JUMP_THRESHOLD_MS);
    m.setWall(JUMP_THRESHOLD_MS + 1);
    expect(g.now()).toBe(START + JUMP_THRESHOLD_MS);
    expect(g.status().state).toBe('jumped');
  });

  it('follows the wall clock from the moment a supervisor confirms it', () => {
    const m = new SimulatedMachine();
    const g = m.guard();
    expect(g.confirm('kepala')).toBeNull();
    m.setWall(3 * DAY);
    expect(g.now()).toBe(START);
    expect(g.confirm('kepala')).toMatchObject({ kind: 'confirmed', direction: 'forward', by: 'kepala' });
    expect(g.now()).toBe(START + 3 * DAY);
    expect(g.status().state).toBe('ok');
  });

  it('at start-up, a wall clock earlier than the database last recorded is a backward jump held at that moment', () => {
    const m = new SimulatedMachine();
    const g = m.guard(START + DAY);
    expect(g.now()).toBe(START + DAY);
    expect(m.changes).toEqual([expect.objectContaining({ kind: 'jump', direction: 'backward', atStartUp: true })]);
    // A later wall clock at start-up is the time the server was off: taken as it is.
    const later = new SimulatedMachine().guard(START - DAY);
    expect(later.now()).toBe(START);
    expect(later.status().state).toBe('ok');
  });
});

describe('the queue on a jumping clock', () => {
  it('a day back: no number is issued again, the service day stays, and tickets in service survive the correction', () => {
    const m = new SimulatedMachine();
    const { s } = branchOn(m);
    const a1 = issue(s);
    issue(s);
    s.counters.open('l1', cso);
    s.engine.callNext('l1', cso);
    s.engine.start(a1.id, cso);
    m.pass(MIN);
    m.setWall(-DAY);
    m.pass(MIN);
    const a3 = issue(s);
    expect(a3.number).toBe('A-003');
    expect(a3.serviceDay).toBe('2026-11-23');
    runHousekeeping(s);
    // Corrected: the ticket in service and the waiting one are still there.
    m.setWall(DAY);
    m.pass(MIN);
    runHousekeeping(s);
    expect(issue(s).number).toBe('A-004');
    expect(statuses(s)).toEqual([
      { number: 'A-001', status: 'serving', day: '2026-11-23' },
      { number: 'A-002', status: 'waiting', day: '2026-11-23' },
      { number: 'A-003', status: 'waiting', day: '2026-11-23' },
      { number: 'A-004', status: 'waiting', day: '2026-11-23' },
    ]);
  });

  it('a day forward: the tick and the next writes close nothing while visitors wait; the supervisor confirming closes the day', () => {
    const m = new SimulatedMachine();
    const { s, clockGuard } = branchOn(m);
    issue(s);
    issue(s);
    m.setWall(DAY);
    m.pass(MIN);
    runHousekeeping(s);
    expect(issue(s)).toMatchObject({ number: 'A-003', serviceDay: '2026-11-23' });
    expect(statuses(s).map((t) => t.status)).toEqual(['waiting', 'waiting', 'waiting']);
    expect(clockGuard.status()).toMatchObject({ state: 'jumped', direction: 'forward' });

    // The supervisor says the new date is right (the server had been a day behind): now it closes.
    clockGuard.confirm('kepala');
    runHousekeeping(s);
    expect(statuses(s).map((t) => t.status)).toEqual(['expired', 'expired', 'expired']);
    expect(issue(s)).toMatchObject({ number: 'A-001', serviceDay: '2026-11-24' });
  });

  it('a real midnight, counted by the monotonic clock, still closes the day', () => {
    const m = new SimulatedMachine();
    const { s } = branchOn(m);
    issue(s);
    m.pass(15 * 60 * MIN); // 10:00 -> 01:00 the next day
    runHousekeeping(s);
    expect(statuses(s)).toEqual([{ number: 'A-001', status: 'expired', day: '2026-11-23' }]);
    expect(issue(s)).toMatchObject({ number: 'A-001', serviceDay: '2026-11-24' });
  });

  it('a restart with the clock a day back keeps numbering and expires nothing', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'kiosk-clock-'));
    dirs.push(dataDir);
    const m = new SimulatedMachine();
    const first = branchOn(m, dataDir).s;
    issue(first);
    issue(first);
    first.db.close();

    m.pass(2 * MIN);
    m.setWall(-DAY);
    const probe = makeTestServices({ dataDir });
    const latest = new ClockRepository(probe.db).latestRecordedAt();
    probe.db.close();
    expect(latest).toBe(START);
    const again = branchOn(m, dataDir, latest).s;
    again.engine.closePastDays();
    expect(issue(again)).toMatchObject({ number: 'A-003', serviceDay: '2026-11-23' });
    expect(statuses(again).map((t) => t.status)).toEqual(['waiting', 'waiting', 'waiting']);
    again.db.close();
  });

  it('without the guard, a clock that goes back (a confirmed earlier clock) still never moves the service day back', () => {
    const s = makeTestServices({ config: smallBranchConfig() });
    issue(s);
    s.clock.advanceMinutes(-24 * 60);
    expect(issue(s)).toMatchObject({ number: 'A-002', serviceDay: '2026-11-23' });
    s.engine.closePastDays();
    expect(statuses(s).map((t) => t.status)).toEqual(['waiting', 'waiting']);
  });
});

describe('the supervisor routes', () => {
  it('GET /api/admin/clock shows the jump; POST /api/admin/clock/confirm accepts it once, audited', async () => {
    const m = new SimulatedMachine();
    const server = await startTestServer({ config: smallBranchConfig(), clockGuard: m.guard() });
    try {
      const token = await server.login();
      expect((await server.api('GET', '/api/admin/clock', { token })).body).toMatchObject({ state: 'ok', offsetMs: 0 });
      expect((await server.api('POST', '/api/admin/clock/confirm', { token })).status).toBe(409);
      m.setWall(-DAY);
      const jumped = (await server.api('GET', '/api/admin/clock', { token })).body;
      expect(jumped).toMatchObject({ state: 'jumped', direction: 'backward', serverTime: new Date(START).toISOString() });
      const confirmed = await server.api('POST', '/api/admin/clock/confirm', { token });
      expect(confirmed.status).toBe(200);
      expect(confirmed.body.message).toMatch(/tidak mundur/);
      expect(confirmed.body.clock.state).toBe('ok');
      const trail = server.services.db.prepare("SELECT actor, detail FROM audit WHERE action = 'settings.clock_confirmed'").all();
      expect(trail).toEqual([{ actor: 'admin', detail: expect.stringContaining('backward') }]);
      // A phone gets nothing.
      expect((await fetch(`${server.url}/api/admin/clock`)).status).toBe(401);
    } finally {
      await server.close();
    }
  });
});
