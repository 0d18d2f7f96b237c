import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { afterEach, describe, expect, it } from 'vitest';
import { decodeEscPos, printedLines } from '../decode.ts';
import { encodeDocument } from '../encode.ts';
import { PrintQueue } from '../print-queue.ts';
import type { PrinterPort } from '../printer-port.ts';
import { sampleTicket, TICKET_URL } from '../test-fixtures/documents.ts';
import { TcpPrinter } from '../transports/tcp-printer.ts';
import { FakeNetworkPrinter, type FakePrinterOptions } from './fake-network-printer.ts';

const FAST = { connectMs: 500, statusMs: 150, writeMs: 1000, confirmMs: 400 };
const ticketBytes = encodeDocument(sampleTicket('80mm'));
const running: FakeNetworkPrinter[] = [];

async function start(options: FakePrinterOptions): Promise<{ sim: FakeNetworkPrinter; printer: TcpPrinter }> {
  const sim = await FakeNetworkPrinter.start(options);
  running.push(sim);
  return { sim, printer: new TcpPrinter({ host: '127.0.0.1', port: sim.port, timeouts: FAST }) };
}

afterEach(async () => {
  await Promise.all(running.splice(0).map((s) => s.stop()));
});

async function unusedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('TCP printer against the fake network printer', () => {
  it('ready: prints, confirms with GS r, and the rendered job decodes to the ticket URL', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kios-sim-'));
    try {
      const { sim, printer } = await start({ scenario: 'ready', outputDir: dir });
      const jobDone = sim.nextJob();
      expect(await printer.print({ id: 'A-012', bytes: ticketBytes })).toEqual({ outcome: 'printed', confirmed: true, condition: 'ok' });
      const job = await jobDone;
      expect(job).toMatchObject({ printed: true, complete: true });
      expect(printedLines(decodeEscPos(job.bytes).commands).some((l) => l.includes('A-012'))).toBe(true);
      const png = PNG.sync.read(await readFile(job.pngPath ?? ''));
      expect(jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data).toBe(TICKET_URL);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('paper near end: still prints, and reports the warning', async () => {
    const { printer } = await start({ scenario: 'paper-near-end' });
    expect(await printer.queryStatus()).toEqual({ condition: 'paper-near-end', detail: 'kertas hampir habis' });
    expect(await printer.print({ id: 'j', bytes: ticketBytes })).toEqual({ outcome: 'printed', confirmed: true, condition: 'paper-near-end' });
  });

  it.each([
    ['paper-out', 'kertas habis'],
    ['cover-open', 'tutup printer terbuka'],
    ['offline', 'printer tidak terhubung'],
  ] as const)('%s: the job is not sent, and the failure says why in Indonesian', async (scenario, reason) => {
    const { sim, printer } = await start({ scenario });
    expect(await printer.print({ id: 'j', bytes: ticketBytes })).toEqual({ outcome: 'failed', condition: scenario, reason });
    await new Promise((r) => setTimeout(r, 30));
    expect(sim.jobs).toEqual([]);
  });

  it('powered off (connection refused): fails fast as offline', async () => {
    const printer = new TcpPrinter({ host: '127.0.0.1', port: await unusedPort(), timeouts: FAST });
    const started = Date.now();
    const attempt = await printer.print({ id: 'j', bytes: ticketBytes });
    expect(attempt).toMatchObject({ outcome: 'failed', condition: 'offline', reason: 'printer menolak sambungan (mati atau port salah)' });
    expect(Date.now() - started).toBeLessThan(FAST.connectMs);
    expect((await printer.queryStatus()).condition).toBe('offline');
  });

  it('slow: waits for the printer and still confirms', async () => {
    const { sim, printer } = await start({ scenario: 'slow', slowMs: 60 });
    const started = Date.now();
    expect(await printer.print({ id: 'j', bytes: ticketBytes })).toMatchObject({ outcome: 'printed', confirmed: true });
    expect(Date.now() - started).toBeGreaterThanOrEqual(60);
    expect((await sim.nextJob()).printed).toBe(true);
  });

  it('ignores status queries: status is unknown (never ok), the job still prints unconfirmed', async () => {
    const { sim, printer } = await start({ scenario: 'ignores-status' });
    expect((await printer.queryStatus()).condition).toBe('unknown');
    const jobDone = sim.nextJob();
    expect(await printer.print({ id: 'j', bytes: ticketBytes })).toEqual({ outcome: 'printed', confirmed: false, condition: 'unknown' });
    expect((await jobDone).printed).toBe(true);
  });

  it('cable pulled mid-job: the outcome is unknown, within the confirm timeout', async () => {
    const { sim, printer } = await start({ scenario: 'cable-pulled', failAfterBytes: 150 });
    const started = Date.now();
    const attempt = await printer.print({ id: 'j', bytes: ticketBytes });
    expect(attempt.outcome).toBe('unknown');
    expect(Date.now() - started).toBeLessThan(FAST.writeMs + FAST.confirmMs + 600);
    expect(sim.jobs[0]).toMatchObject({ complete: false });
  });

  it('connection dropped mid-job: unknown, and the queue does not send it again by itself', async () => {
    const { sim, printer } = await start({ scenario: 'drops-mid-job', failAfterBytes: 150 });
    const queue = new PrintQueue(printer, { now: Date.now });
    const record = await queue.submit({ id: 'A-012', title: 'Tiket A-012', bytes: ticketBytes }).done;
    expect(record).toMatchObject({ state: 'unknown', confirmed: false });
    expect(record.reason).toMatch(/terputus|konfirmasi/);
    await new Promise((r) => setTimeout(r, 100));
    expect(sim.jobs).toHaveLength(1);
    expect(queue.pending).toBe(0);
  });

  it('concurrent jobs are serialised: one connection at a time, all printed, in order', async () => {
    const { sim, printer } = await start({ scenario: 'ready' });
    let inFlight = 0;
    let peakInFlight = 0;
    const counting: PrinterPort = {
      kind: printer.kind, address: printer.address, queryStatus: () => printer.queryStatus(), close: () => printer.close(),
      print: async (job) => {
        peakInFlight = Math.max(peakInFlight, ++inFlight);
        try {
          return await printer.print(job);
        } finally {
          inFlight--;
        }
      },
    };
    const queue = new PrintQueue(counting, { now: Date.now });
    const numbers = ['A-001', 'A-002', 'A-003', 'A-004', 'A-005'];
    const records = await Promise.all(
      numbers.map((n) => queue.submit({ id: n, title: n, bytes: new TextEncoder().encode(`\x1b@${n}\n\x1dV\x01`) }).done),
    );
    expect(records.map((r) => r.state)).toEqual(numbers.map(() => 'printed'));
    await new Promise((r) => setTimeout(r, 50));
    expect(peakInFlight).toBe(1);
    expect(sim.peakConnections).toBe(1);
    expect(sim.jobs.map((j) => printedLines(decodeEscPos(j.bytes).commands)[0])).toEqual(numbers);
  });

  it('without the queue, a second simultaneous connection is dropped by the printer', async () => {
    const { printer } = await start({ scenario: 'slow', slowMs: 40 });
    const outcomes = await Promise.all([printer.print({ id: 'a', bytes: ticketBytes }), printer.print({ id: 'b', bytes: ticketBytes })]);
    expect(outcomes.map((o) => o.outcome).sort()).toEqual(['failed', 'printed']);
  });
});
