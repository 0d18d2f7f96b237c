/**
 * The FAQ's wire shapes that session 3 added (issue 17). GET /api/faq/popular lets the kiosk order
 * a topic's questions by what visitors of this branch ask most: how many helpfulness votes each
 * answer received (the only per-answer count the branch keeps; reads are not recorded).
 */
import { z } from 'zod';
import { defineRoutes } from './route-contract.ts';

export const faqPopularResponse = z.object({
  questions: z.array(z.object({ faqId: z.string().min(1).max(80), count: z.number().int().positive() })).max(2000),
});
export type FaqPopularResponse = z.infer<typeof faqPopularResponse>;

export const faqRoutes = defineRoutes([
  {
    method: 'get',
    path: '/api/faq/popular',
    summary: 'Jumlah penilaian per jawaban FAQ di cabang ini, terbanyak dulu (untuk urutan daftar di kios)',
    access: 'kiosk',
    responses: { 200: faqPopularResponse },
  },
]);
