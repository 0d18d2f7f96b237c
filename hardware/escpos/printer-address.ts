/**
 * Where a printer is, as written in configuration or KIOSK_PRINTER: "tcp://10.0.0.5:9100",
 * "usb:/dev/usb/lp0", "simulated" or "none". Parsed strictly; a typo is a clear error at start-up.
 */
export type PrinterAddress =
  | { kind: 'tcp'; host: string; port: number }
  | { kind: 'usblp'; devicePath: string }
  | { kind: 'simulated' }
  | { kind: 'none' };

export type ParsedAddress = { ok: true; address: PrinterAddress } | { ok: false; message: string };

export function parsePrinterAddress(raw: string): ParsedAddress {
  const value = raw.trim();
  if (value === 'simulated' || value === 'sim') return { ok: true, address: { kind: 'simulated' } };
  if (value === 'none' || value === 'off') return { ok: true, address: { kind: 'none' } };
  const tcp = /^tcp:\/\/(\[[0-9a-fA-F:.]+\]|[A-Za-z0-9.-]+)(?::(\d{1,5}))?\/?$/.exec(value);
  if (tcp) {
    const port = tcp[2] === undefined ? 9100 : Number(tcp[2]);
    if (port < 1 || port > 65535) return { ok: false, message: `port printer "${tcp[2] ?? ''}" tidak valid (1-65535)` };
    const host = (tcp[1] ?? '').replace(/^\[|\]$/g, '');
    return { ok: true, address: { kind: 'tcp', host, port } };
  }
  const usb = /^usb:(\/dev\/[A-Za-z0-9._/-]+)$/.exec(value);
  if (usb && !value.includes('..')) return { ok: true, address: { kind: 'usblp', devicePath: usb[1] ?? '' } };
  return { ok: false, message: `alamat printer "${value.slice(0, 80)}" tidak dikenal: gunakan tcp://host:port, usb:/dev/usb/lp0, simulated atau none` };
}
