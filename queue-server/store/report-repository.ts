/**
 * SQL for the reports: one compact row per visit in a range of service days (branch-local dates,
 * kept on every ticket), counter state changes, complaints and FAQ votes. The figures themselves
 * are computed by shared/reports, so head office computes them the same way.
 */
import { z } from 'zod';
import { CALL_RULES, FAST_TRACK_REASONS, TICKET_STATUSES } from '../../shared/queue/ticket.ts';
import type { CounterStateChange } from '../../shared/reports/counters.ts';
import type { ComplaintRow } from '../../shared/reports/complaints.ts';
import type { VisitRow } from '../../shared/reports/visits.ts';
import type { Db } from './database.ts';
import { jsonColumn, rowParser, sqliteBoolean } from './rows.ts';

const int = z.number().int();

const visit = rowParser(
  'tickets',
  z
    .object({
      service_id: z.string(),
      counter_id: z.string().nullable(),
      officer_id: int.nullable(),
      fast_track: z.enum(FAST_TRACK_REASONS).nullable(),
      status: z.enum(TICKET_STATUSES),
      issued_at: int,
      wait_ms: int.nullable(),
      service_ms: int.nullable(),
      call_rule: z.enum(CALL_RULES).nullable(),
      estimate_minutes: int.nullable(),
      missed: sqliteBoolean,
      returned: sqliteBoolean,
      transferred: sqliteBoolean,
    })
    .transform(
      (r): VisitRow => ({
        serviceId: r.service_id,
        counterId: r.counter_id,
        officerId: r.officer_id,
        fastTrack: r.fast_track,
        status: r.status,
        issuedAt: r.issued_at,
        waitMs: r.wait_ms,
        serviceMs: r.service_ms,
        callRule: r.call_rule,
        estimateMinutes: r.estimate_minutes,
        missed: r.missed,
        returned: r.returned,
        transferred: r.transferred,
      }),
    ),
);

const counterChange = rowParser(
  'counter_log',
  z
    .object({ counter_id: z.string(), state: z.enum(['open', 'paused', 'closed']), pause_reason: z.string().nullable(), at: int })
    .transform((r): CounterStateChange => ({ counterId: r.counter_id, state: r.state, pauseReason: r.pause_reason, at: r.at })),
);

const clockSegment = z.object({ kind: z.enum(['running', 'paused', 'stopped']), start: int, end: int.nullable(), by: z.string(), reason: z.string().nullable() });
const complaint = rowParser(
  'complaints',
  z
    .object({ category: z.string(), channel: z.string(), status: z.string(), received_at: int, closed_at: int.nullable(), clock_segments: jsonColumn.pipe(z.array(clockSegment)) })
    .transform((r): ComplaintRow => ({ category: r.category, channel: r.channel, status: r.status, receivedAt: r.received_at, closedAt: r.closed_at, clock: r.clock_segments })),
);

const named = rowParser('users', z.object({ id: int, display_name: z.string() }));
const category = rowParser('complaint_categories', z.object({ id: z.string(), name: z.string() }));
const vote = rowParser('faq_feedback', z.object({ faqId: z.string(), yes: int, no: int }));
const scan = rowParser('tickets', z.object({ n: int, waits: int.nullable() }));

export class ReportRepository {
  private readonly s;

  constructor(db: Db) {
    this.s = {
      visits: db.prepare(
        `SELECT service_id, counter_id, officer_id, fast_track, status, issued_at, wait_ms, service_ms, call_rule,
           estimate_minutes, missed, returned, transferred
         FROM tickets WHERE service_day BETWEEN ? AND ?`,
      ),
      counterChanges: db.prepare('SELECT counter_id, state, pause_reason, at FROM counter_log WHERE at >= ? AND at < ?'),
      // A counter's state when the period starts: its last change before, one indexed look-up each.
      lastChangeBefore: db.prepare('SELECT counter_id, state, pause_reason, at FROM counter_log WHERE counter_id = ? AND at < ? ORDER BY at DESC, id DESC LIMIT 1'),
      complaints: db.prepare('SELECT category, channel, status, received_at, closed_at, clock_segments FROM complaints WHERE received_at >= ? AND received_at < ?'),
      users: db.prepare('SELECT id, display_name FROM users'),
      categories: db.prepare('SELECT id, name FROM complaint_categories'),
      votes: db.prepare(
        `SELECT faq_id AS faqId, SUM(helpful) AS yes, SUM(1 - helpful) AS no FROM faq_feedback
         WHERE created_at >= ? AND created_at < ? GROUP BY faq_id`,
      ),
      fullScan: db.prepare('SELECT COUNT(*) AS n, SUM(wait_ms) AS waits FROM tickets NOT INDEXED'),
    };
  }

  /** Every visit issued on the service days from..to (YYYY-MM-DD, both included). */
  visits(fromDay: string, toDay: string): VisitRow[] {
    return visit.all(this.s.visits.all(fromDay, toDay));
  }

  /** The changes inside [from, to) plus each counter's last change before `from` (its state at the start). */
  counterChanges(counterIds: readonly string[], fromMs: number, toMs: number): CounterStateChange[] {
    const before = counterIds.flatMap((id) => {
      const row = counterChange.maybe(this.s.lastChangeBefore.get(id, fromMs));
      return row ? [row] : [];
    });
    return [...before, ...counterChange.all(this.s.counterChanges.all(fromMs, toMs))];
  }

  complaints(fromMs: number, toMs: number): ComplaintRow[] {
    return complaint.all(this.s.complaints.all(fromMs, toMs));
  }

  userNames(): Map<number, string> {
    return new Map(named.all(this.s.users.all()).map((u) => [u.id, u.display_name]));
  }

  categoryNames(): Map<string, string> {
    return new Map(category.all(this.s.categories.all()).map((c) => [c.id, c.name]));
  }

  faqVotes(fromMs: number, toMs: number): { faqId: string; yes: number; no: number }[] {
    return vote.all(this.s.votes.all(fromMs, toMs));
  }

  /** Reads every ticket row (the benchmark's yardstick for "as slow as reading everything"). */
  fullScan(): { n: number; waits: number | null } {
    return scan.one(this.s.fullScan.get());
  }
}
