import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { fromCompactFaq, isCompactFaq } from '../../../shared/faq/index.ts';
import { loadFaqDataset } from '../../faq/faq-dataset.ts';
import { startTestServer } from '../../testing/http.ts';
import { phoneRequest } from '../../testing/phone.ts';

type TestServer = Awaited<ReturnType<typeof startTestServer>>;
let server: TestServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

/** A pull answer as head office sends it (hq-server/config-store.ts), with one FAQ answer reworded. */
function bundleWithFaq(version: number, reworded: string) {
  const dataset = loadFaqDataset();
  if (!dataset) throw new Error('the committed FAQ dataset is missing');
  const [first, ...rest] = dataset.entries;
  if (!first) throw new Error('empty FAQ');
  const faq = { ...dataset, entries: [{ ...first, question: reworded }, ...rest] };
  const contentJson = JSON.stringify({ faq });
  return {
    firstId: first.id,
    answer: {
      bundle: {
        summary: { version, publishedAt: '2026-12-01T08:00:00.000Z', publishedBy: 'admin.pusat', sha256: createHash('sha256').update(contentJson).digest('hex'), sections: ['faq'], note: null },
        contentJson,
      },
      personKey: { id: '0a1b2c3d', key: 'ab'.repeat(32) },
    },
  };
}

describe('GET /api/faq/content', () => {
  it("answers 'built-in' until head office's FAQ arrives, then that FAQ, and the next bundle's after it", async () => {
    server = await startTestServer();
    expect((await server.api('GET', '/api/faq/content')).body).toEqual({ source: 'built-in' });

    const v1 = bundleWithFaq(1, 'Apa saja persyaratan klaim JHT (versi kantor pusat)?');
    expect(server.services.hqConfig.receive(v1.answer, '"v1"').kind).toBe('applied');
    const first = await server.api('GET', '/api/faq/content');
    expect(first.status).toBe(200);
    expect(first.body.source).toBe('hq');
    expect(first.body.version).toBe(1);
    expect(isCompactFaq(first.body.faq)).toBe(true);
    const shown = fromCompactFaq(first.body.faq);
    expect(shown.entries.find((e) => e.id === v1.firstId)?.question).toBe('Apa saja persyaratan klaim JHT (versi kantor pusat)?');

    const v2 = bundleWithFaq(2, 'Pertanyaan yang diubah lagi');
    server.services.hqConfig.receive(v2.answer, '"v2"');
    const second = await server.api('GET', '/api/faq/content');
    expect(second.body.version).toBe(2);
    expect(fromCompactFaq(second.body.faq).entries.find((e) => e.id === v2.firstId)?.question).toBe('Pertanyaan yang diubah lagi');
  });

  it('is for paired devices: a phone on the branch network gets the Indonesian refusal', async () => {
    server = await startTestServer();
    const phone = await phoneRequest(server.url, 'GET', '/api/faq/content');
    expect(phone.status).toBe(403);
    expect(phone.json().error.code).toBe('kiosk.not_allowed');
  });
});
