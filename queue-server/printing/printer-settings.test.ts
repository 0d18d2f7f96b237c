/**
 * Printer address and paper width from the administration page (PUT /api/admin/settings/printers):
 * applied without a restart, a job already on the old printer finishes there, a bad address is
 * refused in Indonesian with nothing changed, and the setting is kept in the database.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FakeNetworkPrinter } from '../../hardware/escpos/sim/fake-network-printer.ts';
import { decodeEscPos, printedLines } from '../../hardware/escpos/decode.ts';
import { checkedFetch } from '../testing/contract-check.ts';
import { makeTestServices } from '../testing/fixtures.ts';
import { printingServerPerTest } from '../testing/printing-server.ts';

const server = printingServerPerTest();
const others: FakeNetworkPrinter[] = [];
afterEach(async () => {
  await Promise.all(others.splice(0).map((p) => p.stop()));
});

interface PrinterRow {
  printerId: string;
  address: string;
  setting?: string;
  paperWidth?: string;
}

async function start(scenario: 'ready' | 'slow' = 'ready') {
  const running = await server.start({ scenario });
  const { base, staff } = running;
  const serviceId = running.branch.services[0]?.id ?? '';
  const call = async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
    const res = await checkedFetch(`${base}${path}`, { method, headers: { ...staff, ...headers }, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  };
  const issue = async () => (await checkedFetch(`${base}/api/tickets`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ serviceId }) })).json() as Promise<{ ticket: { number: string }; print: { status: string } }>;
  const kiosk = async () => ((await call('GET', '/api/printers')).body.printers as PrinterRow[]).find((p) => p.printerId === 'kiosk');
  const version = async () => ((await call('GET', '/api/admin/settings')).body.versions as Record<string, { version: number }>).printers?.version ?? -1;
  return { ...running, call, issue, kiosk, version };
}

async function anotherPrinter(): Promise<FakeNetworkPrinter> {
  const p = await FakeNetworkPrinter.start({ scenario: 'ready' });
  others.push(p);
  return p;
}

const ticketNumbersOn = (p: FakeNetworkPrinter): string[] =>
  p.jobs.flatMap((j) => printedLines(decodeEscPos(j.bytes).commands).filter((line) => /^[A-Z]-\d{3}$/.test(line.trim())).map((line) => line.trim()));

describe('printer settings from the administration page', () => {
  it('moves the kiosk printer to another address and 58 mm paper at once: the next ticket prints there', async () => {
    const s = await start();
    const other = await anotherPrinter();
    const address = `tcp://127.0.0.1:${other.port}`;
    const before = await s.version();
    const saved = await s.call('PUT', '/api/admin/settings/printers', { printers: [{ id: 'kiosk', address, paperWidth: '58mm' }] }, { 'if-match': `"${before}"` });
    expect(saved.status).toBe(200);
    expect(saved.body.applied).toBe('now');
    expect(saved.body.message).toBe('Printer tersimpan dan berlaku sekarang.');
    expect(await s.kiosk()).toMatchObject({ address, setting: address, paperWidth: '58mm' });
    expect((saved.body.settings as { printers: unknown }).printers).toEqual([{ id: 'kiosk', address, paperWidth: '58mm' }]);

    const jobsOnOld = s.sim.jobs.length;
    const issued = await s.issue();
    expect(issued.print.status).toBe('printed');
    expect(ticketNumbersOn(other)).toEqual([issued.ticket.number]);
    expect(s.sim.jobs.length).toBe(jobsOnOld);
    // Laid out for 58 mm: no printed line is wider than its 32 columns.
    const lines = other.jobs.flatMap((j) => printedLines(decodeEscPos(j.bytes).commands));
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(32);

    // The change is recorded and moved the section's version: a save from the old one is refused.
    expect(await s.version()).toBeGreaterThan(before);
    const stale = await s.call('PUT', '/api/admin/settings/printers', { printers: [{ id: 'kiosk', address: 'simulated', paperWidth: '80mm' }] }, { 'if-match': `"${before}"` });
    expect(stale.status).toBe(409);
    expect(await s.kiosk()).toMatchObject({ address });
  });

  it('a ticket already printing on the old address finishes there; the next goes to the new one', async () => {
    const s = await start('slow');
    const other = await anotherPrinter();
    const first = await s.issue();
    expect(first.print.status).toBe('queued');
    const saved = await s.call('PUT', '/api/admin/settings/printers', { printers: [{ id: 'kiosk', address: `tcp://127.0.0.1:${other.port}`, paperWidth: '80mm' }] });
    expect(saved.status).toBe(200);
    const second = await s.issue();
    expect(second.print.status).toBe('printed');
    expect(ticketNumbersOn(other)).toEqual([second.ticket.number]);
    // The first job was neither dropped nor moved: it ends on the old (slow, single-connection) printer with
    // that printer's answer; the new printer only ever saw the second ticket.
    const firstJob = async () => ((await s.call('GET', '/api/print-jobs')).body.jobs as { title: string; state: string; reason: string | null }[]).find((j) => j.title.includes(first.ticket.number));
    await expect.poll(async () => (await firstJob())?.state, { timeout: 25_000, interval: 250 }).not.toMatch(/queued|printing/);
    expect(ticketNumbersOn(other)).toEqual([second.ticket.number]);
  }, 40_000);

  it('"none" takes the kiosk printer away (tickets answer skipped) and a later address brings it back', async () => {
    const s = await start();
    const other = await anotherPrinter();
    expect((await s.call('PUT', '/api/admin/settings/printers', { printers: [{ id: 'kiosk', address: 'none', paperWidth: '80mm' }] })).status).toBe(200);
    expect(await s.kiosk()).toBeUndefined();
    expect((await s.issue()).print.status).toBe('skipped');
    expect((await s.call('PUT', '/api/admin/settings/printers', { printers: [{ id: 'kiosk', address: `tcp://127.0.0.1:${other.port}`, paperWidth: '80mm' }] })).status).toBe(200);
    const back = await s.issue();
    expect(back.print.status).toBe('printed');
    expect(ticketNumbersOn(other)).toEqual([back.ticket.number]);
  });

  it('a bad address or an unknown counter answers 400 in Indonesian and changes nothing', async () => {
    const s = await start();
    const was = await s.kiosk();
    const bad = await s.call('PUT', '/api/admin/settings/printers', { printers: [{ id: 'kiosk', address: 'ftp://printer', paperWidth: '80mm' }] });
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatchObject({ code: 'settings.invalid' });
    expect(JSON.stringify(bad.body)).toContain('alamat printer \\"ftp://printer\\" tidak dikenal');
    const port = await s.call('PUT', '/api/admin/settings/printers', { printers: [{ id: 'kiosk', address: 'tcp://10.0.0.5:70000', paperWidth: '80mm' }] });
    expect(port.status).toBe(400);
    expect(JSON.stringify(port.body)).toContain('tidak valid (1-65535)');
    const counter = await s.call('PUT', '/api/admin/settings/printers', { printers: [{ id: 'loket-tidak-ada', address: 'simulated', paperWidth: '80mm' }] });
    expect(counter.status).toBe(400);
    expect(JSON.stringify(counter.body)).toContain('loket \\"tidak-ada\\" tidak ada');
    const paper = await s.call('PUT', '/api/admin/settings/printers', { printers: [{ id: 'kiosk', address: 'simulated', paperWidth: '76mm' }] });
    expect(paper.status).toBe(400);
    expect(JSON.stringify(paper.body)).toContain('lebar kertas harus 58mm atau 80mm');
    expect(await s.kiosk()).toEqual(was);
    expect((await s.call('GET', '/api/admin/settings')).body.settings).not.toHaveProperty('printers');
    expect((await s.issue()).print.status).toBe('printed');
  });
});

describe('printer settings are kept', () => {
  it('a restart on the same database prints on the address set from the page, not the branch file\'s', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kios-printer-restart-'));
    try {
      const databaseFile = join(dir, 'queue.db');
      const other = await anotherPrinter();
      const first = await server.start({ scenario: 'ready', databaseFile });
      const put = await checkedFetch(`${first.base}/api/admin/settings/printers`, { method: 'PUT', headers: first.staff, body: JSON.stringify({ printers: [{ id: 'kiosk', address: `tcp://127.0.0.1:${other.port}`, paperWidth: '58mm' }] }) });
      expect(put.status).toBe(200);
      await first.close();
      const again = await server.start({ scenario: 'ready', databaseFile });
      const serviceId = again.branch.services[0]?.id ?? '';
      const issued = (await (await checkedFetch(`${again.base}/api/tickets`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ serviceId }) })).json()) as { ticket: { number: string }; print: { status: string } };
      expect(issued.print.status).toBe('printed');
      expect(ticketNumbersOn(other)).toEqual([issued.ticket.number]);
      expect(ticketNumbersOn(again.sim)).toEqual([]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('a restart on the same database keeps the printer setting over the branch file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kios-printer-settings-'));
    try {
      const file = join(dir, 'queue.db');
      const first = makeTestServices({ dataDir: file });
      first.settings.change({ section: 'printers', body: { printers: [{ id: 'kiosk', address: 'tcp://10.0.0.7:9100', paperWidth: '58mm' }] } }, { userId: null, username: 'admin', role: 'admin' });
      first.db.close();
      const again = makeTestServices({ dataDir: file });
      expect(again.config.printers).toEqual([{ id: 'kiosk', address: 'tcp://10.0.0.7:9100', paperWidth: '58mm' }]);
      again.db.close();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
