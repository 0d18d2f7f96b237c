/**
 * FAQ usage for the branch reports (POST /api/faq/usage) through the kiosk's outbox, as the votes
 * go: on disk first, the same Idempotency-Key on every attempt, delivered when the network allows.
 * Only an answer's id, or the normalised words of a search that found nothing useful (no digit
 * run that could be a NIK or a phone number: shared/faq/usage/usage-query.ts). Loaded with the first
 * record, so Dexie stays out of the FAQ download.
 */
import { normaliseUsageQuery } from '../../shared/faq/usage/usage-query.ts';
import { newIdempotencyKey } from '../flows/idempotency-key.ts';
import { enqueue, type OutboxSender } from '../store/outbox.ts';
import type { KioskDatabase, OutboxKind } from '../store/outbox-db.ts';
import { browserFaqOutbox } from './feedback-outbox.ts';

const USAGE_KIND = 'faq-usage' satisfies OutboxKind;
const PATH = '/api/faq/usage';

export interface UsageOutbox {
  read(faqId: string): Promise<void>;
  /** A search the visitor left without a useful answer; nothing is kept when no word is left. */
  noAnswer(query: string, verdict: 'weak' | 'none'): Promise<void>;
}

export function createUsageOutbox(deps: { db: KioskDatabase; sender: OutboxSender; newKey?: () => string; now?: () => number }): UsageOutbox {
  const clock = { now: deps.now ?? Date.now };
  const put = async (body: unknown) => {
    await enqueue(deps.db, { kind: USAGE_KIND, path: PATH, body, key: (deps.newKey ?? newIdempotencyKey)() }, clock);
    await deps.sender.flush().catch(() => 0);
  };
  return {
    read: (faqId) => put({ kind: 'read', faqId }),
    async noAnswer(query, verdict) {
      const words = normaliseUsageQuery(query);
      if (words.replace(/#/g, '').trim().length < 2) return;
      await put({ kind: 'no-answer', query: words, verdict });
    },
  };
}

let browserOutbox: UsageOutbox | null = null;

export function browserUsageOutbox(baseUrl: string): UsageOutbox {
  browserOutbox ??= createUsageOutbox(browserFaqOutbox(baseUrl));
  return browserOutbox;
}
