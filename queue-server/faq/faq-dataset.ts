/**
 * The FAQ dataset as the server reads it (shared/faq/data/faq.json, produced by npm run faq:import):
 * checked with zod on load, read once on first use. Used by the feedback counts and by checklist
 * printing, which must print our own text, never text sent by a client.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FaqDataset } from '../../shared/faq/index.ts';
import { faqDatasetSchema } from '../../shared/faq/dataset-schema.ts';

export const FAQ_FILE = resolve(dirname(fileURLToPath(import.meta.url)), '../../shared/faq/data/faq.json');

/** Reads and checks the dataset; a missing or malformed file means "no FAQ", not a crash. */
export function loadFaqDataset(path = FAQ_FILE, log: (message: string) => void = () => undefined): FaqDataset | null {
  try {
    const dataset: FaqDataset = faqDatasetSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
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
