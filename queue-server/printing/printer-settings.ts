/**
 * Printer addresses and paper widths set on the administration page (the "printers" settings
 * section): checked with the same address parser as the branch file's "printing" section, and
 * turned into the entry the printer registry builds a port from. The branch file's entry for
 * that printer (cutter, code page …) is kept; only the address and the paper change.
 */
import type { BranchConfig, PrinterSetting } from '../../shared/contracts/branch-config.ts';
import { AppError } from '../../shared/errors.ts';
import { parsePrinterAddress } from '../../hardware/escpos/printer-address.ts';
import { DEFAULT_PROFILE } from '../../hardware/escpos/profile.ts';
import type { PrinterEntry } from './printing-config.ts';

const COUNTER_PRINTER_PREFIX = 'loket-';

/** The counter a printer id stands at ("loket-loket-1" -> "loket-1"), null for the kiosk printer. */
export function counterOfPrinter(printerId: string): string | null {
  return printerId.startsWith(COUNTER_PRINTER_PREFIX) ? printerId.slice(COUNTER_PRINTER_PREFIX.length) : null;
}

/** Throws settings.invalid (400, Indonesian) naming each bad entry; nothing is saved then. */
export function checkPrinterSettings(settings: readonly PrinterSetting[], live: BranchConfig): void {
  const counters = new Set(live.counters.map((c) => c.id));
  const seen = new Set<string>();
  const lines: string[] = [];
  for (const s of settings) {
    const label = `Printer ${s.id}`;
    if (seen.has(s.id)) lines.push(`${label}: disebut lebih dari sekali`);
    seen.add(s.id);
    const counterId = counterOfPrinter(s.id);
    if (counterId !== null && !counters.has(counterId)) lines.push(`${label}: loket "${counterId}" tidak ada`);
    const parsed = parsePrinterAddress(s.address);
    if (!parsed.ok) lines.push(`${label}: ${parsed.message}`);
  }
  if (lines.length > 0) throw new AppError({ code: 'settings.invalid', message: `Pengaturan tidak dapat disimpan: ${lines.join('; ')}.`, details: { issues: lines } });
}

/** The entry a setting makes, over the branch file's entry for the printer when there is one. */
export function entryOfSetting(setting: PrinterSetting, fileEntry: PrinterEntry | undefined): PrinterEntry {
  const parsed = parsePrinterAddress(setting.address);
  if (!parsed.ok) throw new AppError({ code: 'settings.invalid', message: `Pengaturan tidak dapat disimpan: Printer ${setting.id}: ${parsed.message}.` });
  const base = fileEntry ?? { address: parsed.address, bidirectional: false, profile: DEFAULT_PROFILE };
  return { ...base, address: parsed.address, profile: { ...base.profile, paper: setting.paperWidth } };
}

/** The address as an administrator writes it (the form the parser reads back). */
export function addressText(entry: PrinterEntry): string {
  const a = entry.address;
  switch (a.kind) {
    case 'tcp':
      return `tcp://${a.host.includes(':') ? `[${a.host}]` : a.host}:${a.port}`;
    case 'usblp':
      return `usb:${a.devicePath}`;
    case 'simulated':
      return 'simulated';
    case 'none':
      return 'none';
  }
}
