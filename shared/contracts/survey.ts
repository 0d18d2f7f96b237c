/**
 * The satisfaction survey's wire contract: request bodies, queries, answers and the one event.
 *
 * Trust model (README "Survei kepuasan"): the token is the only credential for answering. It is
 * minted in the transaction that finishes the ticket and never travels on the public event stream:
 * `survey.offered` says only "counter X finished ticket Y"; the counter tablet then fetches the
 * token through a route limited to kiosk addresses (or staff), and a phone gets it only from the
 * status page opened with the paper ticket's own key.
 */
import { z } from 'zod';
import { SKM_ELEMENTS } from '../survey/elements.ts';
import { IKM_GRADES } from '../survey/ikm.ts';
import { defineRoutes } from './route-contract.ts';
import type { finishAnswerSchema } from './tickets.ts';

export const surveyTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{16,64}$/, 'token survei tidak valid');
const score = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)], { error: 'nilai harus 1, 2, 3 atau 4' });
const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'tanggal harus berformat YYYY-MM-DD');
const entityId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'id tidak valid');

export const skmAnswersSchema = z.strictObject(
  Object.fromEntries(SKM_ELEMENTS.map((e) => [e, score.nullable().optional()])) as Record<(typeof SKM_ELEMENTS)[number], z.ZodOptional<z.ZodNullable<typeof score>>>,
  { error: 'answers hanya boleh berisi u1 sampai u9' },
);

export const surveyBodySchema = z.strictObject(
  {
    token: surveyTokenSchema,
    overall: score,
    answers: skmAnswersSchema.default({}),
    comment: z.string().trim().max(1000, 'saran paling banyak 1000 karakter').optional(),
    language: z.enum(['id', 'en']).optional(),
  },
  { error: 'Isi harus {token, overall, answers?, comment?}' },
);
export type SurveyBody = z.infer<typeof surveyBodySchema>;

export const surveyReceivedSchema = z.object({ survey: z.object({ id: z.number().int(), receivedAt: z.string() }) });

/** What a survey screen needs to ask one visitor: never an answer. */
export const surveyInvitationSchema = z.object({
  ticketId: z.string(),
  number: z.string(),
  serviceId: z.string(),
  serviceName: z.string(),
  serviceNameEn: z.string().optional(),
  token: surveyTokenSchema,
  expiresAt: z.string(),
});
export type SurveyInvitation = z.infer<typeof surveyInvitationSchema>;

/** The finish route's addition: `{ticket, survey: {token, url}}`. */
// The finish answer is declared with the ticket routes (tickets.ts), which the kiosk bundle reads.
export { finishAnswerSchema as finishTicketResponseSchema, finishSurveySchema } from './tickets.ts';
export type FinishTicketResponse = z.infer<typeof finishAnswerSchema>;

export const pendingInvitationResponseSchema = z.object({ invitation: surveyInvitationSchema.nullable() });
export const claimBodySchema = z.strictObject({ ticket: z.string().trim().min(1, 'nomor antrean wajib diisi').max(300) }, { error: 'Isi harus {ticket}' });
export const invitationResponseSchema = z.object({ invitation: surveyInvitationSchema, answered: z.boolean() });

export const ikmQuerySchema = z.strictObject({
  from: isoDay,
  to: isoDay,
  serviceId: entityId.optional(),
  counterId: entityId.optional(),
});
export type IkmQuery = z.infer<typeof ikmQuerySchema>;

export const ikmSummarySchema = z.object({
  n: z.number().int(),
  nrr: z.array(z.number().nullable()).length(9),
  answered: z.array(z.number().int()).length(9),
  skm: z.number().nullable(),
  ikm: z.number().nullable(),
  grade: z.enum(IKM_GRADES).nullable(),
  /** Visitors served (tickets done) in the period and scope: the population N. */
  served: z.number().int(),
  /** Krejcie-Morgan sample size for N = served. */
  sampleNeeded: z.number().int(),
  /** Quick ratings (faces 1..4) given, including by visitors who skipped the nine questions. */
  overall: z.object({ responses: z.number().int(), counts: z.array(z.number().int()).length(4) }),
});
export type IkmSummary = z.infer<typeof ikmSummarySchema>;

export const ikmAnswerSchema = ikmSummarySchema.extend({
  from: isoDay,
  to: isoDay,
  label: z.string(),
  /** "bobot 1/9, n=211, N=1.500, periode Triwulan IV 2026" */
  method: z.string(),
});

const groupRow = ikmSummarySchema.extend({ id: z.string(), name: z.string() });
export const ikmReportSchema = z.object({
  total: ikmAnswerSchema,
  byService: z.array(groupRow),
  byCounter: z.array(groupRow),
  byMonth: z.array(ikmSummarySchema.extend({ month: z.string(), label: z.string() })),
});
export type IkmReport = z.infer<typeof ikmReportSchema>;
export const ikmPeriodQuerySchema = z.strictObject({ from: isoDay, to: isoDay });

export const surveyRoutes = defineRoutes([
  {
    method: 'post',
    path: '/api/surveys',
    summary: 'Mengirim jawaban survei untuk satu tiket yang sudah dilayani (token sekali pakai)',
    access: 'public',
    idempotent: true,
    body: surveyBodySchema,
    responses: { 201: surveyReceivedSchema },
    errors: ['survey.token_invalid', 'survey.token_expired', 'survey.already_answered', 'idempotency.key_reused'],
  },
  {
    method: 'get',
    path: '/api/surveys/invitations/{token}',
    summary: 'Tiket dan layanan sebuah token survei, dan apakah sudah diisi (halaman survei di ponsel)',
    access: 'public',
    params: z.object({ token: surveyTokenSchema }),
    responses: { 200: invitationResponseSchema },
    errors: ['survey.token_invalid', 'survey.token_expired'],
  },
  {
    method: 'get',
    path: '/api/surveys/counters/{counterId}/pending',
    summary: 'Survei yang menunggu di tablet loket: tiket yang baru selesai dilayani di loket itu',
    access: 'kiosk',
    devices: ['counter_tablet'],
    params: z.object({ counterId: entityId }),
    responses: { 200: pendingInvitationResponseSchema },
    errors: ['counter.not_found', 'kiosk.not_allowed'],
  },
  {
    method: 'post',
    path: '/api/surveys/claim',
    summary: 'Kios-K: token survei dari nomor antrean yang diketik atau kode QR tiket yang dipindai',
    access: 'kiosk',
    devices: ['kiosk', 'counter_tablet'],
    body: claimBodySchema,
    responses: { 200: invitationResponseSchema },
    errors: ['survey.ticket_not_found', 'survey.not_served', 'survey.already_answered', 'survey.token_expired', 'kiosk.not_allowed'],
  },
  {
    method: 'get',
    path: '/api/surveys/ikm',
    summary: 'IKM, mutu, n dan sampel Krejcie-Morgan untuk satu periode (per layanan/loket bila diminta)',
    access: 'staff',
    roles: ['supervisor', 'admin'],
    query: ikmQuerySchema,
    responses: { 200: ikmAnswerSchema },
  },
  {
    method: 'get',
    path: '/api/surveys/report',
    summary: 'Laporan IKM periode: total, per layanan, per loket dan tren bulanan',
    access: 'staff',
    roles: ['supervisor', 'admin'],
    query: ikmPeriodQuerySchema,
    responses: { 200: ikmReportSchema },
  },
  {
    method: 'get',
    path: '/api/surveys/export/responses.csv',
    summary: 'CSV per responden (tanpa data pribadi): tanggal, layanan, loket, nilai u1..u9, saran',
    access: 'staff',
    roles: ['supervisor', 'admin'],
    query: ikmPeriodQuerySchema,
    responses: { 200: { contentType: 'text/csv', description: 'CSV, UTF-8' } },
  },
  {
    method: 'get',
    path: '/api/surveys/export/summary.csv',
    summary: 'CSV ringkasan: NRR per unsur, IKM dan mutu per layanan, per loket dan total',
    access: 'staff',
    roles: ['supervisor', 'admin'],
    query: ikmPeriodQuerySchema,
    responses: { 200: { contentType: 'text/csv', description: 'CSV, UTF-8' } },
  },
]);

export const surveyEventPayloads = {
  /** Counter X finished ticket Y and a survey waits for it. No token, no answer: the stream is public. */
  'survey.offered': z.object({ counterId: z.string().nullable(), ticketId: z.string(), number: z.string(), serviceId: z.string(), expiresAt: z.string() }),
} as const;
