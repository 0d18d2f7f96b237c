/** The live connection on a simulated clock: reconnects, replay, watchdog, stale streams, resync. */
import { describe, expect, it } from 'vitest';
import { createActor, SimulatedClock } from 'xstate';
import type { QueueEvent } from '../../../shared/contracts/events.ts';
import { liveMachine, type LiveMessage, type LiveState } from './live.machine.ts';
import { FakeSource, settle, snapshotAt } from './live-test-support.ts';

const ev = (id: number): QueueEvent => ({ id, type: 'day.closed', at: '2026-11-21T03:00:00.000Z', data: { serviceDay: '2026-11-20', expired: 0 } });

function harness(server: { value: number | 'down' }, timing: { watchdogMs?: number } = {}, onSessionEnded?: (message: string) => void) {
  const clock = new SimulatedClock();
  const sources: FakeSource[] = [];
  const snapshots: Array<[number, string]> = [];
  const events: number[] = [];
  const states: LiveState[] = [];
  const fetched: string[] = [];
  const notify = (m: LiveMessage): void => {
    if (m.type === 'live.snapshot') snapshots.push([m.snapshot.lastEventId, m.mode]);
    if (m.type === 'live.event') events.push(m.event.id);
    if (m.type === 'live.status') states.push(m.state);
  };
  const deps = {
    fetchJson: async (url: string) => {
      fetched.push(url);
      if (server.value === 'down') throw new Error('ECONNREFUSED');
      return snapshotAt(server.value);
    },
    openEvents: (url: string) => {
      const s = new FakeSource(url);
      sources.push(s);
      return s;
    },
    random: () => 1,
    ...(onSessionEnded ? { onSessionEnded } : {}),
  };
  const actor = createActor(liveMachine, { clock, input: { deps, notify, timing: { watchdogMs: timing.watchdogMs ?? 60_000, reconcileMs: 100 } } }).start();
  const advance = async (ms: number): Promise<void> => {
    await settle();
    clock.increment(ms);
    await settle();
  };
  return { actor, clock, advance, sources, snapshots, events, states, fetched, last: () => sources[sources.length - 1] };
}

describe('live connection machine', () => {
  it('tells the page when the staff stream says the session ended, with the server\'s reason; nonsense is ignored', async () => {
    const ended: string[] = [];
    const h = harness({ value: 10 }, {}, (m) => ended.push(m));
    await h.advance(0);
    h.last()?.open();
    h.last()?.emit('{"reason":"teleported","message":"x"}', 'session.ended');
    h.last()?.emit('not json', 'session.ended');
    expect(ended).toEqual([]);
    h.last()?.emit(JSON.stringify({ reason: 'disabled', message: 'Sesi Anda berakhir karena akun Anda dinonaktifkan oleh administrator.' }), 'session.ended');
    expect(ended).toEqual(['Sesi Anda berakhir karena akun Anda dinonaktifkan oleh administrator.']);
    h.actor.stop();
  });

  it('a refresh while waiting out a backoff reconnects at once (an officer just signed in)', async () => {
    const server: { value: number | 'down' } = { value: 'down' };
    const h = harness(server);
    for (let i = 0; i < 4; i++) await h.advance(8000);
    const before = h.fetched.length;
    server.value = 5;
    h.actor.send({ type: 'refresh' });
    await h.advance(0);
    expect(h.fetched.length).toBe(before + 1);
    expect(h.sources).toHaveLength(1);
    h.actor.stop();
  });

  it('fetches a snapshot, then streams from its last event id', async () => {
    const h = harness({ value: 10 });
    await h.advance(0);
    expect(h.snapshots).toEqual([[10, 'fresh']]);
    expect(h.last()?.url).toBe('/api/events?lastEventId=10');
    h.last()?.open();
    h.last()?.emit(ev(11));
    h.last()?.emit(ev(11)); // a duplicate delivery
    h.last()?.emit(ev(12));
    expect(h.events).toEqual([11, 12]);
    expect(h.states).toEqual(['connecting', 'live']);
    h.actor.stop();
  });

  it('drops payloads that are not events of the contract instead of crashing', async () => {
    const h = harness({ value: 0 });
    await h.advance(0);
    h.last()?.emit('not json');
    h.last()?.emit(JSON.stringify({ id: 'x', type: 1 }));
    // A known type with a payload that is not its payload, and a type the contract does not have.
    h.last()?.emit(JSON.stringify({ id: 1, type: 'ticket.called', at: 'x', data: null }), 'ticket.called');
    h.last()?.emit(JSON.stringify({ id: 2, type: 'ticket.teleported', at: 'x', data: {} }));
    h.last()?.emit(ev(3));
    expect(h.events).toEqual([3]);
    h.actor.stop();
  });

  it('after a stream error reconnects with backoff, from the last event it saw, with a fresh snapshot', async () => {
    const server: { value: number | 'down' } = { value: 10 };
    const h = harness(server);
    await h.advance(0);
    h.last()?.open();
    h.last()?.emit(ev(11));
    server.value = 'down';
    h.last()?.fail();
    expect(h.sources[0]?.closed).toBe(true);
    expect(h.states.at(-1)).toBe('offline');
    await h.advance(999);
    expect(h.fetched).toHaveLength(1); // the first retry waits its full second
    await h.advance(1); // first retry: server still down, the next waits 2 s
    expect(h.fetched).toHaveLength(2);
    expect(h.sources).toHaveLength(1);
    server.value = 14; // back, with three events made while we were away
    await h.advance(1999);
    expect(h.sources).toHaveLength(1);
    await h.advance(1);
    expect(h.sources).toHaveLength(2);
    expect(h.last()?.url).toBe('/api/events?lastEventId=11');
    expect(h.snapshots.at(-1)).toEqual([14, 'fresh']);
    h.last()?.open();
    expect(h.states.at(-1)).toBe('live');
    h.actor.stop();
  });

  it('backs off 1, 2, 4, 8, 15, 15 s while the server stays down, and starts again at 1 s once live', async () => {
    const server: { value: number | 'down' } = { value: 'down' };
    const h = harness(server);
    const waits: number[] = [];
    for (let i = 0; i < 6; i++) {
      const before = h.fetched.length;
      let waited = 0;
      while (h.fetched.length === before) {
        await h.advance(500);
        waited += 500;
      }
      waits.push(waited);
    }
    expect(waits).toEqual([1000, 2000, 4000, 8000, 15_000, 15_000]);
    server.value = 1;
    await h.advance(15_000);
    h.last()?.open();
    h.last()?.fail();
    server.value = 'down';
    const before = h.fetched.length;
    await h.advance(1000);
    expect(h.fetched.length).toBe(before + 1);
    h.actor.stop();
  });

  it('reads a server whose event log restarted from its own snapshot position', async () => {
    const server: { value: number | 'down' } = { value: 50 };
    const h = harness(server);
    await h.advance(0);
    h.last()?.emit(ev(51));
    server.value = 3;
    h.last()?.fail();
    await h.advance(1000);
    expect(h.last()?.url).toBe('/api/events?lastEventId=3');
    h.actor.stop();
  });

  it('fetches a snapshot shortly after events to correct counts, once for a burst', async () => {
    const h = harness({ value: 10 });
    await h.advance(0);
    h.last()?.emit(ev(11));
    await h.advance(50);
    h.last()?.emit(ev(12));
    await h.advance(99);
    expect(h.snapshots).toEqual([[10, 'fresh']]);
    await h.advance(1);
    expect(h.snapshots).toEqual([[10, 'fresh'], [10, 'refresh']]);
    h.actor.stop();
  });

  it('reconnects a stream that went silent while the server moved on', async () => {
    const server = { value: 10 };
    const h = harness(server);
    await h.advance(0);
    h.last()?.open();
    server.value = 12; // events 11, 12 happened but never arrived
    h.actor.send({ type: 'refresh' });
    await h.advance(2999);
    expect(h.sources).toHaveLength(1);
    await h.advance(1);
    expect(h.sources).toHaveLength(2);
    expect(h.sources[0]?.closed).toBe(true);
    expect(h.last()?.url).toBe('/api/events?lastEventId=10');
    h.actor.stop();
  });

  it('keeps a stream that caught up within the grace period', async () => {
    const server = { value: 10 };
    const h = harness(server);
    await h.advance(0);
    h.last()?.open();
    server.value = 11;
    h.actor.send({ type: 'refresh' });
    await h.advance(1000);
    h.last()?.emit(ev(11)); // late, but it came
    await h.advance(5000);
    expect(h.sources).toHaveLength(1);
    h.actor.stop();
  });

  it('on resync (too far behind to replay) starts again from a fresh snapshot', async () => {
    const server = { value: 10 };
    const h = harness(server);
    await h.advance(0);
    server.value = 5000;
    h.last()?.emit('{}', 'resync');
    await h.advance(0);
    expect(h.last()?.url).toBe('/api/events?lastEventId=5000');
    expect(h.snapshots.at(-1)).toEqual([5000, 'fresh']);
    h.actor.stop();
  });

  it('drops a stream that looks open when the watchdog cannot reach the server (network loss)', async () => {
    const server: { value: number | 'down' } = { value: 10 };
    const h = harness(server, { watchdogMs: 10_000 });
    await h.advance(0);
    h.last()?.open();
    await h.advance(10_000); // a watchdog snapshot that answers changes nothing
    expect(h.snapshots.at(-1)).toEqual([10, 'refresh']);
    expect(h.sources).toHaveLength(1);
    server.value = 'down'; // cable out: the stream shows no error, but nothing answers
    await h.advance(10_000);
    expect(h.sources[0]?.closed).toBe(true);
    expect(h.states.at(-1)).toBe('offline');
    server.value = 11;
    await h.advance(1000);
    expect(h.sources).toHaveLength(2);
    expect(h.last()?.url).toBe('/api/events?lastEventId=10');
    h.actor.stop();
  });

  it('stops everything when stopped', async () => {
    const h = harness({ value: 1 });
    await h.advance(0);
    h.actor.stop();
    expect(h.last()?.closed).toBe(true);
    await h.advance(120_000);
    expect(h.sources).toHaveLength(1);
    expect(h.fetched).toHaveLength(1);
  });
});
