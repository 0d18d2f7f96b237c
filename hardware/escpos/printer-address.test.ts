import { describe, expect, it } from 'vitest';
import { parsePrinterAddress } from './printer-address.ts';

describe('printer addresses from configuration', () => {
  it('reads tcp, usb, simulated and none', () => {
    expect(parsePrinterAddress('tcp://10.0.0.5:9101')).toEqual({ ok: true, address: { kind: 'tcp', host: '10.0.0.5', port: 9101 } });
    expect(parsePrinterAddress(' tcp://printer-kiosk.local ')).toEqual({ ok: true, address: { kind: 'tcp', host: 'printer-kiosk.local', port: 9100 } });
    expect(parsePrinterAddress('tcp://[fe80::1]:9100')).toEqual({ ok: true, address: { kind: 'tcp', host: 'fe80::1', port: 9100 } });
    expect(parsePrinterAddress('usb:/dev/usb/lp0')).toEqual({ ok: true, address: { kind: 'usblp', devicePath: '/dev/usb/lp0' } });
    expect(parsePrinterAddress('simulated')).toEqual({ ok: true, address: { kind: 'simulated' } });
    expect(parsePrinterAddress('none')).toEqual({ ok: true, address: { kind: 'none' } });
  });

  it('rejects what it does not understand, saying what is allowed', () => {
    for (const bad of ['http://10.0.0.5', 'tcp://10.0.0.5:70000', 'usb:/etc/../dev/lp0', 'usb:relative', '', 'tcp://a b']) {
      const parsed = parsePrinterAddress(bad);
      expect(parsed.ok).toBe(false);
    }
    expect(parsePrinterAddress('lp0')).toMatchObject({ ok: false, message: expect.stringContaining('tcp://host:port') });
  });
});
