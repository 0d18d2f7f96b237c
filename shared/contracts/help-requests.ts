/** "Panggil petugas" from the kiosk: a request staff see and close, and its events. */
import { z } from './zod-mini.ts';
import { defineRoutes } from './route-contract.ts';
import { OVERSIGHT_ROLES, QUEUE_ROLES } from './auth.ts';
import { isoTimeOrNullSchema, isoTimeSchema, text } from './wire.ts';

export const HELP_REQUEST_STATUSES = ['open', 'resolved'] as const;

export const helpRequestSchema = z.object({
  id: z.int().check(z.positive()),
  source: text(40),
  note: z.nullable(text(200)),
  status: z.enum(HELP_REQUEST_STATUSES),
  createdAt: isoTimeSchema,
  resolvedAt: isoTimeOrNullSchema,
  resolvedBy: z.nullable(text(64)),
});
export type HelpRequestDto = z.infer<typeof helpRequestSchema>;

export const helpBodySchema = z.optional(
  z.object({
    source: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(40))),
    note: z.optional(z.string().check(z.trim(), z.maxLength(200))),
  }),
);
/** The path's id, a positive integer (the path carries it as text). */
export const helpRequestIdSchema = z.pipe(z.coerce.number(), z.int().check(z.positive('id tidak valid')));
export const helpParamsSchema = z.object({ id: helpRequestIdSchema });
export const helpAnswerSchema = z.object({ helpRequest: helpRequestSchema });

export const helpRequestRoutes = defineRoutes([
  {
    method: 'post', path: '/api/help-requests', summary: '"Panggil petugas" dari Kios-K yang dipasangkan: 201 baru, 200 bila permintaan kios itu masih terbuka; paling banyak 5 per perangkat per 10 menit', access: 'kiosk',
    // The counter tablet has the button too (the survey page's "Panggil petugas").
    devices: ['kiosk', 'counter_tablet'],
    body: helpBodySchema, errors: ['help.too_many'], responses: { 201: helpAnswerSchema, 200: helpAnswerSchema },
  },
  { method: 'get', path: '/api/help-requests', summary: 'Permintaan bantuan yang belum ditangani', access: 'staff', roles: QUEUE_ROLES, responses: { 200: z.object({ helpRequests: z.array(helpRequestSchema) }) } },
  {
    method: 'post', path: '/api/help-requests/resolve-all', summary: 'Tandai semua permintaan bantuan yang terbuka sudah ditangani', access: 'staff', roles: OVERSIGHT_ROLES,
    responses: { 200: z.object({ resolved: z.array(helpRequestSchema) }) },
  },
  {
    method: 'post', path: '/api/help-requests/{id}/resolve', summary: 'Tandai permintaan bantuan sudah ditangani', access: 'staff', roles: QUEUE_ROLES,
    params: helpParamsSchema, responses: { 200: helpAnswerSchema }, errors: ['help.not_found', 'help.already_resolved'],
  },
]);

export const helpEventPayloads = {
  'help.requested': helpAnswerSchema,
  'help.resolved': helpAnswerSchema,
} as const;
