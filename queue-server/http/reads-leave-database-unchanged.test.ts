/**
 * A read never writes: not even the first read after the branch's local midnight closes the past
 * day. The day is closed by the housekeeping tick (or the first write of the new day) instead.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { KIOSK_ACTOR } from '../engine/actor.ts';
import { runHousekeeping } from '../housekeeping.ts';
import { officer } from '../testing/fixtures.ts';
import { startTestServer } from '../testing/http.ts';

type TestServer = Awaited<ReturnType<typeof startTestServer>>;
let server: TestServer;
afterEach(async () => server?.close());

// 23:50 WIB on 23 November.
const BEFORE_MIDNIGHT = '2026-11-23T16:50:00Z';

async function branchAtMidnight() {
  server = await startTestServer({ start: BEFORE_MIDNIGHT });
  const s = server.services;
  const waiting = s.engine.issue({ serviceId: 'jht', fastTrack: null }, KIOSK_ACTOR).ticket;
  s.engine.issue({ serviceId: 'jht', fastTrack: 'elderly' }, KIOSK_ACTOR);
  s.counters.open('loket-1', officer(1));
  const called = s.engine.callNext('loket-1', officer(1));
  s.help.raise('kios-1', null);
  const token = await server.login();
  s.clock.advanceMinutes(15); // 00:05 WIB on 24 November: yesterday is still open in the database
  return { s, token, waiting, calledId: called?.id ?? '' };
}

describe('reads leave the database unchanged', () => {
  it('every GET after local midnight, public and staff, writes nothing; the housekeeping tick then closes the day', async () => {
    const { s, token, waiting, calledId } = await branchAtMidnight();
    const before = Buffer.from(s.db.serialize());

    const reads: [string, boolean][] = [
      ['/healthz', false],
      ['/api/services', false],
      ['/api/queue', false],
      ['/api/counters', false],
      [`/api/tickets/${waiting.id}/status`, false],
      [`/tiket/${waiting.id}`, false],
      ['/api/tickets', true],
      ['/api/tickets?date=2026-11-23', true],
      [`/api/tickets/${calledId}`, true],
      ['/api/supervisor/overview', true],
      ['/api/help-requests', true],
      ['/api/auth/me', true],
      ['/api/users', true],
      ['/api/faq/feedback/summary', true],
    ];
    for (const [path, staff] of reads) {
      const res = await fetch(server.url + path, { headers: staff ? { authorization: `Bearer ${token}` } : {} });
      expect(res.status, path).toBe(200);
      await res.arrayBuffer();
    }
    expect(s.engine.ticketsOfDay('2026-11-23').map((t) => t.status)).toEqual(['waiting', 'called']);
    expect(Buffer.from(s.db.serialize()).equals(before)).toBe(true);

    runHousekeeping(s);
    expect(s.engine.ticketsOfDay('2026-11-23').map((t) => [t.status, t.closedReason])).toEqual([
      ['expired', 'hari_berakhir'],
      ['expired', 'hari_berakhir'],
    ]);
    expect(s.views.counters().find((c) => c.id === 'loket-1')).toMatchObject({ state: 'closed', current: null });
    expect(s.events.after(0, 1000).map((e) => e.type)).toContain('day.closed');
  });

  it('the first write of the new day closes the past day before it acts, without waiting for the tick', async () => {
    const { s } = await branchAtMidnight();
    const issued = s.engine.issue({ serviceId: 'jht', fastTrack: null }, KIOSK_ACTOR).ticket;
    expect(issued).toMatchObject({ number: 'A-001', serviceDay: '2026-11-24' });
    expect(s.engine.ticketsOfDay('2026-11-23').every((t) => t.status === 'expired')).toBe(true);
  });
});
