/**
 * Reprints are known by their flag (the job they copy), never by the words printed on them, and
 * their records live in SQLite so the staff page still lists them after a restart.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { text, type PrintDocument } from '../../shared/print/document.ts';
import { decodeEscPos, printedLines } from '../../hardware/escpos/decode.ts';
import { DEFAULT_BRANCH_CONFIG, loadBranchFile } from '../config.ts';
import { openDatabase } from '../store/database.ts';
import { PrintReprintRepository } from '../store/print-reprint-repository.ts';
import { PrintService, type ReprintRecord } from './print-service.ts';
import type { ReprintLog } from './reprint-log.ts';

const file = loadBranchFile(DEFAULT_BRANCH_CONFIG);
const cso = { userId: 3, username: 'cso3' };
let dataDir = '';
const running: PrintService[] = [];

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'kios-reprint-'));
});
afterEach(async () => {
  await Promise.all(running.splice(0).map((s) => s.stop()));
  await rm(dataDir, { recursive: true, force: true });
});

function printService(reprintLog?: ReprintLog) {
  const s = new PrintService({
    branch: file.branch, config: file.printing, dataDir, baseUrl: 'http://10.0.0.2:3000', now: Date.now, log: () => undefined,
    ...(reprintLog ? { reprintLog } : {}),
  });
  running.push(s);
  return s;
}

/** The lines the simulated kiosk printer received for a job. */
async function linesOf(s: PrintService, jobId: string): Promise<string[]> {
  await s.job(jobId)?.done;
  return printedLines(decodeEscPos(await readFile(join(dataDir, 'printer-sim', 'kiosk', `${jobId}.bin`))).commands);
}

const note = (first: string): PrintDocument => ({ kind: 'checklist', title: 'Catatan', paper: '80mm', blocks: [text(first), text('baris kedua')] });

describe('reprints', () => {
  it('a reprint of a reprint carries one fresh mark; the stored document never carries it', async () => {
    const s = printService();
    s.submit('kiosk', note('Nomor A-007'), { jobId: 'cat-1' });
    const first = s.reprint('cat-1', { staff: cso });
    const second = s.reprint('cat-1-ulang-1', { staff: cso });
    expect([first?.reprintOf, second?.reprintOf]).toEqual(['cat-1', 'cat-1-ulang-1']);
    expect(second?.document).toEqual(s.job('cat-1')?.document);
    const printed = await linesOf(s, 'cat-1-ulang-1-ulang-1');
    expect(printed.filter((l) => l.includes('CETAK ULANG'))).toHaveLength(1);
    expect(printed.join('\n')).toMatch(/CETAK ULANG \d\d\.\d\d WIB\n.*Nomor A-007/s);
    expect((await linesOf(s, 'cat-1')).filter((l) => l.includes('CETAK ULANG'))).toEqual([]);
  });

  it('a first print whose text happens to begin with "CETAK ULANG" keeps that line when reprinted', async () => {
    const s = printService();
    s.submit('kiosk', note('CETAK ULANG KARTU PESERTA'), { jobId: 'cat-2' });
    s.reprint('cat-2', { staff: cso });
    const printed = await linesOf(s, 'cat-2-ulang-1');
    expect(printed.join('\n')).toMatch(/CETAK ULANG \d\d\.\d\d WIB[\s\S]*CETAK ULANG KARTU PESERTA[\s\S]*baris kedua/);
  });

  it('records are kept in SQLite: after a restart they are still listed and the next reprint is numbered after them', async () => {
    const db = openDatabase(':memory:');
    const before = printService(new PrintReprintRepository(db));
    before.submit('kiosk', note('Nomor B-001'), { jobId: 'cat-3', ticketId: 'T3' });
    before.reprint('cat-3', { staff: cso, reason: 'kertas robek' });
    await before.stop();

    const after = printService(new PrintReprintRepository(db));
    expect(after.reprints()).toEqual([
      { at: expect.any(Number), jobId: 'cat-3-ulang-1', originalJobId: 'cat-3', printerId: 'kiosk', ticketId: 'T3', staff: cso, reason: 'kertas robek' } satisfies ReprintRecord,
    ]);
    after.submit('kiosk', note('Nomor B-001'), { jobId: 'cat-3', ticketId: 'T3' });
    expect(after.reprint('cat-3', { staff: cso })?.record.id).toBe('cat-3-ulang-2');
    expect(after.reprints().map((r) => r.jobId)).toEqual(['cat-3-ulang-1', 'cat-3-ulang-2']);
  });
});
