import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeDocument } from './encode.ts';
import { PrinterHealthTracker, type PrinterHealth } from './printer-health.ts';
import type { PrintAttempt, PrinterPort } from './printer-port.ts';
import { EXPIRED_REASON, PrintQueue, type JobState } from './print-queue.ts';
import { sampleTicket } from './test-fixtures/documents.ts';
import { safeFileStem, SimulatedPrinter } from './transports/simulated-printer.ts';

function scriptedPort(outcomes: Array<PrintAttempt | Error>): PrinterPort & { calls: string[] } {
  const calls: string[] = [];
  return {
    kind: 'simulated', address: 'test', calls,
    queryStatus: async () => ({ condition: 'ok' }),
    close: async () => undefined,
    print: async (job) => {
      calls.push(job.id);
      await new Promise((r) => setTimeout(r, 5));
      const next = outcomes.shift() ?? { outcome: 'printed', confirmed: true, condition: 'ok' };
      if (next instanceof Error) throw next;
      return next;
    },
  };
}

describe('print queue', () => {
  it('records each job through queued -> printing -> its outcome, and never retries by itself', async () => {
    const port = scriptedPort([{ outcome: 'failed', condition: 'paper-out', reason: 'kertas habis' }, new Error('socket hang up')]);
    const seen: Array<[string, JobState]> = [];
    const queue = new PrintQueue(port, { now: () => 1000, onJobChange: (r) => seen.push([r.id, r.state]) });
    const a = queue.submit({ id: 'a', title: 'Tiket A', bytes: new Uint8Array([1]) });
    const b = queue.submit({ id: 'b', title: 'Tiket B', bytes: new Uint8Array([2]) });
    expect(queue.pending).toBe(2);
    expect(await a.done).toMatchObject({ state: 'failed', reason: 'kertas habis', condition: 'paper-out' });
    expect(await b.done).toMatchObject({ state: 'unknown', reason: 'socket hang up' });
    expect(port.calls).toEqual(['a', 'b']);
    expect(seen).toEqual([['a', 'queued'], ['b', 'queued'], ['a', 'printing'], ['a', 'failed'], ['b', 'printing'], ['b', 'unknown']]);
    expect(queue.pending).toBe(0);
  });

  it('drops a job that waited past its expiry instead of printing it late', async () => {
    const port = scriptedPort([]);
    let clock = 0;
    const queue = new PrintQueue(port, { now: () => clock });
    const first = queue.submit({ id: 'a', title: 'a', bytes: new Uint8Array([1]) });
    const late = queue.submit({ id: 'b', title: 'b', bytes: new Uint8Array([2]), expiresAt: 10 });
    clock = 11;
    await first.done;
    expect(await late.done).toMatchObject({ state: 'failed', reason: EXPIRED_REASON });
    expect(port.calls).toEqual(['a']);
  });

  it('runs a status check only between jobs, never during one', async () => {
    const order: string[] = [];
    const port = scriptedPort([]);
    const queue = new PrintQueue(port, { now: Date.now });
    const job = queue.submit({ id: 'a', title: 'a', bytes: new Uint8Array([1]) }).done.then(() => order.push('job'));
    const check = queue.exclusive(async () => order.push('check'));
    await Promise.all([job, check]);
    expect(order).toEqual(['job', 'check']);
  });
});

describe('printer health', () => {
  it('tells listeners about changes only, and unsubscribing removes the listener', () => {
    const tracker = new PrinterHealthTracker();
    const changes: Array<[string, string | null]> = [];
    const stop = tracker.subscribe((now: PrinterHealth, before) => changes.push([now.condition, before?.condition ?? null]));
    tracker.record('kiosk', { condition: 'ok' }, 1);
    tracker.record('kiosk', { condition: 'ok' }, 2);
    tracker.record('kiosk', { condition: 'paper-out', detail: 'kertas habis' }, 3);
    expect(changes).toEqual([['ok', null], ['paper-out', 'ok']]);
    expect(tracker.get('kiosk')).toEqual({ printerId: 'kiosk', condition: 'paper-out', detail: 'kertas habis', checkedAt: 3 });
    stop();
    expect(tracker.listenerCount).toBe(0);
  });
});

describe('simulated printer', () => {
  it('keeps the raw bytes and a preview PNG of every job in its folder', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kios-simprinter-'));
    try {
      const printer = new SimulatedPrinter({ directory: dir, paper: '80mm' });
      expect(await printer.print({ id: '2026-11-21/A-012#1', bytes: encodeDocument(sampleTicket('80mm')) })).toMatchObject({ outcome: 'printed' });
      await printer.close();
      expect((await readdir(dir)).sort()).toEqual(['2026-11-21_A-012_1.bin', '2026-11-21_A-012_1.png']);
      printer.condition = 'paper-out';
      expect(await printer.print({ id: 'x', bytes: new Uint8Array([0x41]) })).toEqual({ outcome: 'failed', condition: 'paper-out', reason: 'kertas habis' });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('never lets a job id escape its folder', () => {
    for (const id of ['../../etc/passwd', '..', '/abs/path', 'a\\b']) {
      expect(safeFileStem(id)).toMatch(/^[A-Za-z0-9_-][A-Za-z0-9._-]*$/);
    }
    expect(safeFileStem('')).toBe('job');
  });
});
