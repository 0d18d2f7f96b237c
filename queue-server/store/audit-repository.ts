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
  detail?: unknown;
}

export interface CounterActionCount {
  counterId: string;
  action: string;
  n: number;
}

const auditEntry = rowParser(
  'audit',
  z
    .object({ at: z.number().int(), actor: z.string(), action: z.string(), ticket_id: z.string().nullable(), counter_id: z.string().nullable(), detail: jsonColumn.nullable() })
    .transform((r): Required<AuditEntry> => ({ at: r.at, actor: r.actor, action: r.action, ticketId: r.ticket_id, counterId: r.counter_id, detail: r.detail })),
);
const actionCount = rowParser('audit', z.object({ counterId: z.string(), action: z.string(), n: z.number().int() }));

/** The actions the supervisor's overview counts per counter. */
export const COUNTED_COUNTER_ACTIONS = ['call', 'finish', 'no-show', 'transfer'] as const;

export class AuditRepository {
  private readonly s;

  constructor(db: Db) {
    this.s = {
      insert: db.prepare('INSERT INTO audit (at, actor, action, ticket_id, counter_id, detail) VALUES (?, ?, ?, ?, ?, ?)'),
      byAction: db.prepare('SELECT at, actor, action, ticket_id, counter_id, detail FROM audit WHERE action = ? ORDER BY id'),
      countsSince: db.prepare(
        `SELECT a.counter_id AS counterId, a.action AS action, COUNT(*) AS n FROM audit a
         WHERE a.at >= ? AND a.counter_id IS NOT NULL AND a.action IN (${COUNTED_COUNTER_ACTIONS.map((a) => `'${a}'`).join(', ')})
         GROUP BY a.counter_id, a.action`,
      ),
    };
  }

  insert(entry: AuditEntry): void {
    this.s.insert.run(
      entry.at,
      entry.actor,
      entry.action,
      entry.ticketId ?? null,
      entry.counterId ?? null,
      entry.detail === undefined ? null : JSON.stringify(entry.detail),
    );
  }

  /** Every entry of one action, oldest first. */
  byAction(action: string): Required<AuditEntry>[] {
    return auditEntry.all(this.s.byAction.all(action));
  }

  /** Calls, finishes, no-shows and transfers per counter since `since`. */
  counterActionsSince(since: number): CounterActionCount[] {
    return actionCount.all(this.s.countsSince.all(since));
  }
}
