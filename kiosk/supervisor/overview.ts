/**
 * GET /api/supervisor/overview, parsed. The server adds fields from other modules (printer health)
 * by spreading them in, so those are optional here and unknown extras are ignored.
 */
import { z } from 'zod';
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
