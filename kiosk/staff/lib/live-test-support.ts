/**
 * A fake queue-server for the staff pages' machine tests: snapshots on demand and event sources
 * the test opens, fails and feeds. The clock is XState's SimulatedClock; promises are real, so
 * `settle()` lets them resolve between clock steps.
 */
import type { QueueEvent } from '../../../shared/contracts/events.ts';
import type { QueueSnapshotDto } from '../../../shared/contracts/queue.ts';
import type { EventSourceLike, LiveDeps } from './live.machine.ts';

export class FakeSource implements EventSourceLike {
  onopen: ((ev: Event) => unknown) | null = null;
  onerror: ((ev: Event) => unknown) | null = null;
  onmessage: ((ev: MessageEvent) => unknown) | null = null;
  listeners = new Map<string, Array<(ev: MessageEvent) => void>>();
  closed = false;
  constructor(readonly url: string) {}
  addEventListener(type: string, l: (ev: MessageEvent) => void): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), l]);
  }
  close(): void {
    this.closed = true;
  }
  open(): void {
    this.onopen?.(new Event('open'));
  }
  fail(): void {
    this.onerror?.(new Event('error'));
  }
  emit(e: QueueEvent | string, name = typeof e === 'string' ? 'message' : e.type): void {
    const data = typeof e === 'string' ? e : JSON.stringify(e);
    const m = new MessageEvent(name, { data });
    if (name === 'message') this.onmessage?.(m);
    for (const l of this.listeners.get(name) ?? []) l(m);
  }
}

export const snapshotAt = (lastEventId: number, over: Partial<QueueSnapshotDto> = {}): QueueSnapshotDto => ({
  branch: { code: 'X', name: 'Cabang', timeZone: 'Asia/Jakarta', runningText: '' },
  serviceDay: '2026-11-21',
  generatedAt: '2026-11-21T03:00:00.000Z',
  lastEventId,
  rules: { recall: { maxRecalls: 3, minIntervalSeconds: 20, missedReturnMinutes: 30 } },
  services: [],
  counters: [],
  recentCalls: [],
  missed: [],
  ...over,
});

/** Lets pending promises settle (the clock is simulated, promises are real). */
export async function settle(): Promise<void> {
  for (let i = 0; i < 10; i++) await Promise.resolve();
}

export function fakeServer(initial: QueueSnapshotDto | 'down') {
  const server = { snapshot: initial as QueueSnapshotDto | 'down', sources: [] as FakeSource[], fetched: [] as string[] };
  const deps: LiveDeps = {
    fetchJson: async (url) => {
      server.fetched.push(url);
      if (server.snapshot === 'down') throw new Error('ECONNREFUSED');
      return server.snapshot;
    },
    openEvents: (url) => {
      const s = new FakeSource(url);
      server.sources.push(s);
      return s;
    },
    random: () => 1,
  };
  return { server, deps, last: () => server.sources[server.sources.length - 1] };
}
