import { afterEach, describe, expect, it } from 'vitest';
import { openEventStream } from '../testing/sse.ts';
import { startTestServer } from '../testing/http.ts';

let server: Awaited<ReturnType<typeof startTestServer>>;
afterEach(async () => server?.close());

describe('event stream', () => {
  it('publishes every change with increasing ids, and a reconnecting client gets what it missed', async () => {
    server = await startTestServer();
    const token = await server.login();
    const live = openEventStream(`${server.url}/api/events`);
    await new Promise((r) => setTimeout(r, 100));
    await server.api('POST', '/api/tickets', { body: { serviceId: 'jht' } });
    await server.api('POST', '/api/counters/loket-1/call-next', { token });
    await live.until((e) => e.some((x) => x.type === 'ticket.called'));
    const ids = live.events.map((e) => e.id ?? 0);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    expect(live.events.map((e) => e.type)).toEqual(['ticket.issued', 'counter.updated', 'ticket.called']);
    const lastSeen = ids.at(-1) ?? 0;
    await live.close();

    // While the board is away: two more changes.
    await server.api('POST', '/api/tickets', { body: { serviceId: 'jht', fastTrack: 'elderly' } });
    const called = await server.api('POST', '/api/tickets/' + (live.events[2]?.data as { data: { ticket: { id: string } } }).data.ticket.id + '/no-show', { token });
    expect(called.status).toBe(200);

    const back = openEventStream(`${server.url}/api/events`, lastSeen);
    await back.until((e) => e.length >= 2);
    expect(back.events.map((e) => e.type)).toEqual(['ticket.issued', 'ticket.missed']);
    expect(back.events[0]?.id).toBe(lastSeen + 1);
    await server.api('POST', '/api/tickets', { body: { serviceId: 'informasi' } });
    await back.until((e) => e.length >= 3);
    expect(back.events[2]?.type).toBe('ticket.issued');
    expect(JSON.stringify(back.events)).not.toContain('elderly');
    await back.close();
  });

  it('the snapshot names the last event id, so a board can replay from exactly there', async () => {
    server = await startTestServer();
    await server.api('POST', '/api/tickets', { body: { serviceId: 'jht' } });
    const snap = await server.api('GET', '/api/queue');
    await server.api('POST', '/api/tickets', { body: { serviceId: 'jht' } });
    const stream = openEventStream(`${server.url}/api/events`, snap.body.lastEventId as number);
    await stream.until((e) => e.length >= 1);
    expect((stream.events[0]?.data as { data: { ticket: { number: string } } }).data.ticket.number).toBe('A-002');
    await stream.close();
  });
});
