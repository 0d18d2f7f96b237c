/**
 * Outbox: put an item in (it is on disk before the visitor is told "terkirim"), and a sender
 * that delivers due items in order, retrying with growing pauses. The same idempotency key goes
 * with every attempt. One flush at a time: overlapping calls share the running one.
 */
import type { KioskDatabase, OutboxItem, OutboxKind } from './outbox-db.ts';

export type SendResult = { outcome: 'sent' } | { outcome: 'retry'; reason: string } | { outcome: 'rejected'; reason: string };

export interface OutboxClock {
  now(): number;
}

export async function enqueue(db: KioskDatabase, item: { kind: OutboxKind; path: string; body: unknown; key: string }, clock: OutboxClock): Promise<string> {
  const now = clock.now();
  await db.outbox.add({
    key: item.key,
    kind: item.kind,
    path: item.path,
    body: JSON.stringify(item.body),
    createdAt: now,
    attempts: 0,
    nextAttemptAt: now,
    state: 'pending',
    lastError: null,
  });
  return item.key;
}

/** 5 s, 10 s, 20 s … capped at 5 minutes: a branch network blink, not a flood when it returns. */
export function retryDelayMs(attempts: number): number {
  return Math.min(5_000 * 2 ** Math.max(0, attempts - 1), 5 * 60_000);
}

export interface OutboxSender {
  /** Sends every due item once; resolves to how many were delivered. */
  flush(): Promise<number>;
  /** Flushes every `intervalMs` and when the browser comes back online; returns stop(). */
  start(intervalMs?: number): () => void;
}

export function createOutboxSender(deps: { db: KioskDatabase; send: (item: OutboxItem) => Promise<SendResult>; clock: OutboxClock }): OutboxSender {
  let running: Promise<number> | null = null;

  async function deliverDue(): Promise<number> {
    const due = (await deps.db.outbox.where('state').equals('pending').sortBy('createdAt')).filter((item) => item.nextAttemptAt <= deps.clock.now());
    let delivered = 0;
    for (const item of due) {
      let result: SendResult;
      try {
        result = await deps.send(item);
      } catch (error) {
        result = { outcome: 'retry', reason: error instanceof Error ? error.message : String(error) };
      }
      if (result.outcome === 'sent') {
        await deps.db.outbox.delete(item.key);
        delivered += 1;
        continue;
      }
      const attempts = item.attempts + 1;
      await deps.db.outbox.update(item.key, {
        attempts,
        lastError: result.reason,
        state: result.outcome === 'rejected' ? 'rejected' : 'pending',
        nextAttemptAt: deps.clock.now() + retryDelayMs(attempts),
      });
      // The network is down: the later items would fail the same way; keep their order.
      if (result.outcome === 'retry') break;
    }
    return delivered;
  }

  const sender: OutboxSender = {
    flush() {
      running ??= deliverDue().finally(() => {
        running = null;
      });
      return running;
    },
    start(intervalMs = 10_000) {
      const tick = () => void sender.flush().catch(() => undefined);
      const timer = setInterval(tick, intervalMs);
      globalThis.addEventListener?.('online', tick);
      tick();
      return () => {
        clearInterval(timer);
        globalThis.removeEventListener?.('online', tick);
      };
    },
  };
  return sender;
}

/** Sends an item to the queue-server with its Idempotency-Key. */
export function httpOutboxSend(fetchFn: (input: string, init: RequestInit) => Promise<Response>, baseUrl: string) {
  return async (item: OutboxItem): Promise<SendResult> => {
    let response: Response;
    try {
      response = await fetchFn(`${baseUrl}${item.path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': item.key },
        body: item.body,
      });
    } catch (error) {
      return { outcome: 'retry', reason: error instanceof Error ? error.message : 'network' };
    }
    if (response.ok) return { outcome: 'sent' };
    if (response.status === 408 || response.status === 429 || response.status >= 500) return { outcome: 'retry', reason: `HTTP ${response.status}` };
    return { outcome: 'rejected', reason: `HTTP ${response.status}` };
  };
}
