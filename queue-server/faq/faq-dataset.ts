/**
 * The FAQ dataset as the server reads it (shared/faq/data/faq.json, produced by npm run faq:import):
 * checked with zod on load, read once on first use. Used by the feedback counts and by checklist
 * printing, which must print our own text, never text sent by a client.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { FaqDataset } from '../../shared/faq/index.ts';

export const FAQ_FILE = resolve(dirname(fileURLToPath(import.meta.url)), '../../shared/faq/data/faq.json');

const text = z.string().max(20_000);
const listStyle = z.enum(['alpha', 'number', 'bullet']);
const listItem = z.object({ text, children: z.object({ style: listStyle, items: z.array(z.object({ text })) }).optional() });
const block = z.union([z.object({ type: z.literal('paragraph'), text }), z.object({ type: z.literal('list'), style: listStyle, items: z.array(listItem) })]);
const datasetSchema = z.object({
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

/** Reads and checks the dataset; a missing or malformed file means "no FAQ", not a crash. */
export function loadFaqDataset(path = FAQ_FILE, log: (message: string) => void = () => undefined): FaqDataset | null {
  try {
    const dataset: FaqDataset = datasetSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
    return dataset;
  } catch (error) {
    log(`Data FAQ tidak tersedia (${path}): ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    return null;
  }
}

/** Read once, on first use: servers that never see an FAQ request never parse the 0.5 MB file. */
export function lazyFaqDataset(path = FAQ_FILE, log?: (message: string) => void): () => FaqDataset | null {
  let loaded: { dataset: FaqDataset | null } | null = null;
  return () => (loaded ??= { dataset: loadFaqDataset(path, log) }).dataset;
}
