import { Writable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { startTestServer } from '../testing/http.ts';
import { createLogger } from './logger.ts';

type TestServer = Awaited<ReturnType<typeof startTestServer>>;
let server: TestServer;
afterEach(async () => server?.close());

function memoryLog() {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(...chunk.toString().split('\n').filter(Boolean));
      done();
    },
  });
  return { logger: createLogger({ destination }), lines, parsed: () => lines.map((l) => JSON.parse(l) as Record<string, unknown>) };
}

describe('structured request logs', () => {
  it('keeps a client X-Request-Id, makes one otherwise, and logs route patterns without ids, queries or passwords', async () => {
    const log = memoryLog();
    server = await startTestServer({ app: { logger: log.logger } });
    const ticket = (await server.api('POST', '/api/tickets', { body: { serviceId: 'jht' } })).body.ticket;
    const kept = await fetch(`${server.url}/api/tickets/${ticket.id}/status?k=rahasia-kunci`, { headers: { 'x-request-id': 'kiosk-1-0001abcd' } });
    expect(kept.headers.get('x-request-id')).toBe('kiosk-1-0001abcd');
    const made = await fetch(`${server.url}/api/services`, { headers: { 'x-request-id': '<script>' } });
    expect(made.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    await server.api('POST', '/api/auth/login', { body: { username: 'admin', password: 'sandi-salah-sekali' } });
    await server.api('POST', '/api/complaints/lookup', { body: { nik: '3273014101900009' } });

    const lines = log.parsed();
    const status = lines.find((l) => l.reqId === 'kiosk-1-0001abcd');
    expect(status).toMatchObject({ level: 'info', service: 'queue-server', msg: 'request', method: 'GET', route: '/api/tickets/:id/status', status: 200 });
    expect(typeof status?.ms).toBe('number');
    expect(lines.find((l) => l.route === '/api/auth/login')).toMatchObject({ status: 401 });
    const text = log.lines.join('\n');
    for (const secret of [ticket.id, 'rahasia-kunci', 'sandi-salah-sekali', '3273014101900009']) expect(text).not.toContain(secret);
  });

  it('redacts personal fields and secrets in objects a caller logs', () => {
    const log = memoryLog();
    log.logger.info({ user: { password: 'x-sandi', name: 'Siti' }, token: 'abc', nik: '3273014101900009', counterId: 'loket-1' }, 'contoh');
    const [line] = log.parsed();
    expect(line).toMatchObject({ user: { password: '[disamarkan]', name: '[disamarkan]' }, token: '[disamarkan]', nik: '[disamarkan]', counterId: 'loket-1' });
  });
});
