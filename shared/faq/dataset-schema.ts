/**
 * The FAQ dataset's shape (shared/faq/data/faq.json, and the FAQ of a head-office configuration
 * bundle): one zod schema, so the branch server's file read and a bundle pulled from head office
 * are checked alike. Pure: no IO.
 */
import { z } from '../contracts/zod.ts';
import type { FaqDataset } from './types.ts';

const text = z.string().max(20_000);
const listStyle = z.enum(['alpha', 'number', 'bullet']);
const listItem = z.object({ text, children: z.object({ style: listStyle, items: z.array(z.object({ text })) }).optional() });
const block = z.union([z.object({ type: z.literal('paragraph'), text }), z.object({ type: z.literal('list'), style: listStyle, items: z.array(listItem) })]);

export const faqDatasetSchema = z.object({
  source: z.string(),
  sections: z.array(
    z.object({
      id: z.string(),
      group: z.enum(['umum', 'kepesertaan', 'pelayanan', 'contact-center', 'e-channel']),
      title: z.string(),
      shortTitle: z.string(),
      regulations: z.array(z.string()),
      benefits: z.array(z.string()),
      entryIds: z.array(z.string()),
    }),
  ),
  entries: z.array(
    z.object({
      id: z.string(),
      sectionId: z.string(),
      number: z.number(),
      question: z.string(),
      answer: z.array(block),
      duplicateOf: z.string().optional(),
      duplicates: z.array(z.string()).optional(),
      isChecklist: z.boolean(),
      checklistItems: z.array(z.string().max(2_000)).optional(),
      reviewNote: z.string().optional(),
    }),
  ),
});

/** Parses a dataset; the caller decides what a failure means (no FAQ at start-up, a refused bundle). */
export function parseFaqDataset(value: unknown): { ok: true; dataset: FaqDataset } | { ok: false; error: z.ZodError } {
  const r = faqDatasetSchema.safeParse(value);
  if (!r.success) return { ok: false, error: r.error };
  const dataset: FaqDataset = r.data;
  return { ok: true, dataset };
}
