/** Counters: the public list, the officer's call-next, open, pause, resume and close, and their event. */
import { z } from './zod-mini.ts';
import { defineRoutes } from './route-contract.ts';
import { QUEUE_ROLES } from './auth.ts';
import { publicTicketSchema, ticketDtoSchema } from './tickets.ts';
import { countSchema, idParamsSchema, idSchema, text } from './wire.ts';

export const COUNTER_STATES = ['closed', 'open', 'paused'] as const;
export type CounterState = (typeof COUNTER_STATES)[number];
export const counterStateSchema = z.enum(COUNTER_STATES);

export const counterDtoSchema = z.object({
  id: idSchema,
  name: text(60),
  /** The number said by the voice call ("loket tiga"). */
  spokenNumber: z.int().check(z.minimum(1), z.maximum(999)),
  serviceIds: z.array(idSchema),
  state: counterStateSchema,
  current: z.nullable(publicTicketSchema),
});
export type CounterDto = z.infer<typeof counterDtoSchema>;

/** A counter's stored state, the answer of open / close / pause / resume. */
export const counterStateRowSchema = z.object({
  counterId: idSchema,
  state: counterStateSchema,
  pauseReason: z.nullable(text(120)),
  userId: z.nullable(z.int()),
  consecutiveFastTrack: countSchema,
});
export const counterAnswerSchema = z.object({ counter: counterStateRowSchema });

export const pauseBodySchema = z.object({ reason: z.string().check(z.trim(), z.minLength(1, 'alasan jeda wajib diisi'), z.maxLength(120)) });
/** `force`: a supervisor or admin takes over a counter another officer left open. */
export const openBodySchema = z.optional(z.object({ force: z.optional(z.boolean()) }));

/** Calling one number out of the policy's order: the officer says why; the audit trail keeps it. */
export const callSpecificBodySchema = z.object({
  ticketId: z.string().check(z.regex(/^[A-Za-z0-9-]{1,64}$/, 'id tiket tidak valid')),
  reason: z.string().check(z.trim(), z.minLength(3, 'alasan memanggil di luar urutan wajib diisi'), z.maxLength(120)),
});

const HOLDER_ERRORS = ['counter.not_found', 'counter.held_by_other', 'counter.not_held'] as const;

export const counterRoutes = defineRoutes([
  { method: 'get', path: '/api/counters', summary: 'Daftar loket dengan status dan nomor yang sedang dilayani', access: 'public', responses: { 200: z.object({ counters: z.array(counterDtoSchema) }) } },
  {
    method: 'post', path: '/api/counters/{id}/call-next', summary: 'Panggil nomor berikutnya: 200 dengan tiket, 204 bila tidak ada yang menunggu', access: 'staff', roles: QUEUE_ROLES, idempotent: true,
    params: idParamsSchema, responses: { 200: z.object({ ticket: ticketDtoSchema }), 204: null }, errors: ['counter.not_found', 'counter.busy', 'counter.paused', 'counter.has_active_ticket', 'ticket.changed', 'counter.officer_elsewhere'],
  },
  {
    method: 'post', path: '/api/counters/{id}/call', summary: 'Panggil satu nomor tertentu di luar urutan, dengan alasan (dicatat sebagai di luar urutan)', access: 'staff', roles: QUEUE_ROLES, idempotent: true,
    params: idParamsSchema, body: callSpecificBodySchema, responses: { 200: z.object({ ticket: ticketDtoSchema }) },
    errors: ['counter.not_found', 'counter.busy', 'counter.paused', 'counter.has_active_ticket', 'ticket.not_found', 'ticket.wrong_state', 'ticket.other_counter', 'counter.wrong_service'],
  },
  {
    method: 'post', path: '/api/counters/{id}/open', summary: 'Buka loket (satu petugas per loket; supervisor dapat mengambil alih dengan force)', access: 'staff', roles: QUEUE_ROLES,
    params: idParamsSchema, body: openBodySchema, responses: { 200: counterAnswerSchema }, errors: ['counter.not_found', 'counter.busy', 'counter.officer_elsewhere'],
  },
  {
    method: 'post', path: '/api/counters/{id}/close', summary: 'Tutup loket (tidak sedang menangani nomor)', access: 'staff', roles: QUEUE_ROLES,
    params: idParamsSchema, responses: { 200: counterAnswerSchema }, errors: [...HOLDER_ERRORS, 'counter.has_active_ticket'],
  },
  {
    method: 'post', path: '/api/counters/{id}/pause', summary: 'Jeda loket dengan alasan', access: 'staff', roles: QUEUE_ROLES,
    params: idParamsSchema, body: pauseBodySchema, responses: { 200: counterAnswerSchema }, errors: [...HOLDER_ERRORS, 'counter.has_active_ticket'],
  },
  {
    method: 'post', path: '/api/counters/{id}/resume', summary: 'Lanjutkan loket yang dijeda', access: 'staff', roles: QUEUE_ROLES,
    params: idParamsSchema, responses: { 200: counterAnswerSchema }, errors: [...HOLDER_ERRORS, 'counter.not_paused'],
  },
]);

export const counterUpdatedSchema = z.object({ counterId: idSchema, state: counterStateSchema, pauseReason: z.nullable(text(120)) });

export const counterEventPayloads = {
  'counter.updated': counterUpdatedSchema,
} as const;
