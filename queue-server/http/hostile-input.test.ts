import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { startTestServer } from '../testing/http.ts';
import { StorageHealth } from './storage-health.ts';

type TestServer = Awaited<ReturnType<typeof startTestServer>>;
let server: TestServer;
afterEach(async () => server?.close());

const ticketCount = (s: TestServer) => (s.services.db.prepare('SELECT COUNT(*) AS n FROM tickets').get() as { n: number }).n;

type ErrorBody = { error?: { code?: string; message?: string } } | null;

async function raw(path: string, init: RequestInit = {}) {
  const res = await fetch(server.url + path, init);
  const text = await res.text();
  let body: ErrorBody;
  try {
    body = JSON.parse(text) as ErrorBody;
  } catch {
    body = null;
  }
  return { status: res.status, body, headers: res.headers };
}

describe('input a client cannot make the server choke on', () => {
  it('answers a malformed percent-escape in any path with 400 in the JSON error shape', async () => {
    server = await startTestServer();
    for (const path of ['/api/tickets/%E0%A4%A/status', '/tiket/%E0%A4%A', '/api/counters/%ZZ/call-next']) {
      const res = await raw(path);
      expect({ path, status: res.status, code: res.body?.error?.code }).toEqual({ path, status: 400, code: 'request.malformed' });
      expect(res.body?.error?.message).toMatch(/tidak dapat dibaca/);
    }
  });

  it('refuses 30,000-deep JSON with an Idempotency-Key as 400 and issues nothing', async () => {
    server = await startTestServer();
    const deep = '['.repeat(30_000) + ']'.repeat(30_000);
    const res = await raw('/api/tickets', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': 'kiosk-deep-0001' },
      body: `{"serviceId":"jht","x":${deep}}`,
    });
    expect(res.status).toBe(400);
    expect(res.body?.error?.code).toBe('request.invalid');
    expect(ticketCount(server)).toBe(0);
    // Ordinary nesting still passes.
    const ok = await server.api('POST', '/api/tickets', { body: { serviceId: 'jht' }, key: 'kiosk-deep-0002' });
    expect(ok.status).toBe(201);
  });

  it('reads a gzip body, and answers a body that is not valid gzip with 400', async () => {
    server = await startTestServer();
    const headers = { 'content-type': 'application/json', 'content-encoding': 'gzip' };
    const bad = await raw('/api/tickets', { method: 'POST', headers, body: 'bukan gzip' });
    expect(bad.status).toBe(400);
    expect(bad.body?.error?.code).toBe('request.malformed');
    const good = await raw('/api/tickets', { method: 'POST', headers, body: gzipSync('{"serviceId":"jht"}') });
    expect(good.status).toBe(201);
    expect(ticketCount(server)).toBe(1);
  });

  it('accepts a FAQ vote resent after its Idempotency-Key was purged, counting it once', async () => {
    server = await startTestServer();
    const faqId = 'jaminan-sosial-00zvkci';
    const first = await server.api('POST', '/api/faq/feedback', { body: { faqId, helpful: true }, key: 'kiosk-vote-00001' });
    expect(first.status).toBe(201);
    server.services.clock.advanceMinutes(3 * 24 * 60);
    server.services.idempotency.purgeOlderThan(2 * 86_400_000);
    const resent = await server.api('POST', '/api/faq/feedback', { body: { faqId, helpful: true }, key: 'kiosk-vote-00001' });
    expect(resent.status).toBe(201);
    const rows = server.services.db.prepare('SELECT COUNT(*) AS n FROM faq_feedback').get() as { n: number };
    expect(rows.n).toBe(1);
  });
});

describe('a disk that cannot take writes', () => {
  it('answers 503 unavailable in Indonesian, keeps what was accepted, and /readyz says why until writes work again', async () => {
    server = await startTestServer();
    expect((await raw('/readyz')).status).toBe(200);
    const accepted: string[] = [];
    for (let i = 0; i < 3; i++) {
      const res = await server.api('POST', '/api/tickets', { body: { serviceId: 'jht' } });
      accepted.push(res.body.ticket.id as string);
    }
    // SQLite's own limit on the file's size: the next page it needs makes it answer SQLITE_FULL,
    // exactly as a full disk does.
    const db = server.services.db;
    const pages = (db.pragma('page_count', { simple: true }) as number) + 0;
    db.pragma(`max_page_count = ${pages}`);
    // Bursts of kiosks at once, so the failing write shares its group commit with others.
    let refused: Awaited<ReturnType<typeof server.api>> | null = null;
    for (let i = 0; i < 200 && !refused; i++) {
      const burst = await Promise.all(Array.from({ length: 8 }, () => server.api('POST', '/api/tickets', { body: { serviceId: 'informasi' } })));
      for (const res of burst) {
        if (res.status === 201) accepted.push(res.body.ticket.id as string);
        else refused ??= res;
      }
    }
    expect(refused?.status).toBe(503);
    expect(refused?.body.error.code).toBe('unavailable');
    expect(refused?.body.error.message).toMatch(/penyimpanan server penuh/);
    const ready = await raw('/readyz');
    expect(ready.status).toBe(503);
    expect(JSON.stringify(ready.body)).toMatch(/penuh/);
    expect((await raw('/healthz')).status).toBe(200);

    const stored = db.prepare('SELECT id FROM tickets').all() as { id: string }[];
    expect(stored.map((r) => r.id).sort()).toEqual([...accepted].sort());

    db.pragma('max_page_count = 1073741823');
    expect((await server.api('POST', '/api/tickets', { body: { serviceId: 'jht' } })).status).toBe(201);
    expect((await raw('/readyz')).status).toBe(200);
  });

  it('answers 503 on a read-only database (a remount, a wrong owner), keeps what was accepted, and recovers', async () => {
    server = await startTestServer();
    const accepted = await server.api('POST', '/api/tickets', { body: { serviceId: 'jht' } });
    expect(accepted.status).toBe(201);
    // query_only makes SQLite refuse every write with SQLITE_READONLY, as a read-only file does.
    const db = server.services.db;
    db.pragma('query_only = ON');
    const refused = await server.api('POST', '/api/tickets', { body: { serviceId: 'jht' } });
    expect(refused.status).toBe(503);
    expect(refused.body.error.code).toBe('unavailable');
    expect(refused.body.error.message).toMatch(/hanya dapat dibaca/);
    const ready = await raw('/readyz');
    expect(ready.status).toBe(503);
    expect(JSON.stringify(ready.body)).toMatch(/hanya dapat dibaca/);
    expect((await raw('/healthz')).status).toBe(200);
    expect(db.prepare('SELECT id FROM tickets').all()).toEqual([{ id: accepted.body.ticket.id }]);
    db.pragma('query_only = OFF');
    expect((await server.api('POST', '/api/tickets', { body: { serviceId: 'jht' } })).status).toBe(201);
    expect((await raw('/readyz')).status).toBe(200);
  });

  it('is not ready when the data folder is nearly full, before any write fails', async () => {
    const health = new StorageHealth({ dataDir: '/tmp', minFreeBytes: 64 * 1048576, freeBytesOf: () => 10 * 1048576 });
    server = await startTestServer({ app: { health } });
    const ready = await raw('/readyz');
    expect(ready.status).toBe(503);
    expect(JSON.stringify(ready.body)).toMatch(/ruang disk tersisa 10 MB/);
  });
});

describe('security headers', () => {
  it('sends a strict CSP, no framing, nosniff and no referrer on pages and the API', async () => {
    server = await startTestServer();
    await server.api('POST', '/api/tickets', { body: { serviceId: 'jht' } });
    for (const path of ['/api/queue', '/tiket/t-000001', '/api/tidak-ada']) {
      const res = await raw(path);
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toContain('unsafe-inline');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
      expect(res.headers.get('x-frame-options')).toBe('DENY');
    }
    // The ticket page's one inline stylesheet is allowed by its hash, nothing broader.
    expect((await raw('/tiket/t-000001')).headers.get('content-security-policy')).toMatch(/style-src 'self' 'sha256-[A-Za-z0-9+/=]+'/);
  });
});
