/** The audit trail: who did what to which ticket or counter, and the counts the supervisor sees. */
import { z } from 'zod';
import type { Db } from './database.ts';
import { jsonColumn, rowParser } from './rows.ts';

export interface AuditEntry {
  at: number;
  actor: string;
  action: string;
  ticketId?: string | null;
  counterId?: string | null;
  /** What else the action was about: "user:cso.budi", "service:jht", "settings:services". */
  subject?: string | null;
  detail?: unknown;
}

/** A stored entry with its id (the viewer pages by it). */
export interface StoredAuditEntry extends Required<AuditEntry> {
  id: number;
}

export interface AuditSearch {
  from?: number;
  to?: number;
  actions?: readonly string[];
  /** Actions whose name starts with this (a category's unlisted actions: "complaint."). */
  actionPrefixes?: readonly string[];
  actor?: string;
  ticketId?: string;
  counterId?: string;
  before?: number;
  limit: number;
}

export interface CounterActionCount {
  counterId: string;
  action: string;
  n: number;
}

const auditEntry = rowParser(
  'audit',
  z
    .object({ at: z.number().int(), actor: z.string(), action: z.string(), ticket_id: z.string().nullable(), counter_id: z.string().nullable(), subject: z.string().nullable(), detail: jsonColumn.nullable() })
    .transform((r): Required<AuditEntry> => ({ at: r.at, actor: r.actor, action: r.action, ticketId: r.ticket_id, counterId: r.counter_id, subject: r.subject, detail: r.detail })),
);
const storedEntry = rowParser(
  'audit',
  z
    .object({ id: z.number().int(), at: z.number().int(), actor: z.string(), action: z.string(), ticket_id: z.string().nullable(), counter_id: z.string().nullable(), subject: z.string().nullable(), detail: jsonColumn.nullable() })
    .transform((r): StoredAuditEntry => ({ id: r.id, at: r.at, actor: r.actor, action: r.action, ticketId: r.ticket_id, counterId: r.counter_id, subject: r.subject, detail: r.detail })),
);
const lastChange = rowParser('audit', z.object({ id: z.number().int(), at: z.number().int(), actor: z.string() }));
const actionCount = rowParser('audit', z.object({ counterId: z.string(), action: z.string(), n: z.number().int() }));

/** The actions the supervisor's overview counts per counter. */
export const COUNTED_COUNTER_ACTIONS = ['call', 'finish', 'no-show', 'transfer'] as const;

export class AuditRepository {
  private readonly s;

  constructor(private readonly db: Db) {
    this.s = {
      insert: db.prepare('INSERT INTO audit (at, actor, action, ticket_id, counter_id, subject, detail) VALUES (?, ?, ?, ?, ?, ?, ?)'),
      lastOfSubjects: db.prepare('SELECT id, at, actor FROM audit WHERE subject = ? OR subject = ? ORDER BY id DESC LIMIT 1'),
      byAction: db.prepare('SELECT at, actor, action, ticket_id, counter_id, subject, detail FROM audit WHERE action = ? ORDER BY id'),
      countsSince: db.prepare(
        `SELECT a.counter_id AS counterId, a.action AS action, COUNT(*) AS n FROM audit a
         WHERE a.at >= ? AND a.counter_id IS NOT NULL AND a.action IN (${COUNTED_COUNTER_ACTIONS.map((a) => `'${a}'`).join(', ')})
         GROUP BY a.counter_id, a.action`,
      ),
    };
  }

  /** The newest record about either subject (a settings section, or the pending change that touches every section). */
  lastOfSubjects(subject: string, orSubject: string): { id: number; at: number; actor: string } | null {
    return lastChange.maybe(this.s.lastOfSubjects.get(subject, orSubject));
  }

  insert(entry: AuditEntry): void {
    this.s.insert.run(
      entry.at,
      entry.actor,
      entry.action,
      entry.ticketId ?? null,
      entry.counterId ?? null,
      entry.subject ?? null,
      entry.detail === undefined ? null : JSON.stringify(entry.detail),
    );
  }

  /** Every entry of one action, oldest first. */
  byAction(action: string): Required<AuditEntry>[] {
    return auditEntry.all(this.s.byAction.all(action));
  }

  /**
   * The viewer's query, newest first. Filters are bound parameters; only the shape of the WHERE
   * clause varies with which filters are given.
   */
  search(q: AuditSearch): StoredAuditEntry[] {
    const where: string[] = [];
    const args: (string | number)[] = [];
    const add = (clause: string, value: string | number | undefined) => {
      if (value === undefined) return;
      where.push(clause);
      args.push(value);
    };
    add('at >= ?', q.from);
    add('at < ?', q.to);
    add('id < ?', q.before);
    add('actor = ?', q.actor);
    add('ticket_id = ?', q.ticketId);
    add('counter_id = ?', q.counterId);
    if (q.actions !== undefined || q.actionPrefixes !== undefined) {
      const alternatives: string[] = [];
      for (const a of q.actions ?? []) {
        alternatives.push('action = ?');
        args.push(a);
      }
      for (const prefix of q.actionPrefixes ?? []) {
        alternatives.push("action LIKE ? ESCAPE '\\'");
        args.push(`${prefix.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
      }
      where.push(alternatives.length ? `(${alternatives.join(' OR ')})` : '0');
    }
    const sql = `SELECT id, at, actor, action, ticket_id, counter_id, subject, detail FROM audit ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY id DESC LIMIT ?`;
    return storedEntry.all(this.db.prepare(sql).all(...args, q.limit));
  }

  /** Calls, finishes, no-shows and transfers per counter since `since`. */
  counterActionsSince(since: number): CounterActionCount[] {
    return actionCount.all(this.s.countsSince.all(since));
  }
}
