/**
 * The FAQ data, loaded when the visitor opens "Informasi" (head office's FAQ from the server when a
 * configuration bundle brought one, else a separate chunk of about 75 KB gzip, never in the kiosk
 * entry), checked, and indexed once per page load.
 */
import { faqContentAnswerSchema } from '../../shared/contracts/faq-content.ts';
import { parseOrNull } from '../../shared/contracts/wire.ts';
import { buildSearchIndex, fromCompactFaq, isCompactFaq, type FaqDataset, type SearchIndex } from '../../shared/faq/index.ts';
import { deviceFetch } from '../device/device-fetch.ts';

export interface LoadedFaq {
  readonly dataset: FaqDataset;
  readonly index: SearchIndex;
}

export type CompactImporter = () => Promise<{ default: unknown }>;

type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

const importBuiltIn: CompactImporter = () => import('../../shared/faq/data/faq.compact.json');

const CONTENT_WAIT_MS = 8_000;

/**
 * Head office's FAQ when the branch has applied a bundle with one (GET /api/faq/content), else the
 * FAQ built into this page. A server that cannot be reached, or an answer off the contract, also
 * means the built-in FAQ: a visitor is never left without answers because of the network.
 */
export function branchFaqImporter(fetchFn: FetchLike, fallback: CompactImporter = importBuiltIn): CompactImporter {
  return async () => {
    try {
      const response = await fetchFn('/api/faq/content', { headers: { accept: 'application/json' }, signal: AbortSignal.timeout(CONTENT_WAIT_MS) });
      if (response.ok) {
        const answer = parseOrNull(faqContentAnswerSchema, await response.json());
        if (answer?.source === 'hq') return { default: answer.faq };
      }
    } catch {
      // Offline or slow: the built-in FAQ below.
    }
    return fallback();
  };
}

/** Throws on a broken download or file: the flow then offers the information queue instead. */
export async function prepareFaq(importer: CompactImporter): Promise<LoadedFaq> {
  const data: unknown = (await importer()).default;
  if (!isCompactFaq(data)) throw new Error('FAQ data has an unexpected shape');
  const dataset = fromCompactFaq(data);
  return { dataset, index: buildSearchIndex(dataset) };
}

let cached: Promise<LoadedFaq> | null = null;

/** The same data for every visitor of this page load; a failure is retried by the next visitor. */
export function loadFaq(importer: CompactImporter = branchFaqImporter(deviceFetch)): Promise<LoadedFaq> {
  cached ??= prepareFaq(importer).catch((error: unknown) => {
    cached = null;
    throw error;
  });
  return cached;
}
