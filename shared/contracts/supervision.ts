/** What the branch head does over the counters beyond the overview: "Lepas loket" (issue 11/15). */
import { z } from './zod-mini.ts';
import { defineRoutes } from './route-contract.ts';
import { OVERSIGHT_ROLES } from './auth.ts';
import { counterStateRowSchema } from './counters.ts';
import { ticketDtoSchema } from './tickets.ts';
import { idParamsSchema } from './wire.ts';

export const releaseAnswerSchema = z.object({
  counter: counterStateRowSchema,
  /** The ticket that was still being called there, now back at its first place in its line. */
  returned: z.nullable(ticketDtoSchema),
});
export type ReleaseAnswer = z.infer<typeof releaseAnswerSchema>;

export const supervisionRoutes = defineRoutes([
  {
    method: 'post', path: '/api/counters/{id}/release', summary: 'Lepas loket (supervisor): loket ditutup dan bebas; nomor yang sedang dipanggil kembali ke urutan semula; tercatat', access: 'staff', roles: OVERSIGHT_ROLES,
    params: idParamsSchema, responses: { 200: releaseAnswerSchema }, errors: ['counter.not_found', 'counter.has_active_ticket'],
  },
]);
