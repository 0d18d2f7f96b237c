/**
 * GET /api/faq/content: the FAQ the kiosk shows. Head office owns the FAQ (README "Head office":
 * configuration bundles); when the branch has applied a bundle with one, the kiosk shows that,
 * otherwise the FAQ built into the kiosk's page (the answer then carries no data, so the kiosk
 * downloads nothing twice).
 */
import { z } from './zod-mini.ts';
import { defineRoutes } from './route-contract.ts';
import { isCompactFaq, type CompactFaq } from '../faq/compact.ts';

export const faqContentAnswerSchema = z.union([
  z.object({ source: z.literal('built-in') }),
  z.object({
    source: z.literal('hq'),
    /** The head-office bundle version the FAQ came with. */
    version: z.number().check(z.int(), z.positive()),
    faq: z.custom<CompactFaq>((value) => isCompactFaq(value), 'bentuk data FAQ tidak dikenal'),
  }),
]);
export type FaqContentAnswer = z.infer<typeof faqContentAnswerSchema>;

export const faqContentRoutes = defineRoutes([
  {
    method: 'get', path: '/api/faq/content', summary: 'FAQ yang ditampilkan kios: versi kantor pusat bila cabang sudah menerimanya, selain itu bawaan kios', access: 'kiosk',
    responses: { 200: faqContentAnswerSchema },
  },
]);
