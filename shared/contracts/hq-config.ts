/**
 * Head office -> branch: the configuration bundle. Head office publishes a version (services, the
 * national holiday calendar with the decree behind each date, the FAQ, the survey questionnaire
 * version, a national running text); each branch pulls it with its own key, outbound only, and
 * applies what changed. Every part reuses the branch's own schema (branch-config.ts for services,
 * the calendar's day kinds, the FAQ dataset schema), so head office cannot publish what a branch
 * would refuse to hold, and the branch checks again what it pulls (it trusts no answer).
 *
 * Who owns what (README "Head office: configuration bundles"): head office owns the national
 * parts above; the branch keeps its counters, opening hours, queue rules, kiosk addresses, branch
 * details and its own closures (tutup_cabang), which no bundle may carry.
 */
import { z } from './zod.ts';
import { serviceConfigSchema } from './branch-config.ts';
import { isIsoDate } from '../calendar/timezone.ts';
import { faqDatasetSchema } from '../faq/dataset-schema.ts';
import { KNOWN_QUESTIONNAIRES } from '../survey/elements.ts';

const isoDate = z.string().refine(isIsoDate, 'tanggal harus YYYY-MM-DD');

/** The national days off a bundle may carry: a branch closure is the branch's own, never head office's. */
export const NATIONAL_DAY_KINDS = ['libur_nasional', 'cuti_bersama', 'libur_khusus'] as const;

export const holidayBundleSchema = z
  .object({
    /** The calendar's own version (e.g. 2027-01-10.1): due dates name the calendar they came from. */
    version: z.string().trim().min(1).max(40),
    decrees: z.array(z.object({ id: z.string().min(1).max(40), title: z.string().min(3).max(400), signed: isoDate, url: z.string().min(3).max(300) })).min(1, 'sedikitnya satu dasar hukum'),
    entries: z.array(z.object({ date: isoDate, kind: z.enum(NATIONAL_DAY_KINDS), name: z.string().trim().min(3).max(120), source: z.string().min(1).max(40) })).max(400),
  })
  .superRefine((cal, ctx) => {
    const decrees = new Set(cal.decrees.map((d) => d.id));
    cal.entries.forEach((e, i) => {
      // Every date off carries its legal source: a decree listed in the same bundle.
      if (!decrees.has(e.source)) ctx.addIssue({ code: 'custom', path: ['entries', i, 'source'], message: `dasar hukum "${e.source}" tidak ada di daftar keputusan` });
    });
  });
export type HolidayBundle = z.infer<typeof holidayBundleSchema>;

export const configContentSchema = z
  .object({
    /** The national service catalogue: letters and names. Applied at the branch's next service day. */
    services: z.array(serviceConfigSchema).min(1).max(26).optional(),
    holidays: holidayBundleSchema.optional(),
    faq: faqDatasetSchema.optional(),
    survey: z.object({ questionnaireVersion: z.enum(KNOWN_QUESTIONNAIRES) }).optional(),
    /** A national announcement for the boards; the branch may edit its running text afterwards. */
    runningText: z.string().max(500).optional(),
    /** What changed, for the head-office page (never shown to visitors). */
    note: z.string().trim().max(200).optional(),
  })
  .superRefine((c, ctx) => {
    const ids = new Set<string>();
    const prefixes = new Set<string>();
    (c.services ?? []).forEach((s, i) => {
      if (ids.has(s.id)) ctx.addIssue({ code: 'custom', path: ['services', i, 'id'], message: `id layanan "${s.id}" ganda` });
      if (prefixes.has(s.prefix)) ctx.addIssue({ code: 'custom', path: ['services', i, 'prefix'], message: `huruf "${s.prefix}" dipakai dua layanan` });
      ids.add(s.id);
      prefixes.add(s.prefix);
    });
  });
export type ConfigContent = z.infer<typeof configContentSchema>;
export const CONFIG_SECTIONS = ['services', 'holidays', 'faq', 'survey', 'runningText'] as const;
export type ConfigSection = (typeof CONFIG_SECTIONS)[number];

const versionSchema = z.number().int().positive();

export const bundleSummarySchema = z.object({
  version: versionSchema,
  publishedAt: z.string().max(40),
  publishedBy: z.string().max(64),
  /** SHA-256 hex of the content as published (JSON): the branch checks it after the pull. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  sections: z.array(z.enum(CONFIG_SECTIONS)),
  note: z.string().max(200).nullable(),
});
export type BundleSummary = z.infer<typeof bundleSummarySchema>;

/** What the branch pulls: the newest bundle (null before the first) and the national person key. */
export const configPullAnswerSchema = z.object({
  /** The content as the exact JSON text published, so its SHA-256 can be checked before it is parsed. */
  bundle: z.object({ summary: bundleSummarySchema, contentJson: z.string() }).nullable(),
  /**
   * The national key for keyed person hashes (HMAC-SHA-256 of a NIK): one key for every branch,
   * so head office can count and deduplicate a person across branches. Hex, 32 bytes.
   */
  personKey: z.object({ id: z.string().regex(/^[0-9a-f]{8}$/), key: z.string().regex(/^[0-9a-f]{64}$/) }),
});
export type ConfigPullAnswer = z.infer<typeof configPullAnswerSchema>;

/** What the branch says of itself on each pull, so the head-office page shows what each runs on. */
export const configPullQuerySchema = z.object({
  applied: z.coerce.number().int().min(0).optional(),
  refused: z.coerce.number().int().min(0).optional(),
  reason: z.string().max(300).optional(),
  /** A structural part (services) of `applied` waits for this service day. */
  waitingUntil: isoDate.optional(),
});
export type ConfigPullQuery = z.infer<typeof configPullQuerySchema>;

export const branchConfigStatusSchema = z.object({
  applied: versionSchema.nullable(),
  pulledAt: z.string().max(40).nullable(),
  waitingUntil: z.string().max(10).nullable(),
  refused: z.object({ version: versionSchema, reason: z.string().max(300) }).nullable(),
});
export type BranchConfigStatus = z.infer<typeof branchConfigStatusSchema>;

export const publishAnswerSchema = z.object({ bundle: bundleSummarySchema });
export const bundleListSchema = z.object({ bundles: z.array(bundleSummarySchema) });

const seq = z.number().int().positive();
export const redeliveryBodySchema = z.object({ from: seq, to: seq }).refine((r) => r.from <= r.to, { message: 'awal rentang harus tidak lebih dari akhirnya', path: ['to'] });
export const redeliverySchema = z.object({
  id: z.number().int().positive(),
  from: seq,
  to: seq,
  /** The next sequence the branch has still to resend; past `to` when done. */
  next: seq,
  requestedAt: z.string().max(40),
  requestedBy: z.string().max(64),
  doneAt: z.string().max(40).nullable(),
  /** Sequences the branch no longer keeps (purged after acknowledgement and the keep period). */
  missing: z.array(z.object({ from: seq, to: seq })),
});
export type RedeliveryDto = z.infer<typeof redeliverySchema>;
