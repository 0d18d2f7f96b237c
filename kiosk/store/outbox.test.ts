import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { openKioskDatabase, type KioskDatabase, type OutboxItem } from './outbox-db.ts';
import { createOutboxSender, enqueue, httpOutboxSend, retryDelayMs, type SendResult } from './outbox.ts';

let factory: IDBFactory;
let db: KioskDatabase;
let now = 1_000_000;
const clock = { now: () => now };

beforeEach(() => {
  factory = new IDBFactory();
  db = openKioskDatabase({ indexedDB: factory, IDBKeyRange });
  now = 1_000_000;
});

function recordingSend(answers: SendResult[]) {
  const sent: OutboxItem[] = [];
  const send = async (item: OutboxItem): Promise<SendResult> => {
    sent.push(item);
    return answers.shift() ?? { outcome: 'sent' };
  };
  return { sent, send };
}

const complaint = (key: string) => ({ kind: 'complaint' as const, path: '/api/complaints', body: { text: `keluhan ${key}` }, key });

describe('kiosk outbox', () => {
  it('keeps an item across a reload of the page', async () => {
    await enqueue(db, complaint('k-0001-abcd'), clock);
    db.close();
    const reopened = openKioskDatabase({ indexedDB: factory, IDBKeyRange });
    expect(await reopened.outbox.get('k-0001-abcd')).toMatchObject({ kind: 'complaint', state: 'pending', attempts: 0 });
  });

  it('delivers due items oldest first and forgets them once the server has them', async () => {
    await enqueue(db, complaint('k-b'), clock);
    now += 1;
    await enqueue(db, { kind: 'survey', path: '/api/surveys', body: { score: 4 }, key: 'k-a' }, clock);
    const { sent, send } = recordingSend([]);
    expect(await createOutboxSender({ db, send, clock }).flush()).toBe(2);
    expect(sent.map((i) => i.key)).toEqual(['k-b', 'k-a']);
    expect(await db.outbox.count()).toBe(0);
  });

  it('after a network failure waits, then retries with the same key', async () => {
    await enqueue(db, complaint('k-retry'), clock);
    now += 1;
    await enqueue(db, complaint('k-later'), clock);
    const { sent, send } = recordingSend([{ outcome: 'retry', reason: 'offline' }]);
    const sender = createOutboxSender({ db, send, clock });
    expect(await sender.flush()).toBe(0);
    // The first failure stops the round, so the order is kept.
    expect(sent.map((i) => i.key)).toEqual(['k-retry']);
    expect(await db.outbox.get('k-retry')).toMatchObject({ attempts: 1, lastError: 'offline', nextAttemptAt: now + retryDelayMs(1) });
    expect(await db.outbox.get('k-later')).toMatchObject({ attempts: 0 });

    now += retryDelayMs(1) - 1;
    await sender.flush();
    expect(sent.map((i) => i.key)).toEqual(['k-retry', 'k-later']);
    now += 1;
    expect(await sender.flush()).toBe(1);
    expect(sent.map((i) => i.key)).toEqual(['k-retry', 'k-later', 'k-retry']);
    expect(await db.outbox.count()).toBe(0);
  });

  it('a thrown error counts as a network failure', async () => {
    await enqueue(db, complaint('k-throw'), clock);
    const sender = createOutboxSender({ db, send: () => Promise.reject(new TypeError('Failed to fetch')), clock });
    await sender.flush();
    expect(await db.outbox.get('k-throw')).toMatchObject({ attempts: 1, state: 'pending', lastError: 'Failed to fetch' });
  });

  it('overlapping flushes send each item once', async () => {
    await enqueue(db, complaint('k-once'), clock);
    const { sent, send } = recordingSend([]);
    const sender = createOutboxSender({ db, send, clock });
    await Promise.all([sender.flush(), sender.flush(), sender.flush()]);
    expect(sent).toHaveLength(1);
  });

  it('a refused item is kept for staff and never resent', async () => {
    await enqueue(db, complaint('k-refused'), clock);
    const { sent, send } = recordingSend([{ outcome: 'rejected', reason: 'HTTP 400' }]);
    const sender = createOutboxSender({ db, send, clock });
    await sender.flush();
    now += 60 * 60_000;
    await sender.flush();
    expect(sent).toHaveLength(1);
    expect(await db.outbox.get('k-refused')).toMatchObject({ state: 'rejected', lastError: 'HTTP 400' });
  });

  it('refuses a second item with the same idempotency key', async () => {
    await enqueue(db, complaint('k-dup'), clock);
    await expect(enqueue(db, complaint('k-dup'), clock)).rejects.toThrow();
    expect(await db.outbox.count()).toBe(1);
  });

  it('backs off up to five minutes', () => {
    expect([1, 2, 3, 10, 50].map(retryDelayMs)).toEqual([5_000, 10_000, 20_000, 300_000, 300_000]);
  });
});

describe('outbox over HTTP', () => {
  it('posts the body with its Idempotency-Key and reads the answer', async () => {
    const calls: Array<{ url: string; init: RequestInit }> = [];
    const answer = (status: number) => async (url: string, init: RequestInit) => {
      calls.push({ url, init });
      return new Response('{}', { status });
    };
    const item: OutboxItem = { key: 'k-http', kind: 'survey', path: '/api/surveys', body: '{"score":4}', createdAt: 0, attempts: 0, nextAttemptAt: 0, state: 'pending', lastError: null };
    expect(await httpOutboxSend(answer(201), 'http://kiosk')(item)).toEqual({ outcome: 'sent' });
    expect(calls[0]?.url).toBe('http://kiosk/api/surveys');
    expect(new Headers(calls[0]?.init.headers).get('idempotency-key')).toBe('k-http');
    expect(calls[0]?.init.body).toBe('{"score":4}');
    expect((await httpOutboxSend(answer(503), '')(item)).outcome).toBe('retry');
    expect((await httpOutboxSend(answer(429), '')(item)).outcome).toBe('retry');
    expect((await httpOutboxSend(answer(422), '')(item)).outcome).toBe('rejected');
    expect((await httpOutboxSend(() => Promise.reject(new TypeError('down')), '')(item)).outcome).toBe('retry');
  });
});
