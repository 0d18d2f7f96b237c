import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { IssuedTicketDto } from '../../shared/contracts/http.ts';
import { decodeEscPos, printedLines } from '../../hardware/escpos/decode.ts';
import { FakeNetworkPrinter, type SimScenario } from '../../hardware/escpos/sim/fake-network-printer.ts';
import { TcpPrinter } from '../../hardware/escpos/transports/tcp-printer.ts';
import { DEFAULT_BRANCH_CONFIG, loadBranchConfig, parseBranchFile } from '../config.ts';
import { PrintService, type PrinterView, type ReprintRecord } from './print-service.ts';

const branch = loadBranchConfig(DEFAULT_BRANCH_CONFIG);
const FAST = { connectMs: 500, statusMs: 150, writeMs: 800, confirmMs: 300 };

const ticket = (id = 'T1', number = 'A-007'): IssuedTicketDto => ({
  id, number, serviceId: branch.services[0]?.id ?? 'jht', originServiceId: branch.services[0]?.id ?? 'jht', serviceDay: '2026-11-23',
  fastTrack: 'pregnant', status: 'waiting', issuedAt: '2026-11-23T02:00:00.000Z', calledAt: null, startedAt: null, finishedAt: null,
  missedAt: null, counterId: null, recallCount: 0, callRule: null, closedReason: null, ahead: 3, estimatedWaitMinutes: 12, openCounters: 1,
});

let dataDir = '';
const sims: FakeNetworkPrinter[] = [];
const services: PrintService[] = [];

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'kios-print-'));
});
afterEach(async () => {
  await Promise.all(services.splice(0).map((s) => s.stop()));
  await Promise.all(sims.splice(0).map((s) => s.stop()));
  await rm(dataDir, { recursive: true, force: true });
});

function service(options: { env?: NodeJS.ProcessEnv; section?: object; sim?: FakeNetworkPrinter } = {}) {
  const healthChanges: PrinterView[] = [];
  const reprints: ReprintRecord[] = [];
  const logs: string[] = [];
  const config = parseBranchFile(JSON.stringify({ ...branch, printing: { issueWaitMs: 1500, ...options.section } }), 'uji', options.env ?? {}).printing;
  const sim = options.sim;
  const s = new PrintService({
    branch, config, dataDir, baseUrl: 'http://192.168.10.2:3000/', now: Date.now, log: (m) => void logs.push(m),
    onHealthChange: (view) => void healthChanges.push(view),
    onReprint: (r) => void reprints.push(r),
    ...(sim ? { createPort: () => new TcpPrinter({ host: '127.0.0.1', port: sim.port, timeouts: FAST }) } : {}),
  });
  services.push(s);
  return { s, healthChanges, reprints, logs };
}

async function fakePrinter(scenario: SimScenario, extra: { slowMs?: number; failAfterBytes?: number } = {}) {
  const sim = await FakeNetworkPrinter.start({ scenario, ...extra });
  sims.push(sim);
  return sim;
}

describe('PrintService', () => {
  it('prints the ticket on the default simulated printer, whose picture carries the status URL QR', async () => {
    const { s } = service();
    expect(await s.printTicket(ticket())).toEqual({ status: 'printed' });
    await s.stop(); // the preview picture is drawn after the answer; stop() waits for it
    const folder = join(dataDir, 'printer-sim', 'kiosk');
    expect((await readdir(folder)).sort()).toEqual(['tiket-T1.bin', 'tiket-T1.png']);
    const png = PNG.sync.read(await readFile(join(folder, 'tiket-T1.png')));
    expect(jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data).toBe('http://192.168.10.2:3000/tiket/T1');
    const lines = printedLines(decodeEscPos(await readFile(join(folder, 'tiket-T1.bin'))).commands).join('\n');
    expect(lines).toContain('JALUR PRIORITAS');
    expect(lines).not.toMatch(/hamil|pregnant/i);
    expect(s.outcomeOf('T1')).toEqual({ status: 'printed' });
  });

  it('paper out: answers failed with an Indonesian reason and reports the printer health change', async () => {
    const sim = await fakePrinter('paper-out');
    const { s, healthChanges } = service({ sim });
    const outcome = await s.printTicket(ticket());
    expect(outcome.status).toBe('failed');
    expect(outcome.reason).toContain('kertas habis');
    expect(healthChanges.map((h) => [h.printerId, h.condition, h.label])).toEqual([['kiosk', 'paper-out', 'kertas habis']]);
  });

  it('a slow printer makes issuing answer "queued" within the bounded wait; the outcome is known later', async () => {
    const sim = await fakePrinter('slow', { slowMs: 60 });
    const { s } = service({ sim, section: { issueWaitMs: 20 } });
    const started = Date.now();
    expect(await s.printTicket(ticket())).toEqual({ status: 'queued', reason: 'Tiket sedang dicetak.' });
    expect(Date.now() - started).toBeLessThan(400);
    await s.job('tiket-T1')?.done;
    expect(s.outcomeOf('T1')).toEqual({ status: 'printed' });
  });

  it('unknown outcome (cable pulled): failed for the visitor, never resent, and a staff reprint is recorded', async () => {
    const sim = await fakePrinter('cable-pulled', { failAfterBytes: 100 });
    const { s, reprints } = service({ sim });
    const outcome = await s.printTicket(ticket());
    expect(outcome).toMatchObject({ status: 'failed', reason: expect.stringContaining('tidak memastikan') });
    expect(s.job('tiket-T1')?.record.state).toBe('unknown');
    await new Promise((r) => setTimeout(r, 100));
    expect(sim.jobs).toHaveLength(1);

    sim.scenario = 'ready';
    const reprinted = sim.nextJob();
    const reprint = s.reprint('tiket-T1', { staff: { userId: 7, username: 'cso7' }, reason: 'kertas tidak keluar' });
    expect(reprint?.record.id).toBe('tiket-T1-ulang-1');
    expect((await reprint?.done)?.state).toBe('printed');
    expect(reprints).toEqual([expect.objectContaining({ jobId: 'tiket-T1-ulang-1', originalJobId: 'tiket-T1', ticketId: 'T1', staff: { userId: 7, username: 'cso7' }, reason: 'kertas tidak keluar' })]);
    expect(printedLines(decodeEscPos((await reprinted).bytes).commands).join('\n')).toMatch(/CETAK ULANG \d\d\.\d\d WIB/);
  });

  it('KIOSK_PRINTER=none: tickets are "skipped", nothing breaks', async () => {
    const { s } = service({ env: { KIOSK_PRINTER: 'none' } });
    expect(await s.printTicket(ticket())).toMatchObject({ status: 'skipped' });
    expect(s.printerViews()).toEqual([]);
  });

  it('checks every printer and keeps counter printers by counter id', async () => {
    const counterId = branch.counters[0]?.id ?? 'x';
    const { s } = service({ section: { counters: { [counterId]: { address: 'simulated', paper: '58mm', cutter: 'none' }, 'tidak-ada': 'simulated' } } });
    await s.checkAll();
    expect(s.printerViews().map((p) => [p.printerId, p.counterId, p.condition, p.kind])).toEqual([
      ['kiosk', null, 'ok', 'simulated'],
      [`loket-${counterId}`, counterId, 'ok', 'simulated'],
    ]);
  });

  it('prints a checklist and a complaint receipt', async () => {
    const { s } = service();
    expect(await s.printChecklist({ title: 'Persyaratan klaim JHT', items: ['KTP elektronik', 'Kartu peserta'] })).toEqual({ status: 'printed' });
    expect(await s.printComplaintReceipt({
      referenceNumber: 'PGD-1', categoryLabel: 'Klaim', receivedAt: new Date(), dueDate: '2026-11-30', statusUrl: 'http://192.168.10.2:3000/pengaduan/PGD-1',
    })).toEqual({ status: 'printed' });
  });
});
