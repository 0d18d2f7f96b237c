/**
 * The head-office server's routes (hq-server/): branch registry, ingest from the branches, the
 * completeness of a branch day and the national overview the head-office page reads. Not in the
 * branch's ALL_ROUTES (no branch serves these): HQ_ROUTES is their own list.
 */
import { z } from './zod-mini.ts';
import { loginBodySchema, sessionSchema } from './auth.ts';
import { branchCodeSchema, ingestAnswerSchema, ingestBodySchema, seqRangeSchema } from './hq-sync.ts';
import { branchConfigStatusSchema, bundleListSchema, configContentSchema, configPullAnswerSchema, configPullQuerySchema, publishAnswerSchema, redeliveryBodySchema, redeliverySchema } from './hq-config.ts';
import { defineRoutes } from './route-contract.ts';
import { countSchema, isoTimeOrNullSchema, serviceDaySchema, text } from './wire.ts';

export const createBranchBodySchema = z.object({
  code: branchCodeSchema,
  name: z.string().check(z.trim(), z.minLength(1, 'nama cabang wajib diisi'), z.maxLength(80)),
  region: z.optional(z.string().check(z.trim(), z.maxLength(80))),
});
export const createBranchAnswerSchema = z.object({
  branch: z.object({ code: branchCodeSchema, name: text(80) }),
  /** The branch's key (HQ_BRANCH_KEY): shown once, stored at head office only as a hash. */
  key: z.string().check(z.minLength(32), z.maxLength(100)),
});

export const branchStatusSchema = z.object({
  code: branchCodeSchema,
  name: text(80),
  region: z.nullable(text(80)),
  lastContactAt: isoTimeOrNullSchema,
  /** Every event up to this sequence is stored. */
  storedSeq: countSchema,
  /** The highest sequence the branch said it has written. */
  reportedSeq: countSchema,
  gaps: z.array(seqRangeSchema),
  clockSkewMs: z.nullable(z.int()),
  diskFreeBytes: z.nullable(countSchema),
  oldestUnsentAt: isoTimeOrNullSchema,
  /** The configuration bundle the branch runs on, as it said on its last pull. */
  config: branchConfigStatusSchema,
  /** Re-delivery requests: the open ones and the last done (newest first). */
  redeliveries: z.array(redeliverySchema),
});
export type BranchStatusDto = z.infer<typeof branchStatusSchema>;

export const dayReportSchema = z.object({
  code: branchCodeSchema,
  day: serviceDaySchema,
  ticketsIssued: countSchema,
  /** Events of the day stored (the seal not counted). */
  events: countSchema,
  sealed: z.boolean(),
  /** Sealed, and the stored events give the seal's count and hash. */
  complete: z.boolean(),
  expectedEvents: z.nullable(countSchema),
  countsByType: z.record(z.string(), countSchema),
});

const waitSummarySchema = z.object({
  served: countSchema,
  medianMinutes: z.nullable(z.number()),
  p90Minutes: z.nullable(z.number()),
  withinTargetPercent: z.nullable(z.number()),
});
export const overviewSchema = z.object({
  from: serviceDaySchema,
  to: serviceDaySchema,
  targetMinutes: countSchema,
  /** The newest configuration bundle published, or null before the first. */
  configVersion: z.nullable(countSchema),
  national: waitSummarySchema,
  regions: z.array(z.extend(waitSummarySchema, { region: text(80) })),
  branches: z.array(
    z.object({
      status: branchStatusSchema,
      incompleteDays: z.array(serviceDaySchema),
      /** "Cabang X: 2 hari belum lengkap, seq 81.200-81.233 belum diterima", or null when all is in. */
      completenessText: z.nullable(text(500)),
      waits: waitSummarySchema,
      ikm: z.nullable(z.number()),
      surveys: countSchema,
      complaints: countSchema,
    }),
  ),
  complaints: z.object({
    byCategory: z.array(z.object({ category: text(60), received: countSchema, resolved: countSchema, resolvedWithin5WorkingDays: countSchema })),
  }),
});
export type HqOverviewDto = z.infer<typeof overviewSchema>;

export const dayParamsSchema = z.object({ code: branchCodeSchema, day: serviceDaySchema });
export const overviewQuerySchema = z.object({ from: z.optional(serviceDaySchema), to: z.optional(serviceDaySchema) });

const HQ_ADMIN = ['admin'] as const;

export const HQ_ROUTES = defineRoutes([
  { method: 'post', path: '/api/auth/login', summary: 'Masuk sebagai administrator kantor pusat', access: 'public', body: loginBodySchema, responses: { 200: sessionSchema }, errors: ['auth.invalid_credentials', 'auth.rate_limited'] },
  { method: 'post', path: '/api/auth/logout', summary: 'Keluar (token tidak berlaku lagi)', access: 'staff', responses: { 204: null } },
  {
    method: 'post', path: '/api/hq/branches', summary: 'Mendaftarkan cabang: kode, nama, dan kunci cabang (ditampilkan sekali)', access: 'staff', roles: HQ_ADMIN,
    body: createBranchBodySchema, responses: { 201: createBranchAnswerSchema }, errors: ['hq.branch_exists'],
  },
  { method: 'get', path: '/api/hq/branches', summary: 'Cabang dengan kontak terakhir, seq tersimpan dan celah', access: 'staff', roles: HQ_ADMIN, responses: { 200: z.object({ branches: z.array(branchStatusSchema) }) } },
  {
    method: 'get', path: '/api/hq/branches/{code}/days/{day}', summary: 'Kelengkapan satu hari cabang: tiket, peristiwa, segel, lengkap', access: 'staff', roles: HQ_ADMIN,
    params: dayParamsSchema, responses: { 200: dayReportSchema }, errors: ['hq.branch_not_found'],
  },
  { method: 'get', path: '/api/hq/overview', summary: 'Ringkasan nasional: kesehatan sinkronisasi, waktu tunggu, pengaduan, IKM per cabang', access: 'staff', roles: HQ_ADMIN, query: overviewQuerySchema, responses: { 200: overviewSchema } },
  {
    method: 'post', path: '/api/hq/ingest', summary: 'Kiriman peristiwa dari cabang (kunci cabang); idempoten, boleh tidak berurutan', access: 'public',
    body: ingestBodySchema, responses: { 200: ingestAnswerSchema }, errors: ['hq.branch_key_invalid', 'hq.wrong_branch', 'hq.event_conflict'],
  },
  {
    method: 'post', path: '/api/hq/config', summary: 'Menerbitkan versi bundel konfigurasi (layanan, kalender libur, FAQ, versi kuesioner, teks berjalan)', access: 'staff', roles: HQ_ADMIN,
    body: configContentSchema, responses: { 201: publishAnswerSchema },
  },
  { method: 'get', path: '/api/hq/config', summary: 'Versi bundel konfigurasi yang sudah terbit, terbaru dulu', access: 'staff', roles: HQ_ADMIN, responses: { 200: bundleListSchema } },
  {
    method: 'get', path: '/api/hq/config/pull', summary: 'Cabang menarik bundel terbaru dan kunci hash nasional (kunci cabang; If-None-Match: 304 bila tidak berubah)', access: 'public',
    query: configPullQuerySchema, responses: { 200: configPullAnswerSchema, 304: null }, errors: ['hq.branch_key_invalid'],
  },
  {
    method: 'post', path: '/api/hq/branches/{code}/redeliveries', summary: 'Meminta cabang mengirim ulang rentang seq dari peristiwa yang disimpannya', access: 'staff', roles: HQ_ADMIN,
    params: z.object({ code: branchCodeSchema }), body: redeliveryBodySchema, responses: { 201: z.object({ redelivery: redeliverySchema }) }, errors: ['hq.branch_not_found', 'hq.redelivery_range'],
  },
]);
