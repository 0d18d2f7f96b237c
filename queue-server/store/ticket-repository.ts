/** SQL for tickets: rows in, domain tickets out. Parses every row it reads (the disk is outside). */
import type { Candidate } from '../../shared/queue/policy.ts';
import { CALL_RULES, FAST_TRACK_REASONS, TICKET_STATUSES, type Ticket } from '../../shared/queue/ticket.ts';
import { z } from 'zod';
import type { Db } from './database.ts';
import { rowParser } from './rows.ts';

interface TicketRow {
  id: string;
  service_day: string;
  service_id: string;
  origin_service_id: string;
  seq: number;
  number: string;
  fast_track: string | null;
  priority: number;
  status: string;
  issued_at: number;
  queued_at: number;
  called_at: number | null;
  last_called_at: number | null;
  started_at: number | null;
  finished_at: number | null;
  missed_at: number | null;
  counter_id: string | null;
  recall_count: number;
  call_rule: string | null;
  closed_reason: string | null;
}

export interface StoredTicket extends Ticket {
  lastCalledAt: number | null;
}

const int = z.number().int();
const time = z.number().int().nullable();

const ticket = rowParser(
  'tickets',
  z
    .object({
      id: z.string(),
      service_day: z.string(),
      service_id: z.string(),
      origin_service_id: z.string(),
      seq: int,
      number: z.string(),
      fast_track: z.enum(FAST_TRACK_REASONS).nullable(),
      status: z.enum(TICKET_STATUSES),
      issued_at: int,
      queued_at: int,
      called_at: time,
      last_called_at: time,
      started_at: time,
      finished_at: time,
      missed_at: time,
      counter_id: z.string().nullable(),
      recall_count: int,
      call_rule: z.enum(CALL_RULES).nullable(),
      closed_reason: z.string().nullable(),
    })
    .transform(
      (row): StoredTicket => ({
        id: row.id,
        serviceDay: row.service_day,
        serviceId: row.service_id,
        originServiceId: row.origin_service_id,
        seq: row.seq,
        number: row.number,
        fastTrack: row.fast_track,
        status: row.status,
        issuedAt: row.issued_at,
        queuedAt: row.queued_at,
        calledAt: row.called_at,
        lastCalledAt: row.last_called_at,
        startedAt: row.started_at,
        finishedAt: row.finished_at,
        missedAt: row.missed_at,
        counterId: row.counter_id,
        recallCount: row.recall_count,
        callRule: row.call_rule,
        closedReason: row.closed_reason,
      }),
    ),
);

const lastSeq = rowParser('sequences', z.object({ last_seq: int }));
const lineHead = rowParser('tickets', z.object({ id: z.string(), seq: int, queued_at: int }));
const directedRow = rowParser('tickets', z.object({ id: z.string(), seq: int, queued_at: int, priority: int }));
const count = rowParser('tickets', z.object({ n: int }));
const waitingOfService = rowParser('line_counts', z.object({ service_id: z.string(), n: int }));
const waitingOfLine = rowParser('line_counts', z.object({ waiting: int }));
const duration = rowParser('tickets', z.object({ ms: int }));

const COLUMNS = `id, service_day, service_id, origin_service_id, seq, number, fast_track, priority, status,
  issued_at, queued_at, called_at, last_called_at, started_at, finished_at, missed_at, counter_id,
  recall_count, call_rule, closed_reason`;

export class TicketRepository {
  private readonly s;

  constructor(db: Db) {
    this.s = {
      nextSeq: db.prepare(
        `INSERT INTO sequences (service_day, service_id, last_seq) VALUES (?, ?, 1)
         ON CONFLICT (service_day, service_id) DO UPDATE SET last_seq = last_seq + 1 RETURNING last_seq`,
      ),
      insert: db.prepare(
        `INSERT INTO tickets (${COLUMNS}) VALUES (@id, @service_day, @service_id, @origin_service_id, @seq, @number,
          @fast_track, @priority, @status, @issued_at, @queued_at, @called_at, @last_called_at, @started_at,
          @finished_at, @missed_at, @counter_id, @recall_count, @call_rule, @closed_reason)`,
      ),
      update: db.prepare(
        `UPDATE tickets SET service_id = @service_id, status = @status, queued_at = @queued_at, called_at = @called_at,
          last_called_at = @last_called_at, started_at = @started_at, finished_at = @finished_at, missed_at = @missed_at,
          counter_id = @counter_id, recall_count = @recall_count, call_rule = @call_rule, closed_reason = @closed_reason,
          priority = @priority
         WHERE id = @id AND status = @expected_status`,
      ),
      byId: db.prepare(`SELECT ${COLUMNS} FROM tickets WHERE id = ?`),
      head: db.prepare(
        `SELECT id, seq, queued_at FROM tickets INDEXED BY tickets_line
         WHERE status = 'waiting' AND service_id = ? AND priority = ? AND counter_id IS NULL ORDER BY queued_at, seq LIMIT 1`,
      ),
      // Waiting tickets that carry a counter were transferred to that counter by name (rare, few).
      directedHead: db.prepare(
        `SELECT id, seq, queued_at, priority FROM tickets WHERE status = 'waiting' AND counter_id = ? ORDER BY queued_at, seq LIMIT 1`,
      ),
      activeOfCounter: db.prepare(`SELECT ${COLUMNS} FROM tickets WHERE counter_id = ? AND status IN ('called', 'serving')`),
      ofDay: db.prepare(`SELECT ${COLUMNS} FROM tickets WHERE service_day = ? ORDER BY issued_at, seq`),
      openBefore: db.prepare(
        `SELECT ${COLUMNS} FROM tickets WHERE service_day < ? AND status IN ('waiting', 'called', 'serving', 'missed')`,
      ),
      waitingPerService: db.prepare('SELECT service_id, SUM(waiting) AS n FROM line_counts GROUP BY service_id'),
      lineCount: db.prepare('SELECT waiting FROM line_counts WHERE service_id = ? AND priority = ?'),
      // A range over the line's index (row values), counted per priority: no per-row OR to test.
      aheadInLine: db.prepare(
        `SELECT COUNT(*) AS n FROM tickets INDEXED BY tickets_line
         WHERE status = 'waiting' AND service_id = ? AND priority = ? AND (queued_at, seq) < (?, ?)`,
      ),
      recentDurations: db.prepare(
        `SELECT finished_at - started_at AS ms FROM tickets
         WHERE service_id = ? AND finished_at IS NOT NULL AND started_at IS NOT NULL AND status = 'done'
         ORDER BY finished_at DESC LIMIT 20`,
      ),
      recentCalls: db.prepare(
        `SELECT ${COLUMNS} FROM tickets WHERE service_day = ? AND called_at IS NOT NULL
         ORDER BY last_called_at DESC LIMIT ?`,
      ),
      missedSince: db.prepare(`SELECT ${COLUMNS} FROM tickets WHERE status = 'missed' AND missed_at >= ? ORDER BY missed_at DESC`),
      oldestWaiting: db.prepare(
        `SELECT ${COLUMNS} FROM tickets WHERE status = 'waiting' AND priority = ? ORDER BY queued_at, seq LIMIT 1`,
      ),
    };
  }

  nextSeq(serviceDay: string, serviceId: string): number {
    return lastSeq.one(this.s.nextSeq.get(serviceDay, serviceId)).last_seq;
  }

  insert(t: StoredTicket): void {
    this.s.insert.run(toRow(t));
  }

  /** Writes t only if the stored status is still `expectedStatus` (compare-and-set). */
  update(t: StoredTicket, expectedStatus: Ticket['status']): boolean {
    return this.s.update.run({ ...toRow(t), expected_status: expectedStatus }).changes === 1;
  }

  byId(id: string): StoredTicket | null {
    return ticket.maybe(this.s.byId.get(id));
  }

  /** The oldest waiting ticket of a service's normal (priority 0) or fast-track (1) line. */
  head(serviceId: string, fastTrack: boolean): Candidate | null {
    const row = lineHead.maybe(this.s.head.get(serviceId, fastTrack ? 1 : 0));
    return row ? { id: row.id, seq: row.seq, queuedAt: row.queued_at, fastTrack } : null;
  }

  /** The oldest waiting ticket another counter transferred to this one by name. */
  directedHead(counterId: string): Candidate | null {
    const row = directedRow.maybe(this.s.directedHead.get(counterId));
    return row ? { id: row.id, seq: row.seq, queuedAt: row.queued_at, fastTrack: row.priority === 1 } : null;
  }

  activeOfCounter(counterId: string): StoredTicket | null {
    return ticket.maybe(this.s.activeOfCounter.get(counterId));
  }

  ofDay(serviceDay: string): StoredTicket[] {
    return ticket.all(this.s.ofDay.all(serviceDay));
  }

  openBefore(serviceDay: string): StoredTicket[] {
    return ticket.all(this.s.openBefore.all(serviceDay));
  }

  waitingPerService(): Map<string, number> {
    return new Map(waitingOfService.all(this.s.waitingPerService.all()).map((r) => [r.service_id, r.n]));
  }

  /** People a waiting ticket can expect to be called before it (fast-track jumps normal tickets). */
  aheadOf(t: Pick<Ticket, 'serviceId' | 'queuedAt' | 'seq' | 'fastTrack'>): number {
    const inLine = (priority: 0 | 1) => count.one(this.s.aheadInLine.get(t.serviceId, priority, t.queuedAt, t.seq)).n;
    return t.fastTrack ? inLine(1) : inLine(0) + inLine(1);
  }

  /**
   * People ahead of a ticket that was just issued: it is the last of its line (latest arrival,
   * highest number), so everyone waiting in the lines it waits behind is ahead of it. Read from
   * the trigger-kept counts, not by counting the queue, because issuing is the hot path.
   */
  aheadOfNewest(t: Pick<Ticket, 'serviceId' | 'fastTrack'>): number {
    const waiting = (priority: 0 | 1) => waitingOfLine.maybe(this.s.lineCount.get(t.serviceId, priority))?.waiting ?? 0;
    return Math.max(0, (t.fastTrack ? waiting(1) : waiting(0) + waiting(1)) - 1);
  }

  recentServiceDurations(serviceId: string): number[] {
    return duration.all(this.s.recentDurations.all(serviceId)).map((r) => r.ms);
  }

  recentCalls(serviceDay: string, limit: number): StoredTicket[] {
    return ticket.all(this.s.recentCalls.all(serviceDay, limit));
  }

  missedSince(since: number): StoredTicket[] {
    return ticket.all(this.s.missedSince.all(since));
  }

  oldestWaiting(fastTrack: boolean): StoredTicket | null {
    return ticket.maybe(this.s.oldestWaiting.get(fastTrack ? 1 : 0));
  }
}

function toRow(t: StoredTicket): TicketRow {
  return {
    id: t.id,
    service_day: t.serviceDay,
    service_id: t.serviceId,
    origin_service_id: t.originServiceId,
    seq: t.seq,
    number: t.number,
    fast_track: t.fastTrack,
    priority: t.fastTrack ? 1 : 0,
    status: t.status,
    issued_at: t.issuedAt,
    queued_at: t.queuedAt,
    called_at: t.calledAt,
    last_called_at: t.lastCalledAt,
    started_at: t.startedAt,
    finished_at: t.finishedAt,
    missed_at: t.missedAt,
    counter_id: t.counterId,
    recall_count: t.recallCount,
    call_rule: t.callRule,
    closed_reason: t.closedReason,
  };
}
