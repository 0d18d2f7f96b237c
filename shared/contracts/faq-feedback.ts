/** "Apakah jawaban ini membantu?" on the kiosk's FAQ answers, and the counts staff read. */
import { z } from './zod-mini.ts';
import { defineRoutes } from './route-contract.ts';
import { OVERSIGHT_ROLES } from './auth.ts';
import { countSchema, text } from './wire.ts';

/** FAQ ids are "<section slug>-<hash>", e.g. "jht-0kwcywl" (shared/faq/import/ids.ts). */
export const faqIdSchema = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'id pertanyaan tidak valid'), z.maxLength(80, 'id pertanyaan terlalu panjang'));

export const feedbackBodySchema = z.object({ faqId: faqIdSchema, helpful: z.boolean({ error: 'helpful harus true atau false' }) }, { error: 'Isi harus {faqId, helpful}' });

export const feedbackCountSchema = z.object({ faqId: faqIdSchema, question: text(2000), section: text(200), yes: countSchema, no: countSchema });
export type FaqFeedbackCount = z.infer<typeof feedbackCountSchema>;

/**
 * GET /api/faq/popular: how many helpfulness votes each answer received at this branch, most
 * first, so the kiosk lists what visitors here ask most (the only per-answer count the branch keeps;
 * reads are not recorded).
 */
export const faqPopularAnswerSchema = z.object({
  questions: z.array(z.object({ faqId: faqIdSchema, count: z.number().check(z.int(), z.positive()) })).check(z.maxLength(2000)),
});
export type FaqPopularAnswer = z.infer<typeof faqPopularAnswerSchema>;

export const faqFeedbackRoutes = defineRoutes([
  {
    method: 'get', path: '/api/faq/popular', summary: 'Jumlah penilaian per jawaban FAQ di cabang ini, terbanyak dulu (untuk urutan daftar di kios)', access: 'kiosk',
    responses: { 200: faqPopularAnswerSchema },
  },
  {
    method: 'post', path: '/api/faq/feedback', summary: 'Penilaian jawaban FAQ dari kios (ya/tidak); pertanyaan ganda dihitung untuk jawaban yang ditampilkan', access: 'kiosk', idempotent: true,
    body: feedbackBodySchema, responses: { 201: z.object({ feedback: z.object({ faqId: faqIdSchema, helpful: z.boolean() }) }) }, errors: ['faq.unavailable', 'faq.not_found'],
  },
  {
    method: 'get', path: '/api/faq/feedback/summary', summary: 'Jumlah ya/tidak per pertanyaan, terbanyak dulu', access: 'staff', roles: OVERSIGHT_ROLES,
    responses: { 200: z.object({ questions: z.array(feedbackCountSchema), total: countSchema }) },
  },
]);
