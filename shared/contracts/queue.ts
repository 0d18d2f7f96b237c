/**
 * What the whole branch reads: the services with their waits, the board's snapshot, the
 * supervisor's overview, the phone's ticket page, and the day-closed event.
 */
import { z } from './zod-mini.ts';
import { counterDtoSchema, counterStateSchema } from './counters.ts';
import { helpRequestSchema } from './help-requests.ts';
import { printerViewSchema } from './printing.ts';
import { defineRoutes } from './route-contract.ts';
import { OVERSIGHT_ROLES, QUEUE_ROLES } from './auth.ts';
import { publicTicketSchema, ticketDtoSchema, ticketParamsSchema } from './tickets.ts';
import { countSchema, idSchema, isoTimeSchema, serviceDaySchema, text } from './wire.ts';

export const serviceDtoSchema = z.object({
  id: idSchema,
  prefix: z.string().check(z.regex(/^[A-Z]$/)),
  name: text(60),
  description: text(200),
  nameEn: z.optional(text(60)),
  descriptionEn: z.optional(text(200)),
  waiting: countSchema,
  estimatedWaitMinutes: countSchema,
});
export type ServiceDto = z.infer<typeof serviceDtoSchema>;
export const servicesAnswerSchema = z.object({ services: z.array(serviceDtoSchema) });

export const queueSnapshotSchema = z.object({
  branch: z.object({ code: text(20), name: text(80), timeZone: text(64), runningText: text(500) }),
  serviceDay: serviceDaySchema,
  generatedAt: isoTimeSchema,
  lastEventId: countSchema,
  services: z.array(serviceDtoSchema),
  counters: z.array(counterDtoSchema),
  /** The last six calls, newest first. */
  recentCalls: z.array(publicTicketSchema),
  missed: z.array(publicTicketSchema),
  /** The branch's call rules, so consoles can show "dipanggil ulang 1 dari 3 kali". */
  rules: z.object({ recall: z.object({ maxRecalls: countSchema, minIntervalSeconds: countSchema, missedReturnMinutes: countSchema }) }),
});
export type QueueSnapshotDto = z.infer<typeof queueSnapshotSchema>;

export const WAIT_ALERT_KINDS = ['wait', 'fast-track-wait'] as const;

export const counterOverviewSchema = z.object({
  id: idSchema,
  name: text(60),
  serviceIds: z.array(idSchema),
  state: counterStateSchema,
  pauseReason: z.nullable(text(120)),
  officer: z.nullable(text(80)),
  current: z.nullable(ticketDtoSchema),
  today: z.object({ called: countSchema, finished: countSchema, missed: countSchema, transferred: countSchema }),
  /** The counter's current run of fast-track calls (the policy's input; optional for older literals). */
  consecutiveFastTrack: z.optional(countSchema),
});
export type CounterOverviewDto = z.infer<typeof counterOverviewSchema>;

/** The branch head's view. `printers` is there when the server runs with its printing side. */
export const overviewSchema = z.object({
  generatedAt: isoTimeSchema,
  serviceDay: serviceDaySchema,
  targets: z.object({ waitMinutes: countSchema, fastTrackWaitMinutes: countSchema }),
  counters: z.array(counterOverviewSchema),
  services: z.array(serviceDtoSchema),
  longestWaitMinutes: countSchema,
  longestFastTrackWaitMinutes: countSchema,
  alerts: z.array(z.object({ kind: z.enum(WAIT_ALERT_KINDS), ticketNumber: text(16), serviceId: idSchema, minutes: countSchema, message: text(300) })),
  helpRequests: z.array(helpRequestSchema),
  printers: z.optional(z.array(printerViewSchema)),
  /** The fast-track policy's limits, so the console computes the call order with the same rules. */
  fastTrackPolicy: z.optional(z.object({ maxNormalWaitMinutes: countSchema, maxConsecutiveFastTrack: countSchema })),
});
export type OverviewDto = z.infer<typeof overviewSchema>;

/** /readyz: whether the server can take writes now, and why not. */
export const readinessSchema = z.object({
  status: z.enum(['ready', 'not_ready']),
  ready: z.boolean(),
  reasons: z.array(text(300)),
  freeBytes: z.nullable(z.number()),
});

export const queueRoutes = defineRoutes([
  { method: 'get', path: '/healthz', summary: 'Server siap (basis data terbaca)', access: 'public', responses: { 200: z.object({ status: z.literal('ok') }) } },
  {
    method: 'get', path: '/readyz', summary: 'Server dapat menyimpan: penulisan terakhir berhasil dan ruang disk cukup; 503 dengan alasannya bila tidak', access: 'public',
    responses: { 200: readinessSchema, 503: readinessSchema },
  },
  {
    method: 'get', path: '/metrics', summary: 'Metrik Prometheus (teks): tiket, waktu tunggu, panggilan per aturan, latensi HTTP, printer, cadangan, disk; dari mesin ini atau dengan token petugas', access: 'staff', roles: OVERSIGHT_ROLES, loopback: true,
    responses: { 200: { contentType: 'text/plain', description: 'Prometheus text format 0.0.4' } },
  },
  { method: 'get', path: '/api/services', summary: 'Layanan dengan jumlah menunggu dan perkiraan waktu tunggu', access: 'public', responses: { 200: servicesAnswerSchema } },
  {
    method: 'get', path: '/api/queue', summary: 'Snapshot untuk papan: cabang, hari layanan, lastEventId, layanan, loket, enam panggilan terakhir, daftar terlewat', access: 'public',
    responses: { 200: queueSnapshotSchema },
  },
  { method: 'get', path: '/api/supervisor/overview', summary: 'Loket, waktu tunggu, peringatan, permintaan bantuan, printer', access: 'staff', roles: QUEUE_ROLES, responses: { 200: overviewSchema } },
  {
    method: 'get', path: '/tiket/{id}', summary: 'Halaman tiket untuk ponsel pengunjung (QR pada tiket): nomor, status, orang di depan, perkiraan tunggu', access: 'public',
    params: ticketParamsSchema,
    responses: { 200: { contentType: 'text/html', description: 'halaman tiket' }, 404: { contentType: 'text/html', description: 'tiket tidak ditemukan' } },
  },
]);

export const dayEventPayloads = {
  'day.closed': z.object({ serviceDay: serviceDaySchema, expired: countSchema }),
} as const;
