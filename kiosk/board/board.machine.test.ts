/** The board page's actor: snapshot and events in, the board and the calls to announce out. */
import { describe, expect, it } from 'vitest';
import { createActor, SimulatedClock } from 'xstate';
import type { QueueEvent } from '../../shared/contracts/events.ts';
import { fakeServer, settle, snapshotAt } from '../staff/lib/live-test-support.ts';
import { boardMachine, type Announcement } from './board.machine.ts';

const counters = [{ id: 'l1', name: 'Loket 1', spokenNumber: 1, serviceIds: ['klaim'], state: 'open' as const, current: null }];
const services = [{ id: 'klaim', prefix: 'A', name: 'Klaim JHT', description: 'x', waiting: 2, estimatedWaitMinutes: 10, openCounters: 1 }];
const ticket = { id: 't-1', number: 'A-001', serviceId: 'klaim', status: 'called' as const, counterId: 'l1', isFastTrack: false, calledAt: '2026-11-21T03:00:05.000Z' };
const call = (id: number): QueueEvent => ({ id, type: 'ticket.called', at: '2026-11-21T03:00:05.000Z', data: { ticket, counterId: 'l1' } });

function harness() {
  const clock = new SimulatedClock();
  // The TV clock is two seconds ahead of the server's.
  const fake = fakeServer(snapshotAt(10, { counters, services, generatedAt: '2026-11-21T03:00:00.000Z' }));
  const announced: Announcement[] = [];
  const machine = boardMachine.provide({ actions: { announce: (_, a: Announcement) => void announced.push(a) } });
  const actor = createActor(machine, { clock, input: { liveDeps: fake.deps, audio: 'loading', now: () => Date.parse('2026-11-21T03:00:02.000Z') } }).start();
  const advance = async (ms: number) => {
    await settle();
    clock.increment(ms);
    await settle();
  };
  return { actor, fake, announced, advance, context: () => actor.getSnapshot().context };
}

describe('board page actor', () => {
  it('shows the snapshot, then a call at once, and asks to announce it with the clock offset', async () => {
    const h = harness();
    await h.advance(0);
    expect(h.context().board?.services[0]?.waiting).toBe(2);
    expect(h.context().clockOffsetMs).toBe(2000);
    h.fake.last()?.open();
    expect(h.context().live).toBe('live');
    h.fake.last()?.emit(call(11));
    expect(h.context().board?.nowCalling?.ticket.number).toBe('A-001');
    expect(h.context().board?.services[0]?.waiting).toBe(1);
    expect(h.announced).toEqual([{ request: expect.objectContaining({ label: 'A-001 → Loket 1', at: call(11).at }), clockOffsetMs: 2000 }]);
    h.actor.stop();
  });

  it('keeps a call newer than a refresh snapshot (rebase), and says offline when the stream drops', async () => {
    const h = harness();
    await h.advance(0);
    h.fake.last()?.open();
    h.fake.last()?.emit(call(11));
    await h.advance(400); // the reconcile snapshot still says 10: the call is applied again on top
    expect(h.fake.server.fetched).toHaveLength(2);
    expect(h.context().board?.nowCalling?.ticket.id).toBe('t-1');
    h.fake.server.snapshot = 'down';
    h.fake.last()?.fail();
    expect(h.context().live).toBe('offline');
    h.actor.send({ type: 'audio.status', status: 'blocked' });
    expect(h.context().audio).toBe('blocked');
    h.actor.stop();
  });
});
