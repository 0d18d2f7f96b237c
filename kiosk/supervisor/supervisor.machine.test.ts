/** The supervisor page's actor on a simulated clock: when the overview reloads, help resolving. */
import { describe, expect, it } from 'vitest';
import { createActor, fromPromise, SimulatedClock } from 'xstate';
import type { OverviewDto } from '../../shared/contracts/queue.ts';
import { fakeServer, settle, snapshotAt } from '../staff/lib/live-test-support.ts';
import { StaffApiError } from '../staff/lib/staff-api.ts';
import { supervisorMachine } from './supervisor.machine.ts';

const overview = (longestWaitMinutes: number): OverviewDto => ({
  generatedAt: '2026-11-21T03:00:00.000Z', serviceDay: '2026-11-21', targets: { waitMinutes: 30, fastTrackWaitMinutes: 10 },
  counters: [], services: [], longestWaitMinutes, longestFastTrackWaitMinutes: 0, alerts: [], helpRequests: [],
});
const called = (id: number) => ({ id, type: 'counter.updated' as const, at: '2026-11-21T03:00:00.000Z', data: { counterId: 'l1', state: 'open' as const, pauseReason: null } });

function harness(resolve: (id: number) => Promise<void> = async () => undefined, server: { down: boolean } = { down: false }) {
  const clock = new SimulatedClock();
  const fake = fakeServer(snapshotAt(5, { branch: { code: 'X', name: 'Cabang', timeZone: 'Asia/Makassar', runningText: '' } }));
  let loads = 0;
  const resolved: number[] = [];
  const machine = supervisorMachine.provide({
    actors: {
      loadOverview: fromPromise<OverviewDto | null>(async () => {
        ++loads;
        if (server.down) throw new StaffApiError('server', 'Server antrean sedang bermasalah. Coba lagi sebentar.', 503, 'unavailable');
        return overview(loads);
      }),
      resolveHelp: fromPromise<void, { id: number }>(async ({ input }) => {
        resolved.push(input.id);
        await resolve(input.id);
      }),
    },
  });
  const actor = createActor(machine, { clock, input: { liveDeps: fake.deps } }).start();
  const advance = async (ms: number) => {
    await settle();
    clock.increment(ms);
    await settle();
  };
  return { actor, advance, fake, resolved, loads: () => loads, context: () => actor.getSnapshot().context };
}

describe('supervisor page actor', () => {
  it('loads at once, again 300 ms after the snapshot, and takes the branch time zone', async () => {
    const h = harness();
    await h.advance(0);
    expect(h.loads()).toBe(1);
    expect(h.context().timeZone).toBe('Asia/Makassar');
    await h.advance(299);
    expect(h.loads()).toBe(1);
    await h.advance(1);
    expect(h.loads()).toBe(2);
    expect(h.context().overview?.longestWaitMinutes).toBe(2);
    h.actor.stop();
  });

  it('debounces a burst of events into one load, and reloads every 15 s when nothing happens', async () => {
    const h = harness();
    await h.advance(300);
    const before = h.loads();
    for (let i = 6; i < 10; i++) {
      h.fake.last()?.emit(called(i));
      await h.advance(100);
    }
    expect(h.loads()).toBe(before);
    await h.advance(200);
    expect(h.loads()).toBe(before + 1);
    await h.advance(14_999);
    expect(h.loads()).toBe(before + 1);
    await h.advance(1);
    expect(h.loads()).toBe(before + 2);
    h.actor.stop();
  });

  it('resolves one help request at a time, and a request someone else resolved is not an error', async () => {
    let finish: () => void = () => undefined;
    const h = harness((id) => (id === 1 ? new Promise<void>((r) => (finish = r)) : Promise.reject(new StaffApiError('rejected', 'Permintaan bantuan ini sudah ditangani.', 409, 'help.already_resolved'))));
    await h.advance(300);
    h.actor.send({ type: 'help.resolve', id: 1 });
    h.actor.send({ type: 'help.resolve', id: 2 });
    expect(h.context().busyHelpId).toBe(1);
    const loads = h.loads();
    finish();
    await h.advance(0);
    expect(h.context().busyHelpId).toBeNull();
    expect(h.loads()).toBe(loads + 1);
    h.actor.send({ type: 'help.resolve', id: 2 });
    await h.advance(0);
    expect(h.resolved).toEqual([1, 2]);
    expect(h.context().error).toBeNull();
    h.actor.stop();
  });

  it('keeps the last overview and shows the server words when a load fails', async () => {
    const server = { down: false };
    const h = harness(async () => undefined, server);
    await h.advance(300);
    server.down = true;
    await h.advance(15_000);
    expect(h.context().error).toBe('Server antrean sedang bermasalah. Coba lagi sebentar.');
    expect(h.context().overview?.longestWaitMinutes).toBe(2);
    server.down = false;
    await h.advance(15_000);
    expect(h.context().error).toBeNull();
    h.actor.stop();
  });
});
