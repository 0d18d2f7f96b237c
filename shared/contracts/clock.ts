/**
 * The server's clock as the supervisor sees it (issue 11, clock safety): whether the wall clock
 * jumped away from the server's monotonic count, and the supervisor's confirmation that the wall
 * clock is right (queue-server/clock/clock-guard.ts has the rule).
 */
import { z } from './zod-mini.ts';
import { defineRoutes } from './route-contract.ts';
import { OVERSIGHT_ROLES } from './auth.ts';

export const clockStatusSchema = z.object({
  /** ok: the server follows the wall clock; jumped: it counts on from the last agreed moment. */
  state: z.enum(['ok', 'jumped']),
  direction: z.nullable(z.enum(['forward', 'backward'])),
  /** The time the server uses for tickets and the service day (ISO). */
  serverTime: z.string(),
  /** What the machine's wall clock says (ISO). */
  wallTime: z.string(),
  /** wall - server in ms while jumped; 0 when in line. */
  offsetMs: z.number(),
  /** When the jump was seen, in server time (ISO), or null. */
  since: z.nullable(z.string()),
  thresholdMs: z.number(),
});
export type ClockStatus = z.infer<typeof clockStatusSchema>;

export const clockConfirmAnswerSchema = z.object({
  clock: clockStatusSchema,
  /** What the confirmation did, in Indonesian. */
  message: z.string(),
});
export type ClockConfirmAnswer = z.infer<typeof clockConfirmAnswerSchema>;

export const clockRoutes = defineRoutes([
  { method: 'get', path: '/api/admin/clock', summary: 'Jam server: mengikuti jam dinding, atau lompatan jam yang terdeteksi dan belum dikonfirmasi', access: 'staff', roles: OVERSIGHT_ROLES, responses: { 200: clockStatusSchema } },
  {
    method: 'post', path: '/api/admin/clock/confirm', summary: 'Konfirmasi bahwa jam dinding server sekarang benar (setelah lompatan jam); hari layanan tidak pernah mundur; tercatat', access: 'staff', roles: OVERSIGHT_ROLES,
    responses: { 200: clockConfirmAnswerSchema }, errors: ['clock.not_jumped'],
  },
]);
