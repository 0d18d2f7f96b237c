import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startTestServer } from '../../testing/http.ts';
import { FaqFeedbackRepository } from '../../store/faq-feedback-repository.ts';
import { loadFaqDataset } from '../../faq/faq-dataset.ts';

type TestServer = Awaited<ReturnType<typeof startTestServer>>;
let server: TestServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

const dataset = loadFaqDataset();
const canonical = dataset?.entries.find((e) => e.duplicateOf === undefined && e.sectionId === 'jht');
const duplicate = dataset?.entries.find((e) => e.duplicateOf !== undefined);

describe('FAQ feedback', () => {
  it('reads the committed dataset', () => {
    expect(dataset?.sections.length).toBeGreaterThan(20);
    expect(canonical).toBeDefined();
    expect(duplicate).toBeDefined();
  });

  it('stores yes and no per question; staff see the counts with the question text', async () => {
    server = await startTestServer();
    const faqId = canonical?.id ?? '';
    expect((await server.api('POST', '/api/faq/feedback', { body: { faqId, helpful: true }, key: 'faq-fb-0001' })).status).toBe(201);
    expect((await server.api('POST', '/api/faq/feedback', { body: { faqId, helpful: true }, key: 'faq-fb-0002' })).status).toBe(201);
    expect((await server.api('POST', '/api/faq/feedback', { body: { faqId, helpful: false }, key: 'faq-fb-0003' })).status).toBe(201);
    expect((await server.api('GET', '/api/faq/feedback/summary')).status).toBe(401);
    const token = await server.login();
    const summary = await server.api('GET', '/api/faq/feedback/summary', { token });
    expect(summary.status).toBe(200);
    expect(summary.body.questions).toEqual([{ faqId, question: canonical?.question, section: 'Jaminan Hari Tua (JHT)', yes: 2, no: 1 }]);
    expect(summary.body.total).toBe(3);
  });

  it('tells the kiosk which answers visitors rate most, most first (for the order of the lists)', async () => {
    server = await startTestServer();
    const other = dataset?.entries.find((e) => e.duplicateOf === undefined && e.sectionId === 'jkm');
    const a = canonical?.id ?? '';
    const b = other?.id ?? '';
    expect((await server.api('GET', '/api/faq/popular')).body).toEqual({ questions: [] });
    let n = 0;
    for (const [faqId, helpful] of [[b, true], [a, false], [b, false], [b, true]] as const) {
      expect((await server.api('POST', '/api/faq/feedback', { body: { faqId, helpful }, key: `faq-pop-${n++}` })).status).toBe(201);
    }
    const popular = await server.api('GET', '/api/faq/popular');
    expect(popular.status).toBe(200);
    expect(popular.body).toEqual({ questions: [{ faqId: b, count: 3 }, { faqId: a, count: 1 }] });
  });

  it('a resend with the same Idempotency-Key (outbox after a network blink) counts once', async () => {
    server = await startTestServer();
    const body = { faqId: canonical?.id ?? '', helpful: true };
    const first = await server.api('POST', '/api/faq/feedback', { body, key: 'kiosk-faq-retry-1' });
    const again = await server.api('POST', '/api/faq/feedback', { body, key: 'kiosk-faq-retry-1' });
    expect([first.status, again.status]).toEqual([201, 201]);
    expect(again.body).toEqual(first.body);
    expect(new FaqFeedbackRepository(server.services.db).count()).toBe(1);
  });

  it('a duplicate question counts for the entry whose answer was shown', async () => {
    server = await startTestServer();
    const res = await server.api('POST', '/api/faq/feedback', { body: { faqId: duplicate?.id, helpful: false }, key: 'faq-fb-dup-1' });
    expect(res.status).toBe(201);
    expect(res.body.feedback).toEqual({ faqId: duplicate?.duplicateOf, helpful: false });
  });

  it('rejects bad input in Indonesian and never stores it', async () => {
    server = await startTestServer();
    const cases: Array<[unknown, number]> = [
      [{ faqId: 'JHT 1; DROP TABLE', helpful: true }, 400],
      [{ faqId: 'x'.repeat(200), helpful: true }, 400],
      [{ faqId: canonical?.id, helpful: 'ya' }, 400],
      [{ faqId: canonical?.id }, 400],
      [[], 400],
      [{ faqId: 'jht-tidakada', helpful: true }, 404],
    ];
    for (const [body, status] of cases) {
      const res = await server.api('POST', '/api/faq/feedback', { body });
      expect({ body, status: res.status }).toEqual({ body, status });
      expect(res.body.error.message).toMatch(/[a-z]/);
    }
    expect((await server.api('POST', '/api/faq/feedback', { raw: '{"faqId":' })).status).toBe(400);
    expect(new FaqFeedbackRepository(server.services.db).count()).toBe(0);
  });

  it('a missing or broken dataset file means no FAQ, not a crash', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kios-faq-'));
    try {
      const broken = join(dir, 'faq.json');
      await writeFile(broken, '{"sections": 3}');
      const messages: string[] = [];
      expect(loadFaqDataset(broken, (m) => messages.push(m))).toBeNull();
      expect(loadFaqDataset(join(dir, 'missing.json'), (m) => messages.push(m))).toBeNull();
      expect(messages).toHaveLength(2);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
