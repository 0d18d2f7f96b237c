/**
 * Printer configuration: the optional "printing" section of the branch configuration file, part
 * of the one branch file schema (queue-server/config.ts), with environment overrides applied
 * before it is parsed. Nothing configured means one simulated 80 mm kiosk printer writing into
 * DATA_DIR, so `npm start` prints out of the box. KIOSK_PRINTER=tcp://host:port (or
 * usb:/dev/usb/lp0, simulated, none) overrides the kiosk printer, PUBLIC_BASE_URL the QR base.
 */
import { z } from 'zod';
import { parsePrinterAddress, type PrinterAddress } from '../../hardware/escpos/printer-address.ts';
import { printerProfileSchema, type PrinterProfile } from '../../hardware/escpos/profile.ts';

const addressSchema = z.string().transform((value, ctx): PrinterAddress => {
  const parsed = parsePrinterAddress(value);
  if (parsed.ok) return parsed.address;
  ctx.addIssue({ code: 'custom', message: parsed.message });
  return z.NEVER;
});

/** Either just the address ("tcp://10.0.0.5:9100") or the address with a paper/cutter profile. */
const printerEntrySchema = z.preprocess(
  (value) => (typeof value === 'string' ? { address: value } : value),
  printerProfileSchema
    .extend({ address: addressSchema, bidirectional: z.boolean().default(false) })
    .transform(({ address, bidirectional, ...profile }) => ({ address, bidirectional, profile: profile satisfies PrinterProfile })),
);

export type PrinterEntry = z.infer<typeof printerEntrySchema>;

export const printingConfigSchema = z.object({
  /** Base of the URLs in QR codes; must be reachable from a visitor's phone on the branch Wi-Fi. */
  publicBaseUrl: z.url({ protocol: /^https?$/ }).optional(),
  /** Path of the ticket status page; {id} becomes the ticket id. */
  ticketStatusPath: z.string().regex(/^\/[A-Za-z0-9._~/?=&{}-]*\{id\}[A-Za-z0-9._~/?=&-]*$/, 'harus diawali "/" dan memuat {id}').default('/tiket/{id}'),
  kiosk: printerEntrySchema.prefault('simulated'),
  /** Printers at the counters, for reprints, by counter id. */
  counters: z.record(z.string().min(1).max(64), printerEntrySchema).prefault({}),
  /** How long issuing a ticket waits for the printer before answering "queued". */
  issueWaitMs: z.number().int().min(0).max(10_000).default(2500),
  /** A ticket not printed within this time after issue is dropped, not printed late. */
  ticketExpirySeconds: z.number().int().min(5).max(600).default(60),
  healthPollSeconds: z.number().int().min(5).max(3600).default(30),
});

export type PrintingConfig = z.infer<typeof printingConfigSchema>;

/** The "printing" section with KIOSK_PRINTER and PUBLIC_BASE_URL laid over it (still unparsed). */
export function withPrintingEnv(section: unknown, env: NodeJS.ProcessEnv): Record<string, unknown> {
  const merged: Record<string, unknown> = typeof section === 'object' && section !== null ? { ...section } : {};
  if (env.KIOSK_PRINTER) merged.kiosk = env.KIOSK_PRINTER;
  if (env.PUBLIC_BASE_URL) merged.publicBaseUrl = env.PUBLIC_BASE_URL;
  return merged;
}
