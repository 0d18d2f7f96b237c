/**
 * The branch configuration file: services, counters and the queue policy. Parsed with zod at
 * start-up; an invalid file stops the server with a message naming the field.
 */
import { z } from './zod.ts';
import { BRANCH_TIME_ZONES } from '../calendar/timezone.ts';
import { FAST_TRACK_REASONS, type FastTrackReason } from '../queue/ticket.ts';
import { openingHoursSchema } from '../wait/opening-hours.ts';
import { PAPER_WIDTHS } from '../print/document.ts';

const slug = z.string().regex(/^[a-z0-9][a-z0-9-]{0,31}$/, 'gunakan huruf kecil, angka dan tanda hubung (maks. 32)');

export const serviceConfigSchema = z.object({
  id: slug,
  prefix: z.string().regex(/^[A-Z]$/, 'satu huruf kapital A-Z'),
  name: z.string().min(1).max(60),
  description: z.string().min(1).max(200),
  nameEn: z.string().min(1).max(60).optional(),
  descriptionEn: z.string().min(1).max(200).optional(),
  defaultServiceMinutes: z.number().positive().max(240),
});

export const counterConfigSchema = z.object({
  id: slug,
  name: z.string().min(1).max(40),
  /** The number said by the voice call ("loket tiga"). */
  spokenNumber: z.number().int().min(1).max(999),
  serviceIds: z.array(slug).min(1),
});

export const printerSettingSchema = z.object({
  id: z.string().regex(/^(kiosk|loket-[a-z0-9][a-z0-9-]{0,31})$/, 'id printer: "kiosk" atau "loket-<id loket>"'),
  address: z.string().trim().min(1, 'alamat printer wajib diisi').max(200, 'alamat printer maksimal 200 karakter'),
  paperWidth: z.enum(PAPER_WIDTHS, { error: 'lebar kertas harus 58mm atau 80mm' }),
});
export type PrinterSetting = z.infer<typeof printerSettingSchema>;

export const branchConfigSchema = z
  .object({
    branch: z.object({
      code: z.string().min(1).max(20),
      name: z.string().min(1).max(80),
      timeZone: z.enum(BRANCH_TIME_ZONES),
      address: z.string().max(200).optional(),
      runningText: z.string().max(500).default(''),
      /**
       * The branch's logo for the kiosk header: a file path (relative to the branch file) the
       * server serves at /api/kiosk/logo. Without it the kiosk shows a neutral mark.
       */
      logoPath: z.string().min(1).max(300).optional(),
    }),
    services: z.array(serviceConfigSchema).min(1),
    counters: z.array(counterConfigSchema).min(1),
    fastTrack: z
      .object({
        maxNormalWaitMinutes: z.number().int().min(1).max(600).default(45),
        maxConsecutiveFastTrack: z.number().int().min(1).max(50).default(3),
        /**
         * The services each fast-track reason belongs to (e.g. eclaim: ["jht"]). A reason left
         * out applies to every service; an empty list turns the reason off.
         */
        reasonServices: z.partialRecord(z.enum(FAST_TRACK_REASONS), z.array(slug)).optional(),
      })
      .default({ maxNormalWaitMinutes: 45, maxConsecutiveFastTrack: 3 }),
    /** Absent: 08.00-15.30 Monday-Friday (DEFAULT_OPENING_HOURS). */
    openingHours: openingHoursSchema.optional(),
    recall: z
      .object({
        maxRecalls: z.number().int().min(0).max(10).default(3),
        minIntervalSeconds: z.number().int().min(0).max(600).default(20),
        missedReturnMinutes: z.number().int().min(0).max(480).default(30),
      })
      .default({ maxRecalls: 3, minIntervalSeconds: 20, missedReturnMinutes: 30 }),
    targets: z
      .object({
        waitMinutes: z.number().int().min(1).max(600).default(30),
        fastTrackWaitMinutes: z.number().int().min(1).max(600).default(10),
      })
      .default({ waitMinutes: 30, fastTrackWaitMinutes: 10 }),
    /**
     * Printer addresses and paper widths set on the administration page, by printer id ("kiosk",
     * "loket-<counter id>"): they override the branch file's "printing" section for those printers
     * (queue-server/printing/printer-settings.ts checks each address with the branch file's parser).
     */
    printers: z.array(printerSettingSchema).optional(),
    kiosk: z
      .object({
        /** Addresses allowed to issue tickets without a staff token, besides this machine. */
        allowedAddresses: z.array(z.string().min(1)).default([]),
      })
      .default({ allowedAddresses: [] }),
  })
  .superRefine((cfg, ctx) => {
    const ids = new Set<string>();
    const prefixes = new Set<string>();
    cfg.services.forEach((s, i) => {
      if (ids.has(s.id)) ctx.addIssue({ code: 'custom', path: ['services', i, 'id'], message: `id layanan "${s.id}" ganda` });
      if (prefixes.has(s.prefix)) ctx.addIssue({ code: 'custom', path: ['services', i, 'prefix'], message: `huruf "${s.prefix}" dipakai dua layanan` });
      ids.add(s.id);
      prefixes.add(s.prefix);
    });
    for (const [reason, serviceIds] of Object.entries(cfg.fastTrack.reasonServices ?? {})) {
      serviceIds.forEach((sid, j) => {
        if (!ids.has(sid)) ctx.addIssue({ code: 'custom', path: ['fastTrack', 'reasonServices', reason, j], message: `layanan "${sid}" tidak ada` });
      });
    }
    const counterIds = new Set<string>();
    cfg.counters.forEach((c, i) => {
      if (counterIds.has(c.id)) ctx.addIssue({ code: 'custom', path: ['counters', i, 'id'], message: `id loket "${c.id}" ganda` });
      counterIds.add(c.id);
      c.serviceIds.forEach((sid, j) => {
        if (!ids.has(sid)) ctx.addIssue({ code: 'custom', path: ['counters', i, 'serviceIds', j], message: `layanan "${sid}" tidak ada` });
      });
    });
  });

export type BranchConfig = z.infer<typeof branchConfigSchema>;
export type ServiceConfig = z.infer<typeof serviceConfigSchema>;
export type CounterConfig = z.infer<typeof counterConfigSchema>;

/** "services[2].prefix: satu huruf kapital A-Z" — one line per problem, naming the field. */
export function describeConfigIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const path = issue.path
      .map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`))
      .join('');
    return `${path || '(berkas)'}: ${issue.message}`;
  });
}

/** The fast-track reasons a service offers (a reason without a list applies to every service). */
export function fastTrackReasonsFor(cfg: Pick<BranchConfig, 'fastTrack'>, serviceId: string): FastTrackReason[] {
  const lists = cfg.fastTrack.reasonServices ?? {};
  return FAST_TRACK_REASONS.filter((reason) => {
    const list = lists[reason];
    return list === undefined || list.includes(serviceId);
  });
}
