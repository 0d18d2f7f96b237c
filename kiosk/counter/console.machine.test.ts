/** The CSO console's actor on a simulated clock: staff data reloads, messages, counter state. */
import { describe, expect, it } from 'vitest';
import { createActor, fromPromise, SimulatedClock } from 'xstate';
import type { OverviewDto } from '../../shared/contracts/queue.ts';
import type { TicketDto } from '../../shared/contracts/tickets.ts';
import { fakeServer, settle, snapshotAt } from '../staff/lib/live-test-support.ts';
import { StaffApiError } from '../staff/lib/staff-api.ts';
import { consoleMachine, type StaffData } from './console.machine.ts';

const counters = [{ id: 'loket-1', name: 'Loket 1', spokenNumber: 1, serviceIds: ['jht'], state: 'closed' as const, current: null }];
const ticket = (status: TicketDto['status']): TicketDto => ({
  id: 't-1', number: 'A-001', serviceId: 'jht', originServiceId: 'jht', serviceDay: '2026-11-21', fastTrack: null, status, issuedAt: '2026-11-21T03:00:00.000Z',
  calledAt: null, startedAt: null, finishedAt: null, missedAt: null, counterId: 'loket-1', recallCount: 0, callRule: null, closedReason: null,
});

function harness(load: () => Promise<StaffData | null>, onChime: () => void = () => undefined) {
  const clock = new SimulatedClock();
  const fake = fakeServer(snapshotAt(3, { counters }));
  let loads = 0;
  const machine = consoleMachine.provide({
    actions: { chimeHelp: onChime },
    actors: {
      loadStaff: fromPromise<StaffData | null>(async () => {
        loads++;
        return load();
      }),
    },
  });
  const actor = createActor(machine, { clock, input: { liveDeps: fake.deps, counterId: 'loket-1' } }).start();
  const advance = async (ms: number) => {
    await settle();
    clock.increment(ms);
    await settle();
  };
  return { actor, fake, advance, loads: () => loads, context: () => actor.getSnapshot().context };
}

describe('console page actor', () => {
  it('loads the staff data 150 ms after the snapshot, once for a burst of events', async () => {
    const h = harness(async () => ({ tickets: [ticket('waiting')], overview: null }));
    await h.advance(149);
    expect(h.context().snapshot?.counters[0]?.id).toBe('loket-1');
    expect(h.loads()).toBe(0);
    await h.advance(1);
    expect(h.loads()).toBe(1);
    expect(h.context().tickets.map((t) => t.status)).toEqual(['waiting']);
    const change = { id: 4, type: 'counter.updated' as const, at: 'x', data: { counterId: 'loket-1', state: 'open' as const, pauseReason: null } };
    h.fake.last()?.emit(change);
    await h.advance(100);
    h.fake.last()?.emit({ ...change, id: 5 });
    await h.advance(149);
    expect(h.loads()).toBe(1);
    await h.advance(1);
    expect(h.loads()).toBe(2);
    h.actor.stop();
  });

  it('a press that answers updates the ticket and the counter state at once', async () => {
    const h = harness(async () => null);
    await h.advance(0);
    h.actor.send({ type: 'counter.patch', counterId: 'loket-1', state: 'open' });
    h.actor.send({ type: 'ticket.upsert', ticket: ticket('called') });
    h.actor.send({ type: 'ticket.upsert', ticket: ticket('serving') });
    expect(h.context().snapshot?.counters[0]?.state).toBe('open');
    expect(h.context().tickets.map((t) => t.status)).toEqual(['serving']);
    h.actor.stop();
  });

  it("a failed reload shows the server words, but never over a press's own failure", async () => {
    const h = harness(async () => {
      throw new StaffApiError('server', 'Server antrean sedang bermasalah. Coba lagi sebentar.', 503, 'unavailable');
    });
    await h.advance(150);
    expect(h.context().message).toEqual({ text: 'Server antrean sedang bermasalah. Coba lagi sebentar.', error: true });
    h.actor.send({ type: 'say', text: 'Loket 1 sedang dipakai petugas lain.', error: true });
    h.actor.send({ type: 'staff.refresh' });
    await h.advance(0);
    expect(h.context().message?.text).toBe('Loket 1 sedang dipakai petugas lain.');
    h.actor.stop();
  });

  it('chimes once for each new help request from the kiosk, not on every reload', async () => {
    let open: number[] = [];
    let chimes = 0;
    const help = (id: number) => ({ id, source: 'kios-1', note: null, status: 'open' as const, createdAt: '2026-11-21T03:00:00.000Z', resolvedAt: null, resolvedBy: null });
    const overview = (): OverviewDto => ({
      generatedAt: '2026-11-21T03:00:00.000Z', serviceDay: '2026-11-21', targets: { waitMinutes: 30, fastTrackWaitMinutes: 10 }, counters: [], services: [],
      longestWaitMinutes: 0, longestFastTrackWaitMinutes: 0, alerts: [], helpRequests: open.map(help),
    });
    const h = harness(async () => ({ tickets: [], overview: overview() }), () => chimes++);
    await h.advance(150);
    expect(chimes).toBe(0);
    open = [7];
    h.actor.send({ type: 'staff.refresh' });
    await h.advance(0);
    expect(chimes).toBe(1);
    h.actor.send({ type: 'staff.refresh' });
    await h.advance(0);
    expect(chimes).toBe(1);
    open = [7, 8];
    h.actor.send({ type: 'staff.refresh' });
    await h.advance(0);
    expect(chimes).toBe(2);
    expect(h.context().heardHelpIds).toEqual([7, 8]);
    h.actor.stop();
  });

  it('an expired session is not a message: the sign-in page shows instead', async () => {
    const h = harness(async () => {
      throw new StaffApiError('unauthorized', 'Sesi berakhir.', 401, 'auth.required');
    });
    await h.advance(150);
    expect(h.context().message).toBeNull();
    h.actor.stop();
  });
});
