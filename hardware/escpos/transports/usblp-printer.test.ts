import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UsbLpPrinter, usbErrorReason } from './usblp-printer.ts';

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kios-usblp-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('Linux usblp printer (device file stand-in)', () => {
  it('writes the job bytes to the device and reports it printed but unconfirmed (one-way)', async () => {
    const device = join(dir, 'lp0');
    await writeFile(device, '');
    const printer = new UsbLpPrinter({ devicePath: device });
    const bytes = new Uint8Array([0x1b, 0x40, 0x41, 0x0a]);
    expect(await printer.print({ id: 'j', bytes })).toEqual({ outcome: 'printed', confirmed: false, condition: 'unknown' });
    expect(new Uint8Array(await readFile(device))).toEqual(bytes);
    expect(await printer.queryStatus()).toEqual({ condition: 'unknown', detail: 'printer tidak mengirim status (satu arah)' });
  });

  it('unplugged (no device file): fails as offline with a clear reason', async () => {
    const printer = new UsbLpPrinter({ devicePath: join(dir, 'lp9') });
    expect(await printer.print({ id: 'j', bytes: new Uint8Array([0x0a]) })).toEqual({
      outcome: 'failed', condition: 'offline', reason: 'printer USB tidak ditemukan (kabel dicabut atau mati)',
    });
    expect((await printer.queryStatus()).condition).toBe('offline');
  });

  it('maps device errors to reasons staff can act on', () => {
    const withCode = (code: string): Error => Object.assign(new Error(code), { code });
    expect(usbErrorReason(withCode('EACCES'))).toBe('tidak ada izin ke printer USB (tambahkan pengguna layanan ke grup lp)');
    expect(usbErrorReason(withCode('EBUSY'))).toBe('printer USB sedang dipakai program lain');
    expect(usbErrorReason(withCode('ENODEV'))).toBe('printer USB tidak ditemukan (kabel dicabut atau mati)');
  });

  it('bidirectional but silent (nothing to read): status unknown, printing still goes ahead', async () => {
    const device = join(dir, 'lp1');
    await writeFile(device, '');
    const printer = new UsbLpPrinter({ devicePath: device, bidirectional: true, timeouts: { statusMs: 50 } });
    expect((await printer.queryStatus()).condition).toBe('unknown');
    expect(await printer.print({ id: 'j', bytes: new Uint8Array([0x41]) })).toMatchObject({ outcome: 'printed', confirmed: false });
  });
});
