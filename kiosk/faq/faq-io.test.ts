import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { createOutboxSender, httpOutboxSend } from '../store/outbox.ts';
import { openKioskDatabase } from '../store/outbox-db.ts';
import { createFeedbackOutbox } from './feedback-outbox.ts';
import { requestChecklistPrint } from './faq-io.ts';

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('checklist printing from the kiosk', () => {
  it('sends only the question id and passes the print outcome on', async () => {
    const requests: Array<{ url: string; body: unknown }> = [];
    const answer = await requestChecklistPrint(
      async (url, init) => {
        requests.push({ url, body: JSON.parse(String(init.body)) });
        return json(200, { print: { status: 'failed', reason: 'Printer kertas habis.' } });
      },
      'http://kiosk',
      { faqId: 'jht-0kwcywl' },
    );
    expect(requests).toEqual([{ url: 'http://kiosk/api/print/checklist', body: { faqId: 'jht-0kwcywl' } }]);
    expect(answer).toEqual({ status: 'failed', reason: 'Printer kertas habis.' });
  });

  it('shows the server refusal, and says "unreachable" for a network failure or a strange answer', async () => {
    const refused = await requestChecklistPrint(async () => json(400, { error: { code: 'faq.not_checklist', message: 'Jawaban ini bukan daftar persyaratan.' } }), '', { faqId: 'jht-x' });
    expect(refused).toEqual({ status: 'failed', reason: 'Jawaban ini bukan daftar persyaratan.' });
    expect(await requestChecklistPrint(() => Promise.reject(new TypeError('fetch failed')), '', { faqId: 'jht-x' })).toEqual({ status: 'unreachable', reason: null });
    expect(await requestChecklistPrint(async () => json(200, { print: { status: 'exploded' } }), '', { faqId: 'jht-x' })).toEqual({ status: 'unreachable', reason: null });
    expect(await requestChecklistPrint(async () => new Response('<html>', { status: 200 }), '', { faqId: 'jht-x' })).toEqual({ status: 'unreachable', reason: null });
  });
});

describe('helpfulness votes through the outbox', () => {
  it('keeps a vote while the network is down and delivers it once, with the same key, when it is back', async () => {
    const db = openKioskDatabase({ indexedDB: new IDBFactory(), IDBKeyRange }, 'faq-test');
    let now = 1_000_000;
    let online = false;
    const calls: Array<{ url: string; key: string | null; body: string }> = [];
    const fetchFn = async (url: string, init: RequestInit) => {
      const headers = new Headers(init.headers);
      calls.push({ url, key: headers.get('idempotency-key'), body: String(init.body) });
      if (!online) throw new TypeError('fetch failed');
      return json(201, { feedback: {} });
    };
    const sender = createOutboxSender({ db, send: httpOutboxSend(fetchFn, 'http://kiosk'), clock: { now: () => now } });
    const outbox = createFeedbackOutbox({ db, sender, newKey: () => 'kiosk-faq-0001', now: () => now });
    await outbox.give('jht-0kwcywl', true);
    expect(await db.outbox.count()).toBe(1);
    online = true;
    now += 60_000;
    expect(await sender.flush()).toBe(1);
    expect(await db.outbox.count()).toBe(0);
    expect(calls.map((c) => c.key)).toEqual(['kiosk-faq-0001', 'kiosk-faq-0001']);
    expect(calls[1]).toEqual({ url: 'http://kiosk/api/faq/feedback', key: 'kiosk-faq-0001', body: JSON.stringify({ faqId: 'jht-0kwcywl', helpful: true }) });
  });
});
