/**
 * GET /api/supervisor/overview, parsed. The server adds fields from other modules (printer health)
 * by spreading them in, so those are optional here and unknown extras are ignored.
 */
import { z } from '../../shared/contracts/zod.ts';
import { COUNTER_STATES } from '../../shared/contracts/index.ts';
import { serviceSchema, ticketSchema } from '../board/lib/parse.ts';

const count = z.number().int().min(0).max(1_000_000);

export const helpRequestSchema = z.object({
  id: z.number().int(),
  source: z.string().max(80),
  note: z.string().max(400).nullable(),
  status: z.string().max(20),
  createdAt: z.string().max(40),
});
export type HelpRequestView = z.infer<typeof helpRequestSchema>;

export const printerSchema = z.object({
  printerId: z.string().max(64),
  label: z.string().max(120),
  condition: z.string().max(40),
  counterId: z.string().max(64).nullable().optional(),
  detail: z.string().max(300).nullable().optional(),
  checkedAt: z.number().optional(),
});
export type PrinterViewLite = z.infer<typeof printerSchema>;

export const overviewSchema = z.object({
  generatedAt: z.string().max(40),
  serviceDay: z.string().max(10),
  targets: z.object({ waitMinutes: count, fastTrackWaitMinutes: count }),
  counters: z.array(
    z.object({
      id: z.string().max(64),
      name: z.string().max(60),
      serviceIds: z.array(z.string().max(64)).max(50),
      state: z.enum(COUNTER_STATES),
      pauseReason: z.string().max(200).nullable(),
      officer: z.string().max(80).nullable(),
      current: ticketSchema.nullable(),
      today: z.object({ called: count, finished: count, missed: count, transferred: count }),
    }),
  ).max(200),
  services: z.array(serviceSchema).max(100),
  longestWaitMinutes: count,
  longestFastTrackWaitMinutes: count,
  alerts: z.array(z.object({ kind: z.string().max(40), ticketNumber: z.string().max(16), serviceId: z.string().max(64), minutes: count, message: z.string().max(300) })).max(100),
  helpRequests: z.array(helpRequestSchema).max(500),
  printers: z.array(printerSchema).max(50).optional(),
});
export type Overview = z.infer<typeof overviewSchema>;
export type CounterOverview = Overview['counters'][number];

/** Printer conditions that need someone to walk to the printer. */
const PRINTER_OK = new Set(['ok']);
export const printerNeedsAttention = (p: PrinterViewLite): boolean => !PRINTER_OK.has(p.condition);

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
    kind: a.kind === 'fast-track-wait' ? 'fast-track-wait' : 'wait',
    text: a.message,
  }));
  // The server only raises the oldest ticket; if its alert is missing but the figures pass the
  // target (older server), still warn.
  if (!lines.some((l) => l.kind === 'wait') && o.longestWaitMinutes >= o.targets.waitMinutes && o.longestWaitMinutes > 0) {
    lines.push({ key: 'wait:longest', kind: 'wait', text: `Ada pengunjung menunggu ${o.longestWaitMinutes} menit (target ${o.targets.waitMinutes} menit).` });
  }
  if (!lines.some((l) => l.kind === 'fast-track-wait') && o.longestFastTrackWaitMinutes >= o.targets.fastTrackWaitMinutes && o.longestFastTrackWaitMinutes > 0) {
    lines.push({ key: 'ft:longest', kind: 'fast-track-wait', text: `Ada pengunjung prioritas menunggu ${o.longestFastTrackWaitMinutes} menit (target ${o.targets.fastTrackWaitMinutes} menit).` });
  }
  for (const p of o.printers ?? []) {
    if (printerNeedsAttention(p)) lines.push({ key: `printer:${p.printerId}`, kind: 'printer', text: `Printer ${p.printerId}: ${p.label}.` });
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
