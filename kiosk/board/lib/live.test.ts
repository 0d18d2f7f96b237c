import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { QueueEvent, QueueSnapshotDto } from '../../../shared/contracts/index.ts';
import { connectLive, type EventSourceLike, type LiveDeps, type LiveState } from './live.ts';

class FakeSource implements EventSourceLike {
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

const snap = (lastEventId: number): QueueSnapshotDto => ({
  branch: { code: 'X', name: 'Cabang', timeZone: 'Asia/Jakarta', runningText: '' },
  serviceDay: '2026-11-21',
  generatedAt: '2026-11-21T03:00:00.000Z',
  lastEventId,
  rules: { recall: { maxRecalls: 3, minIntervalSeconds: 20, missedReturnMinutes: 30 } },
  services: [],
  counters: [],
  recentCalls: [],
  missed: [],
});
const ev = (id: number): QueueEvent => ({ id, type: 'ticket.issued', at: '2026-11-21T03:00:00.000Z', data: {} });

function harness(serverLastId: { value: number | 'down' }, watchdogMs = 60_000) {
  const sources: FakeSource[] = [];
  const snapshots: Array<[number, string]> = [];
  const events: number[] = [];
  const states: LiveState[] = [];
  const deps: LiveDeps = {
    fetchJson: async () => {
      if (serverLastId.value === 'down') throw new Error('ECONNREFUSED');
      return snap(serverLastId.value);
    },
    openEvents: (url) => {
      const s = new FakeSource(url);
      sources.push(s);
      return s;
    },
    random: () => 1,
  };
  const conn = connectLive(
    { onSnapshot: (s, mode) => snapshots.push([s.lastEventId, mode]), onEvent: (e) => events.push(e.id), onStatus: (s) => states.push(s) },
    deps,
    { watchdogMs, reconcileMs: 100 },
  );
  return { sources, snapshots, events, states, conn, last: () => sources[sources.length - 1] };
}

describe('connectLive', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it('fetches a snapshot, then streams from its last event id', async () => {
    const server = { value: 10 };
    const h = harness(server);
    await vi.advanceTimersByTimeAsync(0);
    expect(h.snapshots).toEqual([[10, 'fresh']]);
    expect(h.last()?.url).toBe('/api/events?lastEventId=10');
    h.last()?.open();
    h.last()?.emit(ev(11));
    h.last()?.emit(ev(11)); // a duplicate delivery
    h.last()?.emit(ev(12));
    expect(h.events).toEqual([11, 12]);
    expect(h.states).toContain('live');
    h.conn.close();
  });

  it('ignores payloads that are not events instead of crashing', async () => {
    const h = harness({ value: 0 });
    await vi.advanceTimersByTimeAsync(0);
    h.last()?.emit('not json');
    h.last()?.emit(JSON.stringify({ id: 'x', type: 1 }));
    h.last()?.emit(JSON.stringify({ id: 1, type: 'ticket.called', at: 'x', data: null }), 'ticket.called');
    expect(h.events).toEqual([1]);
    h.conn.close();
  });

  it('after a stream error reconnects with backoff, from the last event it saw, with a fresh snapshot', async () => {
    const server: { value: number | 'down' } = { value: 10 };
    const h = harness(server);
    await vi.advanceTimersByTimeAsync(0);
    h.last()?.open();
    h.last()?.emit(ev(11));
    server.value = 'down';
    h.last()?.fail();
    expect(h.sources[0]?.closed).toBe(true);
    expect(h.states.at(-1)).toBe('offline');
    await vi.advanceTimersByTimeAsync(1000); // first retry: server still down
    expect(h.sources).toHaveLength(1);
    server.value = 14; // back, with three events made while we were away
    await vi.advanceTimersByTimeAsync(2000);
    expect(h.sources).toHaveLength(2);
    expect(h.last()?.url).toBe('/api/events?lastEventId=11');
    expect(h.snapshots.at(-1)).toEqual([14, 'fresh']);
    h.conn.close();
  });

  it('reads a server whose event log restarted from its own snapshot position', async () => {
    const server: { value: number | 'down' } = { value: 50 };
    const h = harness(server);
    await vi.advanceTimersByTimeAsync(0);
    h.last()?.emit(ev(51));
    server.value = 3;
    h.last()?.fail();
    await vi.advanceTimersByTimeAsync(1000);
    expect(h.last()?.url).toBe('/api/events?lastEventId=3');
    h.conn.close();
  });

  it('fetches a snapshot shortly after events to correct counts', async () => {
    const h = harness({ value: 10 });
    await vi.advanceTimersByTimeAsync(0);
    h.last()?.emit(ev(11));
    await vi.advanceTimersByTimeAsync(150);
    expect(h.snapshots.at(-1)).toEqual([10, 'refresh']);
    h.conn.close();
  });

  it('reconnects a stream that went silent while the server moved on', async () => {
    const server = { value: 10 };
    const h = harness(server);
    await vi.advanceTimersByTimeAsync(0);
    h.last()?.open();
    server.value = 12; // events 11, 12 happened but never arrived
    h.conn.refresh();
    await vi.advanceTimersByTimeAsync(3100);
    expect(h.sources).toHaveLength(2);
    expect(h.sources[0]?.closed).toBe(true);
    expect(h.last()?.url).toBe('/api/events?lastEventId=10');
    h.conn.close();
  });

  it('on resync (too far behind to replay) starts again from a fresh snapshot', async () => {
    const server = { value: 10 };
    const h = harness(server);
    await vi.advanceTimersByTimeAsync(0);
    server.value = 5000;
    h.last()?.emit('{}', 'resync');
    await vi.advanceTimersByTimeAsync(0);
    expect(h.last()?.url).toBe('/api/events?lastEventId=5000');
    expect(h.snapshots.at(-1)).toEqual([5000, 'fresh']);
    h.conn.close();
  });

  it('drops a stream that looks open when the watchdog cannot reach the server (network loss)', async () => {
    const server: { value: number | 'down' } = { value: 10 };
    const h = harness(server, 10_000);
    await vi.advanceTimersByTimeAsync(0);
    h.last()?.open();
    server.value = 'down'; // cable out: the stream shows no error, but nothing answers
    await vi.advanceTimersByTimeAsync(10_000);
    expect(h.sources[0]?.closed).toBe(true);
    expect(h.states.at(-1)).toBe('offline');
    server.value = 11;
    await vi.advanceTimersByTimeAsync(1000);
    expect(h.sources).toHaveLength(2);
    expect(h.last()?.url).toBe('/api/events?lastEventId=10');
    h.conn.close();
  });

  it('stops everything on close', async () => {
    const h = harness({ value: 1 });
    await vi.advanceTimersByTimeAsync(0);
    h.conn.close();
    expect(h.last()?.closed).toBe(true);
    await vi.advanceTimersByTimeAsync(120_000);
    expect(h.sources).toHaveLength(1);
  });
});
