/**
 * What visitors do with the kiosk's FAQ, for the branch reports (issue 16, "questions most read,
 * searches with no useful answer"): an answer opened, or a search left without a useful answer.
 * No personal data: no kiosk, no ticket, no time from the kiosk; a search keeps only its words,
 * normalised (shared/faq/usage/usage-query.ts: lower case, digit runs that could be a NIK or a
 * phone number replaced by '#', at most 60 characters), and only when it found nothing useful.
 */
import { z } from './zod-mini.ts';
import { defineRoutes } from './route-contract.ts';
import { faqIdSchema } from './faq-feedback.ts';
import { USAGE_QUERY_MAX } from '../faq/usage/usage-query.ts';

/** The search's verdict (shared/faq/search/verdict.ts): weak = only guesses, none = nothing matched. */
export const NO_ANSWER_VERDICTS = ['weak', 'none'] as const;

export const faqUsageBodySchema = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('read'), faqId: faqIdSchema }),
    z.object({
      kind: z.literal('no-answer'),
      // The kiosk sends the normalised words; the server normalises again before storing (a few more characters are allowed in, never stored).
      query: z.string().check(z.minLength(2, 'pencarian terlalu pendek'), z.maxLength(200, 'pencarian terlalu panjang')),
      verdict: z.enum(NO_ANSWER_VERDICTS, { error: 'verdict harus weak atau none' }),
    }),
  ],
  { error: "Isi harus {kind: 'read', faqId} atau {kind: 'no-answer', query, verdict}" },
);
export type FaqUsageBody = z.infer<typeof faqUsageBodySchema>;

export const faqUsageAnswerSchema = z.object({
  usage: z.object({
    kind: z.enum(['read', 'no-answer']),
    /** read: the answer counted (a duplicate question counts for the answer shown). */
    faqId: z.nullable(faqIdSchema),
    /** no-answer: the words as stored. */
    query: z.nullable(z.string().check(z.maxLength(USAGE_QUERY_MAX))),
  }),
});

export const faqUsageRoutes = defineRoutes([
  {
    method: 'post', path: '/api/faq/usage', summary: 'Pemakaian FAQ di kios: jawaban dibuka, atau pencarian tanpa jawaban yang berguna (hanya kata-katanya, tanpa angka panjang)', access: 'kiosk', idempotent: true,
    body: faqUsageBodySchema, responses: { 201: faqUsageAnswerSchema }, errors: ['faq.unavailable', 'faq.not_found'],
  },
]);
