import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { createOutboxSender, httpOutboxSend } from '../store/outbox.ts';
import { openKioskDatabase } from '../store/outbox-db.ts';
import { firstRead, searchEndRecord } from './usage.ts';
import { createUsageOutbox } from './usage-outbox.ts';

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('which FAQ usage the kiosk records', () => {
  it('a search left without a useful answer, not one that led to an answer or found a good one', () => {
    expect(searchEndRecord({ query: 'ganti nomor hp', verdict: 'weak' }, false)).toEqual({ query: 'ganti nomor hp', verdict: 'weak' });
    expect(searchEndRecord({ query: 'zzzz', verdict: 'none' }, false)).toEqual({ query: 'zzzz', verdict: 'none' });
    expect(searchEndRecord({ query: 'ganti nomor hp', verdict: 'weak' }, true)).toBeNull();
    expect(searchEndRecord({ query: 'klaim jht', verdict: 'good' }, false)).toBeNull();
    expect(searchEndRecord({ query: 'k', verdict: 'none' }, false)).toBeNull();
    expect(searchEndRecord(null, false)).toBeNull();
  });

  it('an answer once per visit', () => {
    const seen = new Set<string>();
    expect([firstRead(seen, 'jht-a'), firstRead(seen, 'jht-b'), firstRead(seen, 'jht-a')]).toEqual([true, true, false]);
  });
});

describe('FAQ usage through the outbox', () => {
  it('keeps a record while the network is down, sends only the words without long numbers, the same key on every attempt', async () => {
    const db = openKioskDatabase({ indexedDB: new IDBFactory(), IDBKeyRange }, 'faq-usage-test');
    let now = 1_000_000;
    let online = false;
    const calls: Array<{ url: string; key: string | null; body: string }> = [];
    const fetchFn = async (url: string, init: RequestInit) => {
      calls.push({ url, key: new Headers(init.headers).get('idempotency-key'), body: String(init.body) });
      if (!online) throw new TypeError('fetch failed');
      return json(201, { usage: {} });
    };
    const sender = createOutboxSender({ db, send: httpOutboxSend(fetchFn, 'http://kiosk'), clock: { now: () => now } });
    let n = 0;
    const outbox = createUsageOutbox({ db, sender, newKey: () => `kiosk-usage-000${++n}`, now: () => now });
    await outbox.read('jht-0kwcywl');
    await outbox.noAnswer('Ganti nomor HP 0812 3456 7890!', 'weak');
    // Nothing but a number: nothing is kept at all.
    await outbox.noAnswer('3174012301900001', 'none');
    expect(await db.outbox.count()).toBe(2);
    online = true;
    now += 60_000;
    expect(await sender.flush()).toBe(2);
    expect(await db.outbox.count()).toBe(0);
    const delivered = calls.slice(-2);
    expect(delivered).toEqual([
      { url: 'http://kiosk/api/faq/usage', key: 'kiosk-usage-0001', body: JSON.stringify({ kind: 'read', faqId: 'jht-0kwcywl' }) },
      { url: 'http://kiosk/api/faq/usage', key: 'kiosk-usage-0002', body: JSON.stringify({ kind: 'no-answer', query: 'ganti nomor hp #', verdict: 'weak' }) },
    ]);
    expect(calls.filter((c) => c.key === 'kiosk-usage-0001').length).toBeGreaterThanOrEqual(2);
  });
});
