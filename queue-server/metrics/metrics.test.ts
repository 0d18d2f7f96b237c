import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startTestServer } from '../testing/http.ts';

type TestServer = Awaited<ReturnType<typeof startTestServer>>;
let server: TestServer;
afterEach(async () => server?.close());

/** A GET from another address of the branch network (a phone), with an optional staff token. */
function fromPhone(url: string, token?: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { localAddress: '127.0.0.2', headers: token ? { authorization: `Bearer ${token}` } : {} }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

function sampleValue(text: string, series: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

function promtool(text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'metrics-'));
  try {
    writeFileSync(join(dir, 'metrics.txt'), text);
    return execFileSync('sh', ['-c', `promtool check metrics < "${join(dir, 'metrics.txt')}" 2>&1`], { encoding: 'utf8' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('/metrics', () => {
  it('agrees with the day’s ticket list, and passes promtool', async () => {
    server = await startTestServer();
    const token = await server.login();
    for (const serviceId of ['jht', 'jht', 'jht', 'informasi', 'kepesertaan']) {
      await server.api('POST', '/api/tickets', { body: { serviceId, fastTrack: serviceId === 'kepesertaan' ? 'elderly' : null } });
    }
    await server.api('POST', '/api/counters/loket-1/open', { token });
    const called = await server.api('POST', '/api/counters/loket-1/call-next', { token });
    server.services.clock.advanceMinutes(4);
    await server.api('POST', `/api/tickets/${called.body.ticket.id}/start`, { token });
    server.services.clock.advanceMinutes(6);
    await server.api('POST', `/api/tickets/${called.body.ticket.id}/finish`, { token });

    const res = await fetch(`${server.url}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await res.text();

    const day = await server.api('GET', '/api/tickets', { token });
    const tickets = day.body.tickets as { originServiceId: string; serviceId: string; status: string; callRule: string | null }[];
    for (const service of server.services.config.services) {
      expect(sampleValue(text, `kiosk_tickets_issued_today{service="${service.id}"}`)).toBe(tickets.filter((t) => t.originServiceId === service.id).length);
      expect(sampleValue(text, `kiosk_tickets_served_today{service="${service.id}"}`)).toBe(tickets.filter((t) => t.serviceId === service.id && t.status === 'done').length);
    }
    const served = tickets.find((t) => t.status === 'done');
    expect(served?.callRule).toBeTruthy();
    expect(sampleValue(text, `kiosk_calls_today{rule="${served?.callRule}"}`)).toBe(1);
    // The visit: called at once (waited 0 s, inside the first bucket), then served for 6 minutes.
    const service = served?.originServiceId ?? '';
    expect(sampleValue(text, `kiosk_wait_seconds_bucket{service="${service}",le="60"}`)).toBe(1);
    expect(sampleValue(text, `kiosk_service_seconds_count{service="${service}"}`)).toBe(1);
    expect(sampleValue(text, `kiosk_service_seconds_sum{service="${service}"}`)).toBe(360);
    expect(text).toMatch(/kiosk_http_request_duration_seconds_count\{method="POST",route="\/api\/tickets",status="201"\} 5/);
    expect(sampleValue(text, 'kiosk_ready')).toBe(1);
    expect(promtool(text)).toBe('');
  });

  it('is for this machine or staff only, not for a phone on the branch network', async () => {
    server = await startTestServer();
    const phone = await fromPhone(`${server.url}/metrics`);
    expect(phone.status).toBe(401);
    expect(JSON.parse(phone.body).error.code).toBe('auth.required');
    const token = await server.login();
    expect((await fromPhone(`${server.url}/metrics`, token)).status).toBe(200);
  });
});
