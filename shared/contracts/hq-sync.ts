/**
 * Branch -> head office: the outbox envelope, the ingest batch and its answer, and the branch's
 * sync-health route for the supervisor. HQ routes are in hq-server.ts.
 */
import { z } from './zod-mini.ts';
import { defineRoutes } from './route-contract.ts';
import { countSchema, isoTimeOrNullSchema, isoTimeSchema, serviceDaySchema, text } from './wire.ts';

export const branchCodeSchema = z.string().check(z.regex(/^[A-Za-z0-9_-]{1,20}$/, 'kode cabang 1-20 huruf, angka, garis bawah atau tanda hubung'));
const seqSchema = z.int().check(z.positive());

export const outboxEventSchema = z.object({
  branchCode: branchCodeSchema,
  seq: seqSchema,
  eventId: z.string().check(z.minLength(1), z.maxLength(64)),
  type: z.string().check(z.minLength(1), z.maxLength(60)),
  schemaVersion: z.int().check(z.positive()),
  /** UTC, ISO 8601. */
  occurredAt: isoTimeSchema,
  /** The same instant in the branch's zone with its offset (+07:00 …). */
  localTime: z.string().check(z.maxLength(40)),
  /** The branch day the event belongs to (its seal covers it). */
  day: serviceDaySchema,
  entity: z.nullable(z.object({ kind: text(40), id: text(80) })),
  payload: z.record(z.string(), z.unknown()),
});
export type OutboxEvent = z.infer<typeof outboxEventSchema>;

/** The payload of a day.sealed event. */
export const daySealSchema = z.object({
  day: serviceDaySchema,
  firstSeq: z.nullable(seqSchema),
  lastSeq: z.nullable(seqSchema),
  count: countSchema,
  countsByType: z.record(z.string(), countSchema),
  /** SHA-256 hex over the ids (shared/hq/digest.ts says of what exactly). */
  idsHash: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
});
export type DaySeal = z.infer<typeof daySealSchema>;

export const MAX_BATCH_EVENTS = 500;
export const MAX_BATCH_BYTES = 256 * 1024;

export const ingestBodySchema = z.object({
  branchCode: branchCodeSchema,
  /** The highest sequence the branch has written: what lies past HQ's stored ones is a gap. */
  lastSeq: countSchema,
  sentAt: isoTimeSchema,
  events: z.array(outboxEventSchema).check(z.maxLength(MAX_BATCH_EVENTS, `paling banyak ${MAX_BATCH_EVENTS} peristiwa per kiriman`)),
  health: z.optional(z.object({ diskFreeBytes: z.nullable(countSchema), outboxRows: countSchema, oldestUnsentAt: isoTimeOrNullSchema })),
  /**
   * This batch answers a re-delivery request (the answer's `resend`): it walked from..to of the
   * kept events; `missing` are the numbers in it the branch no longer keeps.
   */
  redelivered: z.optional(z.object({ from: seqSchema, to: seqSchema, missing: z.array(z.object({ from: seqSchema, to: seqSchema })) })),
});
export type IngestBody = z.infer<typeof ingestBodySchema>;

export const seqRangeSchema = z.object({ from: seqSchema, to: seqSchema });

export const ingestAnswerSchema = z.object({
  /** The highest sequence up to which HQ holds every event: the branch resends from the next. */
  storedSeq: countSchema,
  /** How many of this batch were new (the others were stored before). */
  inserted: countSchema,
  gaps: z.array(seqRangeSchema),
  serverTime: isoTimeSchema,
  /** Ranges head office asks the branch to send again from its kept events (oldest first). */
  resend: z.optional(z.array(seqRangeSchema)),
});
export type IngestAnswer = z.infer<typeof ingestAnswerSchema>;

export const syncHealthSchema = z.object({
  configured: z.boolean(),
  hqUrl: z.nullable(text(300)),
  branchCode: text(20),
  lastSeq: countSchema,
  ackedSeq: countSchema,
  unacknowledged: countSchema,
  oldestUnsentAt: isoTimeOrNullSchema,
  lastContactAt: isoTimeOrNullSchema,
  lastError: z.nullable(text(300)),
  /** HQ clock minus branch clock, ms, at the last contact. */
  clockSkewMs: z.nullable(z.int()),
  diskFreeBytes: z.nullable(countSchema),
  sealedThrough: z.nullable(serviceDaySchema),
  /** Head office's configuration bundle this branch runs on ("versi konfigurasi"). */
  config: z.object({
    applied: z.nullable(countSchema),
    /** The bundle's services wait for this service day. */
    waitingUntil: z.nullable(serviceDaySchema),
    refusedVersion: z.nullable(countSchema),
    refusedReason: z.nullable(text(300)),
    lastPullAt: isoTimeOrNullSchema,
  }),
});
export type SyncHealthDto = z.infer<typeof syncHealthSchema>;

export const hqSyncRoutes = defineRoutes([
  {
    method: 'get', path: '/api/hq-sync/health', summary: 'Kesehatan sinkronisasi ke kantor pusat: kontak terakhir, belum dikonfirmasi, tertua belum terkirim, ruang disk, selisih jam',
    access: 'staff', roles: ['supervisor', 'admin'], responses: { 200: syncHealthSchema },
  },
]);
