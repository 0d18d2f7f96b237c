import { describe, expect, it } from 'vitest';
import { createKioskApi } from './kiosk-api.ts';
import { isKioskRequestError, type RequestFailureKind } from './request-error.ts';

const service = { id: 'klaim', prefix: 'A', name: 'Klaim JHT', description: 'Pengajuan klaim.', waiting: 2, estimatedWaitMinutes: 10, openCounters: 1 };
const issued = {
  ticket: {
    id: 't1', number: 'A-001', serviceId: 'klaim', originServiceId: 'klaim', serviceDay: '2026-11-21', fastTrack: null, status: 'waiting', issuedAt: '2026-11-21T01:00:00Z',
    calledAt: null, startedAt: null, finishedAt: null, missedAt: null, counterId: null, recallCount: 0, callRule: null, closedReason: null, ahead: 0, estimatedWaitMinutes: 0, openCounters: 1,
  },
  print: { status: 'failed', reason: 'Kertas habis.' },
};

interface Sent {
  url: string;
  init: RequestInit;
}

function apiAnswering(status: number, body: unknown, sent: Sent[] = []) {
  return createKioskApi({
    baseUrl: 'http://kiosk.test',
    fetch: async (url, init) => {
      sent.push({ url, init });
      return new Response(typeof body === 'string' ? body : JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
    },
  });
}

async function failureOf(promise: Promise<unknown>): Promise<{ kind: RequestFailureKind; message: string | null; code: string | null }> {
  try {
    await promise;
  } catch (error) {
    if (isKioskRequestError(error)) return { kind: error.kind, message: error.serverMessage, code: error.code };
    throw error;
  }
  throw new Error('expected a failure');
}

const signal = new AbortController().signal;

describe('kiosk API client', () => {
  it('reads the services', async () => {
    expect(await apiAnswering(200, { services: [service] }).loadServices(signal)).toEqual([service]);
  });

  it('sends the Idempotency-Key and the choice, and reads the ticket with the contract schema', async () => {
    const sent: Sent[] = [];
    const answer = await apiAnswering(201, issued, sent).issueTicket({ serviceId: 'klaim', fastTrack: 'elderly', idempotencyKey: 'kiosk-abc12345' }, signal);
    expect(sent[0]?.url).toBe('http://kiosk.test/api/tickets');
    expect(new Headers(sent[0]?.init.headers).get('idempotency-key')).toBe('kiosk-abc12345');
    expect(JSON.parse(String(sent[0]?.init.body))).toEqual({ serviceId: 'klaim', fastTrack: 'elderly' });
    expect(answer.ticket.number).toBe('A-001');
    expect(answer.print).toEqual({ status: 'failed', reason: 'Kertas habis.' });
    expect(answer).toEqual(issued);
  });

  it('never accepts a ticket that is not a ticket', async () => {
    const { serviceDay: _missing, ...withoutDay } = issued.ticket;
    for (const body of [{}, { ticket: { ...issued.ticket, number: 7 }, print: issued.print }, { ticket: issued.ticket, print: { status: 'burnt' } }, { ticket: withoutDay, print: issued.print }, 'not json', null]) {
      expect((await failureOf(apiAnswering(201, body).issueTicket({ serviceId: 'klaim', fastTrack: null, idempotencyKey: 'kiosk-abc12345' }, signal))).kind).toBe('invalid');
    }
  });

  it('passes on the server refusal with its code and in its own words', async () => {
    const failure = await failureOf(apiAnswering(400, { error: { code: 'service.unknown', message: 'Layanan ini tidak dikenal.' } }).loadServices(signal));
    expect(failure).toEqual({ kind: 'rejected', message: 'Layanan ini tidak dikenal.', code: 'service.unknown' });
  });

  it('treats 5xx and 429 as passing trouble to retry', async () => {
    expect((await failureOf(apiAnswering(503, { error: { code: 'unavailable', message: 'x' } }).loadServices(signal))).kind).toBe('server');
    expect((await failureOf(apiAnswering(429, {}).loadServices(signal))).kind).toBe('server');
  });

  it('tells a network failure from its own timeout', async () => {
    const down = createKioskApi({ baseUrl: '', fetch: () => Promise.reject(new TypeError('Failed to fetch')) });
    expect((await failureOf(down.loadServices(signal))).kind).toBe('offline');
    const controller = new AbortController();
    controller.abort();
    expect((await failureOf(down.loadServices(controller.signal))).kind).toBe('timeout');
  });

  it('calls an officer with the kiosk name', async () => {
    const sent: Sent[] = [];
    const helpRequest = { id: 1, source: 'kiosk-2', note: null, status: 'open', createdAt: '2026-11-21T01:00:00.000Z', resolvedAt: null, resolvedBy: null };
    await apiAnswering(201, { helpRequest }, sent).requestHelp('kiosk-2', signal);
    expect(JSON.parse(String(sent[0]?.init.body))).toEqual({ source: 'kiosk-2' });
  });
});
