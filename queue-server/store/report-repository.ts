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
import { jsonColumn, rowParser, StoredRowError } from './rows.ts';

const int = z.number().int();

/**
 * Visit rows are checked by hand instead of with zod: a semester of a busy branch is 200,000 rows,
 * and a schema parse per row (jitless, as the contract configures zod) costs seconds there. The
 * check is the same: every column's type and enum, and a StoredRowError naming the column.
 */
const STATUSES: ReadonlySet<unknown> = new Set(TICKET_STATUSES);
const REASONS: ReadonlySet<unknown> = new Set([null, ...FAST_TRACK_REASONS]);
const RULES: ReadonlySet<unknown> = new Set([null, ...CALL_RULES]);
const VISIT_COLUMNS = ['service_id', 'counter_id', 'officer_id', 'fast_track', 'status', 'issued_at', 'wait_ms', 'service_ms', 'call_rule', 'estimate_minutes', 'missed', 'returned', 'transferred'] as const;

const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v);
const isIntOrNull = (v: unknown): v is number | null => v === null || isInt(v);
const isTextOrNull = (v: unknown): v is string | null => v === null || typeof v === 'string';
const isFlag = (v: unknown): v is 0 | 1 => v === 0 || v === 1;

function visitOf(raw: unknown): VisitRow {
  if (!Array.isArray(raw) || raw.length !== VISIT_COLUMNS.length) throw new StoredRowError('tickets: a report row has the wrong shape');
  const [serviceId, counterId, officerId, fastTrack, status, issuedAt, waitMs, serviceMs, callRule, estimate, missed, returned, transferred] = raw as unknown[];
  const bad = (i: number) => {
    throw new StoredRowError(`tickets: a stored row does not match this build's schema (${VISIT_COLUMNS[i] ?? '?'})`);
  };
  if (typeof serviceId !== 'string') bad(0);
  if (!isTextOrNull(counterId)) bad(1);
  if (!isIntOrNull(officerId)) bad(2);
  if (!REASONS.has(fastTrack)) bad(3);
  if (!STATUSES.has(status)) bad(4);
  if (!isInt(issuedAt)) bad(5);
  if (!isIntOrNull(waitMs)) bad(6);
  if (!isIntOrNull(serviceMs)) bad(7);
  if (!RULES.has(callRule)) bad(8);
  if (!isIntOrNull(estimate)) bad(9);
  if (!isFlag(missed)) bad(10);
  if (!isFlag(returned)) bad(11);
  if (!isFlag(transferred)) bad(12);
  // The checks above narrow every value; the casts only restate them for the compiler.
  return {
    serviceId: serviceId as string,
    counterId: counterId as string | null,
    officerId: officerId as number | null,
    fastTrack: fastTrack as VisitRow['fastTrack'],
    status: status as VisitRow['status'],
    issuedAt: issuedAt as number,
    waitMs: waitMs as number | null,
    serviceMs: serviceMs as number | null,
    callRule: callRule as VisitRow['callRule'],
    estimateMinutes: estimate as number | null,
    missed: missed === 1,
    returned: returned === 1,
    transferred: transferred === 1,
  };
}

const COUNTER_STATES: ReadonlySet<unknown> = new Set(['open', 'paused', 'closed']);

/** A counter_log row [counter_id, state, pause_reason, at], checked by hand like a visit (a semester is ~35,000 rows). */
function counterChangeOf(raw: unknown): CounterStateChange {
  if (!Array.isArray(raw) || raw.length !== 4) throw new StoredRowError('counter_log: a report row has the wrong shape');
  const [counterId, state, pauseReason, at] = raw as unknown[];
  if (typeof counterId !== 'string' || !COUNTER_STATES.has(state) || !isTextOrNull(pauseReason) || !isInt(at)) {
    throw new StoredRowError("counter_log: a stored row does not match this build's schema");
  }
  return { counterId, state: state as CounterStateChange['state'], pauseReason, at };
}

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
      visits: db.prepare(`SELECT ${VISIT_COLUMNS.join(', ')} FROM tickets WHERE service_day BETWEEN ? AND ?`).raw(true),
      counterChanges: db.prepare('SELECT counter_id, state, pause_reason, at FROM counter_log WHERE at >= ? AND at < ?').raw(true),
      // A counter's state when the period starts: its last change before, one indexed look-up each.
      lastChangeBefore: db.prepare('SELECT counter_id, state, pause_reason, at FROM counter_log WHERE counter_id = ? AND at < ? ORDER BY at DESC, id DESC LIMIT 1').raw(true),
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
    return this.s.visits.all(fromDay, toDay).map(visitOf);
  }

  /** The changes inside [from, to) plus each counter's last change before `from` (its state at the start). */
  counterChanges(counterIds: readonly string[], fromMs: number, toMs: number): CounterStateChange[] {
    const before = counterIds.flatMap((id) => {
      const row: unknown = this.s.lastChangeBefore.get(id, fromMs);
      return row === undefined ? [] : [counterChangeOf(row)];
    });
    return [...before, ...this.s.counterChanges.all(fromMs, toMs).map(counterChangeOf)];
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
