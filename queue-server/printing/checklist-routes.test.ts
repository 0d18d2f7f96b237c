/**
 * "Cetak persyaratan" from an FAQ answer: POST /api/print/checklist {faqId} prints the documents the
 * server finds in its own FAQ data (never text from the request) on a fake network printer, and
 * says plainly why nothing was printed when it cannot.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decodeEscPos, printedLines } from '../../hardware/escpos/decode.ts';
import { FakeNetworkPrinter, type SimScenario } from '../../hardware/escpos/sim/fake-network-printer.ts';
import { checklistFor } from '../../shared/faq/index.ts';
import { DEFAULT_BRANCH_CONFIG, loadBranchConfig, readServerConfig } from '../config.ts';
import { createApp } from '../http/app.ts';
import { loadFaqDataset } from '../faq/faq-dataset.ts';
import { buildServices } from '../services.ts';
import { openDatabase } from '../store/database.ts';
import { wireHardware, type Hardware } from './wire-hardware.ts';

const branch = loadBranchConfig(DEFAULT_BRANCH_CONFIG);
const dataset = loadFaqDataset();
const checklistEntry = dataset?.entries.find((e) => e.duplicateOf === undefined && e.isChecklist && e.id.startsWith('jht-'));
const plainEntry = dataset?.entries.find((e) => !e.isChecklist && e.duplicateOf === undefined);
let dir = '';
let server: Server | null = null;
let sim: FakeNetworkPrinter | null = null;
let hardware: Hardware | null = null;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kios-faq-print-'));
});
afterEach(async () => {
  server?.close();
  server?.closeAllConnections();
  await sim?.stop();
  await hardware?.stop();
  server = null;
  sim = null;
  hardware = null;
  await rm(dir, { recursive: true, force: true });
});

async function startServer(scenario: SimScenario) {
  sim = await FakeNetworkPrinter.start({ scenario, slowMs: 3000 });
  const branchFile = join(dir, 'branch.json');
  await writeFile(branchFile, JSON.stringify({ ...branch, printing: { issueWaitMs: 1500 } }));
  const services = buildServices({ db: openDatabase(':memory:'), config: branch });
  const serverConfig = readServerConfig({ DATA_DIR: dir, BRANCH_CONFIG: branchFile, PORT: '0' });
  hardware = wireHardware({ services, server: serverConfig, branch, env: { KIOSK_PRINTER: `tcp://127.0.0.1:${sim.port}` }, log: () => undefined });
  const app = createApp(services, { printing: hardware.printing, extraRoutes: hardware.routes, log: () => undefined });
  const listening = app.listen(0, '127.0.0.1');
  server = listening;
  await new Promise<void>((resolve) => listening.once('listening', () => resolve()));
  const address: AddressInfo | string | null = listening.address();
  const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const post = async (body: unknown) => {
    const res = await fetch(`${base}/api/print/checklist`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const answer: unknown = await res.json();
    return { status: res.status, answer };
  };
  return { post };
}

describe('printing the checklist of an FAQ answer', () => {
  it('prints every document of the answer, from the server data, with the question as title', async () => {
    expect(checklistEntry).toBeDefined();
    const expected = dataset && checklistEntry ? checklistFor(dataset, checklistEntry.id) : undefined;
    expect(expected?.items.length).toBeGreaterThan(1);
    const { post } = await startServer('ready');
    const printed = sim?.nextJob();
    expect(await post({ faqId: checklistEntry?.id })).toEqual({ status: 200, answer: { print: { status: 'printed' } } });
    const lines = printedLines(decodeEscPos((await printed)?.bytes ?? new Uint8Array()).commands);
    expect(lines.filter((l) => l.startsWith('[ ] '))).toHaveLength(expected?.items.length ?? -1);
    expect(lines.join(' ')).toContain('Panduan Tanya Jawab');
  });

  it('paper out: answers failed with the reason the kiosk shows', async () => {
    const { post } = await startServer('paper-out');
    const { status, answer } = await post({ faqId: checklistEntry?.id });
    expect(status).toBe(200);
    expect(answer).toEqual({ print: { status: 'failed', reason: expect.stringContaining('kertas habis') } });
  });

  it('refuses an answer that is not a list, an unknown question, client text and bad ids, in Indonesian', async () => {
    const { post } = await startServer('ready');
    const cases: Array<[unknown, number]> = [
      [{ faqId: plainEntry?.id }, 400],
      [{ faqId: 'jht-tidakada' }, 404],
      [{ faqId: checklistEntry?.id, items: ['Bawa uang tunai Rp 5.000.000'] }, 400],
      [{ faqId: '../../etc/passwd' }, 400],
      [{ faqId: 42 }, 400],
      [{}, 400],
    ];
    for (const [body, status] of cases) {
      const res = await post(body);
      expect({ body, status: res.status }).toEqual({ body, status });
      expect(JSON.stringify(res.answer)).toMatch(/"message":"[^"]*[a-z]/);
    }
    expect(await post({ listId: 'klaim-jht' })).toMatchObject({ status: 200, answer: { print: { status: 'printed' } } });
  });
});
