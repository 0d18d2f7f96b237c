/**
 * Printer configuration: the optional "printing" section of the branch configuration file (the
 * branch schema ignores keys it does not know), plus environment overrides. Nothing configured
 * means one simulated 80 mm kiosk printer writing into DATA_DIR, so `npm start` prints out of
 * the box. KIOSK_PRINTER=tcp://host:port (or usb:/dev/usb/lp0, simulated, none) overrides the kiosk.
 */
import { ConfigError } from '../config.ts';
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { describeConfigIssues } from '../../shared/contracts/branch-config.ts';
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

/** A ConfigError, so main.ts stops start-up with just the message. */
export class PrintingConfigError extends ConfigError {}

/** The "printing" section of the branch file (if any) with env overrides applied. */
export function readPrintingConfig(branchConfigPath: string, env: NodeJS.ProcessEnv): PrintingConfig {
  let section: unknown = {};
  try {
    const raw: unknown = JSON.parse(readFileSync(branchConfigPath, 'utf8'));
    if (typeof raw === 'object' && raw !== null && 'printing' in raw) section = raw.printing;
  } catch {
    // The branch loader already reported an unreadable or invalid file; nothing to add here.
  }
  return parsePrintingConfig(section, env, branchConfigPath);
}

export function parsePrintingConfig(section: unknown, env: NodeJS.ProcessEnv, source = 'printing'): PrintingConfig {
  const merged = typeof section === 'object' && section !== null ? { ...section } : {};
  if (env.KIOSK_PRINTER) Object.assign(merged, { kiosk: env.KIOSK_PRINTER });
  if (env.PUBLIC_BASE_URL) Object.assign(merged, { publicBaseUrl: env.PUBLIC_BASE_URL });
  const result = printingConfigSchema.safeParse(merged);
  if (!result.success) {
    const fromEnv = env.KIOSK_PRINTER ? ' (KIOSK_PRINTER ikut diperiksa)' : '';
    throw new PrintingConfigError(`Konfigurasi printer di ${source} tidak valid${fromEnv}:\n  ${describeConfigIssues(result.error).map((l) => `printing.${l}`).join('\n  ')}`);
  }
  return result.data;
}
