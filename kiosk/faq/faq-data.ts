/**
 * The FAQ data, loaded when the visitor opens "Informasi" (a separate chunk of about 75 KB gzip,
 * never in the kiosk entry), checked, and indexed once per page load.
 */
import { buildSearchIndex, fromCompactFaq, isCompactFaq, type FaqDataset, type SearchIndex } from '../../shared/faq/index.ts';

export interface LoadedFaq {
  readonly dataset: FaqDataset;
  readonly index: SearchIndex;
}

export type CompactImporter = () => Promise<{ default: unknown }>;

const importCompact: CompactImporter = () => import('../../shared/faq/data/faq.compact.json');

/** Throws on a broken download or file: the flow then offers the information queue instead. */
export async function prepareFaq(importer: CompactImporter): Promise<LoadedFaq> {
  const data: unknown = (await importer()).default;
  if (!isCompactFaq(data)) throw new Error('FAQ data has an unexpected shape');
  const dataset = fromCompactFaq(data);
  return { dataset, index: buildSearchIndex(dataset) };
}

let cached: Promise<LoadedFaq> | null = null;

/** The same data for every visitor of this page load; a failure is retried by the next visitor. */
export function loadFaq(importer: CompactImporter = importCompact): Promise<LoadedFaq> {
  cached ??= prepareFaq(importer).catch((error: unknown) => {
    cached = null;
    throw error;
  });
  return cached;
}
