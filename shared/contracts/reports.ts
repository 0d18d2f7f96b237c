/**
 * The branch reports' wire contract (issue 16). Every figure is defined in shared/reports; these
 * schemas only describe how the figures travel. Staff only: the branch head (role supervisor) and
 * the administrator. Periods are branch-local service days, from and to both included.
 */
import { z } from 'zod';
import { CALL_RULES, FAST_TRACK_REASONS } from '../queue/ticket.ts';
import { ikmAnswerSchema } from './survey.ts';
import { defineRoutes } from './route-contract.ts';

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'tanggal harus berformat YYYY-MM-DD');
const entityId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'id tidak valid');

export const reportQuerySchema = z.strictObject({
  from: isoDay,
  to: isoDay,
  serviceId: entityId.optional(),
  counterId: entityId.optional(),
  officerId: z.coerce.number().int().positive('id petugas tidak valid').optional(),
  /** ya: fast track only; tidak: normal only. */
  fastTrack: z.enum(['ya', 'tidak'], { error: 'fastTrack harus "ya" atau "tidak"' }).optional(),
  reason: z.enum(FAST_TRACK_REASONS, { error: 'alasan fast track tidak dikenal' }).optional(),
});
export type ReportQuery = z.infer<typeof reportQuerySchema>;

export const periodQuerySchema = z.strictObject({ from: isoDay, to: isoDay });

export const semesterQuerySchema = z.strictObject({
  year: z.coerce.number().int().min(2000, 'tahun tidak valid').max(2100, 'tahun tidak valid'),
  half: z.coerce.number().int().min(1, 'semester harus 1 atau 2').max(2, 'semester harus 1 atau 2'),
});

const minutes = z.number().nullable();
const share = z.number().min(0).max(1).nullable();
const distribution = z.object({ n: z.number().int(), median: minutes, p90: minutes, max: minutes });
const outcomes = {
  issued: z.number().int(),
  served: z.number().int(),
  missed: z.number().int(),
  returned: z.number().int(),
  transferred: z.number().int(),
  cancelled: z.number().int(),
  expired: z.number().int(),
};
const waits = { waitMinutes: distribution, overTargetShare: share };
const honesty = {
  n: z.number().int(),
  medianEstimateMinutes: minutes,
  medianActualMinutes: minutes,
  medianAbsErrorMinutes: minutes,
  underestimatedShare: share,
};

export const reportSummarySchema = z.object({
  from: isoDay,
  to: isoDay,
  label: z.string(),
  branch: z.object({ code: z.string(), name: z.string(), timeZone: z.string() }),
  targets: z.object({ waitMinutes: z.number(), fastTrackWaitMinutes: z.number(), guardMinutes: z.number() }),
  ...outcomes,
  ...waits,
  fastTrack: z.object({ ...outcomes, ...waits }),
  byService: z.array(z.object({ serviceId: z.string(), name: z.string(), ...outcomes, ...waits })),
  byHour: z.array(z.object({ hour: z.number().int(), issued: z.number().int(), served: z.number().int(), ...waits })),
  heatmap: z.array(z.object({ weekday: z.number().int(), hour: z.number().int(), issued: z.number().int(), medianWaitMinutes: minutes })),
  officers: z.array(z.object({ officerId: z.number().int().nullable(), name: z.string(), served: z.number().int(), serviceMinutes: distribution })),
  counters: z.array(
    z.object({
      counterId: z.string(),
      name: z.string(),
      served: z.number().int(),
      serviceMinutes: distribution,
      openMinutes: z.number(),
      pausedMinutes: z.number(),
      idleMinutes: z.number(),
      pausedByReason: z.array(z.object({ reason: z.string(), minutes: z.number() })),
    }),
  ),
  fairness: z.object({
    rules: z.array(z.object({ rule: z.enum(CALL_RULES), served: z.number().int() })),
    longestNormalWaitMinutes: minutes,
    guardMinutes: z.number(),
    normalOverGuard: z.number().int(),
    normal: distribution,
    byReason: z.array(z.object({ reason: z.enum(FAST_TRACK_REASONS), ...waits })),
  }),
  honesty: z.object({
    total: z.object(honesty),
    byService: z.array(z.object({ serviceId: z.string(), ...honesty })),
    byHour: z.array(z.object({ hour: z.number().int(), ...honesty })),
  }),
});
export type ReportSummary = z.infer<typeof reportSummarySchema>;

const keyCount = z.array(z.object({ key: z.string(), label: z.string(), count: z.number().int() }));
export const reportQualitySchema = z.object({
  from: isoDay,
  to: isoDay,
  complaints: z.object({
    received: z.number().int(),
    closed: z.number().int(),
    closedInTime: z.number().int(),
    inTimeShare: share,
    overdue: z.number().int(),
    byCategory: keyCount,
    byChannel: keyCount,
    byStatus: keyCount,
  }),
  ikm: ikmAnswerSchema,
  /** The nine SKM elements with the queue figure each describes, where there is one. */
  elements: z.array(z.object({ element: z.string(), name: z.string(), nrr: z.number().nullable(), beside: z.string().nullable() })),
  faq: z.object({
    votes: z.number().int(),
    mostAnswered: z.array(z.object({ faqId: z.string(), question: z.string(), yes: z.number().int(), no: z.number().int() })),
    notHelpful: z.array(z.object({ faqId: z.string(), question: z.string(), yes: z.number().int(), no: z.number().int() })),
    /** Answers opened at the kiosk (POST /api/faq/usage), and the most read. */
    reads: z.number().int(),
    mostRead: z.array(z.object({ faqId: z.string(), question: z.string(), reads: z.number().int() })),
    /** Searches left without a useful answer, and their most frequent words (weak: only guesses were shown). */
    noAnswerSearches: z.number().int(),
    noAnswer: z.array(z.object({ query: z.string(), searches: z.number().int(), weak: z.number().int() })),
  }),
});
export type ReportQuality = z.infer<typeof reportQualitySchema>;

export const reportRoutes = defineRoutes([
  {
    method: 'get',
    path: '/api/reports/summary',
    summary: 'Laporan antrean periode: tunggu (median, P90, lewat target), per layanan, per jam, petugas, loket, fast track, akurasi estimasi',
    access: 'staff',
    roles: ['supervisor', 'admin'],
    query: reportQuerySchema,
    responses: { 200: reportSummarySchema },
  },
  {
    method: 'get',
    path: '/api/reports/quality',
    summary: 'Laporan mutu periode: pengaduan (kategori, kanal, status, 5 hari kerja), IKM sembilan unsur, FAQ',
    access: 'staff',
    roles: ['supervisor', 'admin'],
    query: periodQuerySchema,
    responses: { 200: reportQualitySchema },
  },
  {
    method: 'get',
    path: '/api/reports/semester.pdf',
    summary: 'Laporan Monitoring dan Evaluasi Semester sebagai PDF A4',
    access: 'staff',
    roles: ['supervisor', 'admin'],
    query: semesterQuerySchema,
    responses: { 200: { contentType: 'application/pdf', description: 'PDF A4' } },
  },
]);
