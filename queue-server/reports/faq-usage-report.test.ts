/**
 * FAQ usage from the kiosk (POST /api/faq/usage) into the report's FAQ section: reads counted per
 * answer shown, searches without a useful answer by their stored words (no long numbers), a
 * resend counted once; every figure against a direct count over the raw rows.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findEntry } from '../../shared/faq/index.ts';
import { loadFaqDataset } from '../faq/faq-dataset.ts';
import { startTestServer } from '../testing/http.ts';

const DAY = '2026-07-07';

describe('FAQ usage in the report', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let token: string;
  const dataset = loadFaqDataset();
  const ids = (dataset?.entries ?? []).slice(0, 4).map((e) => e.id);
  beforeAll(async () => {
    server = await startTestServer({ start: `${DAY}T02:00:00Z` });
    token = await server.login();
  });
  afterAll(() => server.close());

  it('counts reads and no-answer searches as the raw rows do, without personal numbers', async () => {
    expect(ids).toHaveLength(4);
    const reads = [ids[0], ids[0], ids[0], ids[1], ids[1], ids[2]];
    for (const [i, faqId] of reads.entries()) {
      expect((await server.api('POST', '/api/faq/usage', { body: { kind: 'read', faqId }, key: `usage-read-${i}` })).status).toBe(201);
    }
    // The outbox resending after a lost answer: the same key counts once.
    expect((await server.api('POST', '/api/faq/usage', { body: { kind: 'read', faqId: ids[0] }, key: 'usage-read-0' })).status).toBe(201);
    const searches = [
      { query: 'Cara ganti nomor HP 0812-3456-7890', verdict: 'weak' },
      { query: 'cara ganti nomor hp 081298765432', verdict: 'none' },
      { query: 'pensiun dini bpjs', verdict: 'weak' },
    ];
    for (const [i, body] of searches.entries()) {
      const res = await server.api('POST', '/api/faq/usage', { body: { kind: 'no-answer', ...body }, key: `usage-search-${i}` });
      expect(res.status).toBe(201);
      expect(res.body.usage.query).not.toMatch(/\d{5}/);
    }
    await server.api('POST', '/api/faq/feedback', { body: { faqId: ids[3], helpful: false }, key: 'usage-vote-1' });
    await server.api('POST', '/api/faq/feedback', { body: { faqId: ids[3], helpful: true }, key: 'usage-vote-2' });

    const { status, body } = await server.api('GET', `/api/reports/quality?from=${DAY}&to=${DAY}`, { token });
    expect(status).toBe(200);
    const rows = server.services.db.prepare('SELECT kind, faq_id, query, verdict FROM faq_usage').all() as { kind: string; faq_id: string | null; query: string | null; verdict: string | null }[];
    const readRows = rows.filter((r) => r.kind === 'read');
    const perAnswer = new Map<string, number>();
    for (const r of readRows) perAnswer.set(r.faq_id ?? '', (perAnswer.get(r.faq_id ?? '') ?? 0) + 1);
    expect(body.faq.reads).toBe(readRows.length);
    expect(body.faq.reads).toBe(6);
    expect(body.faq.mostRead.map((r: { faqId: string; reads: number }) => [r.faqId, r.reads])).toEqual(
      [...perAnswer].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])),
    );
    expect(body.faq.mostRead[0].question).toBe(dataset && findEntry(dataset, body.faq.mostRead[0].faqId)?.entry.question);
    const perQuery = new Map<string, number>();
    for (const r of rows.filter((x) => x.kind === 'no-answer')) perQuery.set(r.query ?? '', (perQuery.get(r.query ?? '') ?? 0) + 1);
    expect(body.faq.noAnswerSearches).toBe(3);
    expect(body.faq.noAnswer.map((r: { query: string; searches: number }) => [r.query, r.searches])).toEqual([...perQuery].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])));
    // Both phone searches are one question once the numbers are gone.
    expect(body.faq.noAnswer[0]).toEqual({ query: 'cara ganti nomor hp #', searches: 2, weak: 1 });
    expect(rows.every((r) => !/\d{5}/.test(r.query ?? ''))).toBe(true);
    expect(body.faq.notHelpful).toEqual([{ faqId: ids[3], question: dataset?.entries[3]?.question, yes: 1, no: 1 }]);
  });

  it('refuses a search that is nothing but a number, and a wrong body, in Indonesian', async () => {
    const nik = await server.api('POST', '/api/faq/usage', { body: { kind: 'no-answer', query: '3174012301900001', verdict: 'weak' } });
    expect(nik.status).toBe(400);
    expect(nik.body.error.message).toContain('Pencarian');
    const wrong = await server.api('POST', '/api/faq/usage', { body: { kind: 'search', query: 'x' } });
    expect(wrong.status).toBe(400);
  });
});
