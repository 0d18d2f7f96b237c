/** Ticket issuing (the kiosk) and the officers' actions on a ticket, with the ticket events. */
import { z } from './zod-mini.ts';
import { CALL_RULES, FAST_TRACK_REASONS, TICKET_STATUSES } from '../queue/ticket.ts';
import { defineRoutes } from './route-contract.ts';
import { QUEUE_ROLES } from './auth.ts';
import { countSchema, idSchema, isoTimeOrNullSchema, isoTimeSchema, serviceDaySchema, text } from './wire.ts';

export const ticketStatusSchema = z.enum(TICKET_STATUSES);
export const callRuleSchema = z.enum(CALL_RULES);
export const fastTrackReasonSchema = z.enum(FAST_TRACK_REASONS);
const ticketNumberSchema = z.string().check(z.minLength(1), z.maxLength(16));

/** A ticket as staff and its issuing kiosk see it. Times are ISO 8601. */
export const ticketDtoSchema = z.object({
  id: idSchema,
  number: ticketNumberSchema,
  serviceId: idSchema,
  originServiceId: idSchema,
  serviceDay: serviceDaySchema,
  fastTrack: z.nullable(fastTrackReasonSchema),
  status: ticketStatusSchema,
  issuedAt: isoTimeSchema,
  calledAt: isoTimeOrNullSchema,
  startedAt: isoTimeOrNullSchema,
  finishedAt: isoTimeOrNullSchema,
  missedAt: isoTimeOrNullSchema,
  counterId: z.nullable(idSchema),
  recallCount: countSchema,
  callRule: z.nullable(callRuleSchema),
  closedReason: z.nullable(text(200)),
  /**
   * Place in the queue (arrival, kept on transfer and timely return) and the last time it was
   * called: the console orders its waiting list by the call policy with them. Optional only so
   * literals written before them stay valid; the server always sends both.
   */
  queuedAt: z.optional(isoTimeSchema),
  lastCalledAt: z.optional(isoTimeOrNullSchema),
});
export type TicketDto = z.infer<typeof ticketDtoSchema>;

/**
 * `openCounters`: counters open for the service at issue time (paused and closed ones do not
 * count); at 0 the wait wording says "no counter open" instead of a time (shared/wait).
 */
export const issuedTicketDtoSchema = z.extend(ticketDtoSchema, { ahead: countSchema, estimatedWaitMinutes: countSchema, openCounters: countSchema });
export type IssuedTicketDto = z.infer<typeof issuedTicketDtoSchema>;

/** What anyone may see: no fast-track reason, no personal data. */
export const publicTicketSchema = z.object({
  id: idSchema,
  number: ticketNumberSchema,
  serviceId: idSchema,
  status: ticketStatusSchema,
  counterId: z.nullable(idSchema),
  isFastTrack: z.boolean(),
  calledAt: isoTimeOrNullSchema,
});
export type PublicTicketDto = z.infer<typeof publicTicketSchema>;

/** What happened to a paper copy (ticket, checklist, reprint); issuing never fails because of the printer. */
export const PRINT_STATUSES = ['printed', 'failed', 'queued', 'skipped'] as const;
export type PrintStatus = (typeof PRINT_STATUSES)[number];
export const printOutcomeSchema = z.object({
  status: z.enum(PRINT_STATUSES),
  /** Indonesian, short, shown to the visitor or officer when not printed. */
  reason: z.optional(text(300)),
});
export type PrintOutcome = z.infer<typeof printOutcomeSchema>;

export const issueTicketBodySchema = z.object({
  serviceId: idSchema,
  fastTrack: z.optional(z.nullable(fastTrackReasonSchema)),
});
export const issueTicketResponseSchema = z.object({ ticket: issuedTicketDtoSchema, print: printOutcomeSchema });
export type IssueTicketResponse = z.infer<typeof issueTicketResponseSchema>;

/** `counterId`: send the visitor to that counter by name; it calls them before its own queue. */
export const transferBodySchema = z.object({ serviceId: idSchema, counterId: z.optional(idSchema) });
export const ticketsQuerySchema = z.object({ date: z.optional(serviceDaySchema) });
export const ticketIdSchema = z.string().check(z.regex(/^[A-Za-z0-9-]{1,64}$/, 'id tiket tidak valid'));
export const ticketParamsSchema = z.object({ id: ticketIdSchema });

export const idempotencyKeySchema = z.string().check(
  z.regex(/^[A-Za-z0-9._:-]{8,128}$/, 'Idempotency-Key harus 8-128 karakter huruf, angka, titik, titik dua, garis bawah atau tanda hubung'),
);

export const ticketAnswerSchema = z.object({ ticket: ticketDtoSchema });
export const ticketsOfDaySchema = z.object({ date: serviceDaySchema, tickets: z.array(ticketDtoSchema) });
export const ticketStatusAnswerSchema = z.object({ ticket: publicTicketSchema, ahead: countSchema, estimatedWaitMinutes: countSchema, openCounters: countSchema });

/**
 * Finishing a visit also mints the visitor's single-use survey token in the same transaction; the
 * officer's console hands it to the counter tablet (issue 13, shared/contracts/survey.ts).
 */
export const finishSurveySchema = z.object({
  token: z.string().check(z.regex(/^[A-Za-z0-9_-]{16,64}$/)),
  url: text(500),
  expiresAt: isoTimeSchema,
});
export const finishAnswerSchema = z.object({ ticket: ticketDtoSchema, survey: finishSurveySchema });

/** The staff actions on one ticket that take no body: POST /api/tickets/{id}/<action>. */
export const TICKET_ACTIONS = ['recall', 'start', 'finish', 'no-show', 'return', 'cancel'] as const;
const ACTION_SUMMARY: Record<(typeof TICKET_ACTIONS)[number], string> = {
  recall: 'Panggil ulang nomor yang sedang dipanggil (batas jumlah dan jeda dari konfigurasi)',
  start: 'Mulai melayani nomor yang dipanggil',
  finish: 'Selesai melayani',
  'no-show': 'Tandai tidak hadir (masuk daftar terlewat)',
  return: 'Kembalikan nomor terlewat ke antrean (urutan semula bila masih dalam batas waktu)',
  cancel: 'Batalkan nomor',
};
const ACTION_ERRORS = ['counter.held_by_other', 'ticket.not_found', 'ticket.wrong_state', 'ticket.changed', 'counter.busy', 'recall.limit_reached', 'recall.too_soon'] as const;

export const ticketRoutes = defineRoutes([
  {
    method: 'post', path: '/api/tickets', summary: 'Ambil nomor antrean: dari Kios-K yang dipasangkan atau dengan token petugas; jawaban memuat hasil cetak', access: 'kiosk', idempotent: true,
    body: issueTicketBodySchema, responses: { 201: issueTicketResponseSchema }, errors: ['service.unknown', 'ticket.fast_track_not_offered'],
  },
  { method: 'get', path: '/api/tickets', summary: 'Tiket satu hari (default hari ini) dengan status dan waktunya', access: 'staff', roles: QUEUE_ROLES, query: ticketsQuerySchema, responses: { 200: ticketsOfDaySchema } },
  {
    method: 'get', path: '/api/tickets/{id}/status', summary: 'Status publik satu tiket, orang di depan dan perkiraan tunggu (QR pada tiket)', access: 'public',
    params: ticketParamsSchema, responses: { 200: ticketStatusAnswerSchema }, errors: ['ticket.not_found'],
  },
  { method: 'get', path: '/api/tickets/{id}', summary: 'Satu tiket lengkap', access: 'staff', roles: QUEUE_ROLES, params: ticketParamsSchema, responses: { 200: ticketAnswerSchema }, errors: ['ticket.not_found'] },
  ...TICKET_ACTIONS.map((action) => ({
    method: 'post' as const, path: `/api/tickets/{id}/${action}` as const, summary: ACTION_SUMMARY[action], access: 'staff' as const, roles: QUEUE_ROLES, idempotent: true,
    params: ticketParamsSchema, responses: { 200: action === 'finish' ? finishAnswerSchema : ticketAnswerSchema }, errors: ACTION_ERRORS,
  })),
  {
    method: 'post', path: '/api/tickets/{id}/transfer', summary: 'Pindahkan ke antrean layanan lain (nomor, waktu datang dan prioritas tetap)', access: 'staff', roles: QUEUE_ROLES, idempotent: true,
    params: ticketParamsSchema, body: transferBodySchema, responses: { 200: ticketAnswerSchema },
    errors: [...ACTION_ERRORS, 'service.unknown', 'ticket.same_service', 'counter.not_found', 'counter.wrong_service'],
  },
]);

/** Every ticket event carries the public ticket and the counter that acted. */
export const ticketEventDataSchema = z.object({
  ticket: publicTicketSchema,
  /** The counter that acted (the calling counter on a call; the old one on a transfer). */
  counterId: z.nullable(idSchema),
});
export type TicketEventData = z.infer<typeof ticketEventDataSchema>;

export const ticketEventPayloads = {
  'ticket.issued': ticketEventDataSchema,
  'ticket.called': ticketEventDataSchema,
  'ticket.recalled': ticketEventDataSchema,
  'ticket.started': ticketEventDataSchema,
  'ticket.finished': ticketEventDataSchema,
  'ticket.missed': ticketEventDataSchema,
  'ticket.returned': ticketEventDataSchema,
  'ticket.transferred': ticketEventDataSchema,
  'ticket.cancelled': ticketEventDataSchema,
} as const;
export type TicketEventType = keyof typeof ticketEventPayloads;
