/**
 * Two promises at the HTTP edge that unit tests cannot see:
 * - an idempotent replay of "take a number" answers the first ticket and does NOT print again;
 * - the event stream tells a client to take a fresh snapshot (`resync`) whenever it cannot bring
 *   it up to date by replay: too far behind, events already purged, or an id this log never had.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { IssuedTicketDto, PrintOutcome } from '../../shared/contracts/http.ts';
import { KIOSK_ACTOR } from '../engine/actor.ts';
import type { TicketPrinting } from './routes/tickets.ts';
import { openEventStream } from '../testing/sse.ts';
import { startTestServer } from '../testing/http.ts';

let server: Awaited<ReturnType<typeof startTestServer>> | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** A printer that records what it was asked to print and remembers each outcome. */
function recordingPrinter() {
  const printed: string[] = [];
  const outcomes = new Map<string, PrintOutcome>();
  const printing: TicketPrinting = {
    async printTicket(ticket: IssuedTicketDto) {
      printed.push(ticket.number);
      const outcome: PrintOutcome = { status: 'printed' };
      outcomes.set(ticket.id, outcome);
      return outcome;
    },
    outcomeOf: (id) => outcomes.get(id),
  };
  return { printing, printed };
}

describe('idempotent replay of taking a number', () => {
  it('answers the same ticket and prints it once, however often the kiosk retries', async () => {
    const printer = recordingPrinter();
    server = await startTestServer({ app: { printing: printer.printing } });
    const first = await server.api('POST', '/api/tickets', { body: { serviceId: 'jht' }, key: 'kunci-kios-000001' });
    const again = await server.api('POST', '/api/tickets', { body: { serviceId: 'jht' }, key: 'kunci-kios-000001' });
    const third = await server.api('POST', '/api/tickets', { body: { serviceId: 'jht' }, key: 'kunci-kios-000001' });
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.body.ticket).toEqual(first.body.ticket);
    expect(third.body.ticket.id).toBe(first.body.ticket.id);
    expect(printer.printed).toEqual(['A-001']);
    // The retry is told what happened to the paper of the first request.
    expect(again.body.print).toEqual({ status: 'printed' });

    const other = await server.api('POST', '/api/tickets', { body: { serviceId: 'jht' }, key: 'kunci-kios-000002' });
    expect(other.body.ticket.number).toBe('A-002');
    expect(printer.printed).toEqual(['A-001', 'A-002']);
  });

  it('the same key with another body is refused and neither issues nor prints', async () => {
    const printer = recordingPrinter();
    server = await startTestServer({ app: { printing: printer.printing } });
    await server.api('POST', '/api/tickets', { body: { serviceId: 'jht' }, key: 'kunci-kios-000003' });
    const reused = await server.api('POST', '/api/tickets', { body: { serviceId: 'informasi' }, key: 'kunci-kios-000003' });
    expect(reused.status).toBe(409);
    expect(reused.body.error.code).toBe('idempotency.key_reused');
    expect(printer.printed).toEqual(['A-001']);
    expect(server.services.engine.ticketsOfDay(server.services.engine.today())).toHaveLength(1);
  });

  it('a replayed staff action answers the first outcome instead of acting twice', async () => {
    server = await startTestServer();
    const token = await server.login();
    const ticket = (await server.api('POST', '/api/tickets', { body: { serviceId: 'jht' } })).body.ticket as { id: string };
    await server.api('POST', '/api/counters/loket-1/call-next', { token });
    server.services.clock.advanceSeconds(30);
    const recall = await server.api('POST', `/api/tickets/${ticket.id}/recall`, { token, key: 'kunci-loket-00001' });
    const replay = await server.api('POST', `/api/tickets/${ticket.id}/recall`, { token, key: 'kunci-loket-00001' });
    expect(recall.body.ticket.recallCount).toBe(1);
    expect(replay.status).toBe(200);
    expect(replay.body.ticket.recallCount).toBe(1);
    expect(server.services.engine.ticket(ticket.id).recallCount).toBe(1);
  });
});

describe('event stream resync', () => {
  const issueMany = (n: number) => {
    for (let i = 0; i < n; i++) server!.services.engine.issue({ serviceId: 'jht', fastTrack: null }, KIOSK_ACTOR);
  };

  it('replays up to 1000 missed events', async () => {
    server = await startTestServer();
    issueMany(1001);
    const stream = openEventStream(`${server.url}/api/events`, 1);
    await stream.until((e) => e.length >= 1000);
    expect(stream.events.some((e) => e.type === 'resync')).toBe(false);
    expect(stream.events.at(-1)?.id).toBe(1001);
    await stream.close();
  });

  it('more than 1000 behind: resync, then live events', async () => {
    server = await startTestServer();
    issueMany(1001);
    const stream = openEventStream(`${server.url}/api/events`, 0);
    await stream.until((e) => e.length >= 1);
    expect(stream.events.map((e) => e.type)).toEqual(['resync']);
    await new Promise((r) => setTimeout(r, 50));
    await server.api('POST', '/api/tickets', { body: { serviceId: 'jht' } });
    await stream.until((e) => e.length >= 2);
    expect(stream.events[1]).toMatchObject({ type: 'ticket.issued', id: 1002 });
    await stream.close();
  });

  it('behind events that were already purged: resync, not a silent gap', async () => {
    server = await startTestServer();
    issueMany(3);
    server.services.clock.advanceMinutes(60);
    issueMany(2);
    // The housekeeping tick drops the log's first three events.
    server.services.events.purgeBefore(server.services.clock.now() - 30 * 60_000);
    const stream = openEventStream(`${server.url}/api/events`, 1);
    await stream.until((e) => e.length >= 1);
    expect(stream.events[0]?.type).toBe('resync');
    await stream.close();

    // Exactly at the oldest kept event there is no gap: a plain replay.
    const fine = openEventStream(`${server.url}/api/events`, 3);
    await fine.until((e) => e.length >= 2);
    expect(fine.events.map((e) => [e.type, e.id])).toEqual([
      ['ticket.issued', 4],
      ['ticket.issued', 5],
    ]);
    await fine.close();
  });

  it('an id this log never reached (another database, a reset branch server): resync, then live events', async () => {
    server = await startTestServer();
    issueMany(2);
    const stream = openEventStream(`${server.url}/api/events`, 500);
    await stream.until((e) => e.length >= 1);
    expect(stream.events[0]?.type).toBe('resync');
    await server.api('POST', '/api/tickets', { body: { serviceId: 'jht' } });
    await stream.until((e) => e.length >= 2);
    expect(stream.events[1]).toMatchObject({ type: 'ticket.issued', id: 3 });
    await stream.close();
  });

  it('a client exactly up to date gets no resync and no replay, only what happens next', async () => {
    server = await startTestServer();
    issueMany(2);
    const stream = openEventStream(`${server.url}/api/events`, 2);
    await new Promise((r) => setTimeout(r, 100));
    await server.api('POST', '/api/tickets', { body: { serviceId: 'jht' } });
    await stream.until((e) => e.length >= 1);
    expect(stream.events.map((e) => [e.type, e.id])).toEqual([['ticket.issued', 3]]);
    await stream.close();
  });
});
