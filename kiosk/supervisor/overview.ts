/**
 * What the supervisor page makes of GET /api/supervisor/overview (parsed with the contract's
 * overviewSchema): the alert lines and what each counter is doing.
 */
import type { CounterOverviewDto, OverviewDto } from '../../shared/contracts/queue.ts';
import type { PrinterViewDto } from '../../shared/contracts/printing.ts';
import { printerName, printerWarning } from '../../shared/i18n/officers-id.ts';

export type Overview = OverviewDto;
export type CounterOverview = CounterOverviewDto;

/** Printer conditions that need someone to walk to the printer. */
const PRINTER_OK = new Set(['ok']);
export const printerNeedsAttention = (p: Pick<PrinterViewDto, 'condition'>): boolean => !PRINTER_OK.has(p.condition);

export interface AlertLine {
  key: string;
  kind: 'wait' | 'fast-track-wait' | 'printer' | 'help';
  text: string;
}

/**
 * What needs the branch head now: the server's wait alerts (targets from the branch config),
 * plus printers that need a hand and open help requests from the kiosk.
 */
export function alertLines(o: Overview): AlertLine[] {
  const lines: AlertLine[] = o.alerts.map((a) => ({
    key: `${a.kind}:${a.ticketNumber}`,
    kind: a.kind,
    text: a.message,
  }));
  for (const p of o.printers ?? []) {
    if (!printerNeedsAttention(p)) continue;
    const name = printerName(p.counterId === null ? null : (o.counters.find((c) => c.id === p.counterId)?.name ?? p.counterId));
    lines.push({ key: `printer:${p.printerId}`, kind: 'printer', text: printerWarning(p.condition, p.label, name) ?? `Printer ${p.printerId}: ${p.label}.` });
  }
  if (o.helpRequests.length > 0) {
    lines.push({ key: 'help', kind: 'help', text: `${o.helpRequests.length} permintaan bantuan dari kios belum ditangani.` });
  }
  return lines;
}

/** "Melayani A-004", "Memanggil A-004", "Siap memanggil", "Jeda: Sholat", "Tutup". */
export function counterActivity(c: CounterOverview): string {
  if (c.state === 'closed') return 'Tutup';
  if (c.state === 'paused') return `Jeda${c.pauseReason ? `: ${c.pauseReason}` : ''}`;
  if (!c.current) return 'Siap memanggil (kosong)';
  return c.current.status === 'serving' ? `Melayani ${c.current.number}` : `Memanggil ${c.current.number}`;
}
