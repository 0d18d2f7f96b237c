/**
 * "Apakah jawaban ini membantu?" through the kiosk's outbox: on disk (IndexedDB) first, delivered
 * when the network allows, the same Idempotency-Key on every attempt, so a network blink neither
 * loses nor doubles a vote. Loaded only when a visitor votes: Dexie stays out of the FAQ download.
 */
import { createOutboxSender, enqueue, httpOutboxSend, type OutboxSender } from '../store/outbox.ts';
import { newIdempotencyKey } from '../flows/idempotency-key.ts';
import { openKioskDatabase, type KioskDatabase, type OutboxKind } from '../store/outbox-db.ts';
import { deviceFetch } from '../device/device-fetch.ts';

const FEEDBACK_KIND = 'faq-feedback' satisfies OutboxKind;

export interface FeedbackOutbox {
  give(faqId: string, helpful: boolean): Promise<void>;
}

export function createFeedbackOutbox(deps: { db: KioskDatabase; sender: OutboxSender; newKey?: () => string; now?: () => number }): FeedbackOutbox {
  const clock = { now: deps.now ?? Date.now };
  return {
    async give(faqId, helpful) {
      await enqueue(deps.db, { kind: FEEDBACK_KIND, path: '/api/faq/feedback', body: { faqId, helpful }, key: (deps.newKey ?? newIdempotencyKey)() }, clock);
      // Deliver now if the network is up; otherwise the retry loop (or the next vote) will.
      await deps.sender.flush().catch(() => 0);
    },
  };
}

let browserParts: { db: KioskDatabase; sender: OutboxSender } | null = null;

/** The FAQ's one outbox database and sender per page load (votes and usage share them, so one loop delivers both). */
export function browserFaqOutbox(baseUrl: string): { db: KioskDatabase; sender: OutboxSender } {
  if (browserParts) return browserParts;
  const db = openKioskDatabase();
  const sender = createOutboxSender({ db, send: httpOutboxSend(deviceFetch, baseUrl), clock: { now: Date.now } });
  sender.start(30_000);
  browserParts = { db, sender };
  return browserParts;
}

let browserOutbox: FeedbackOutbox | null = null;

/** One feedback outbox per page load; IndexedDB missing or broken means the vote is dropped. */
export function browserFeedbackOutbox(baseUrl: string): FeedbackOutbox {
  browserOutbox ??= createFeedbackOutbox(browserFaqOutbox(baseUrl));
  return browserOutbox;
}
