/** Staff reprints of print jobs (migration 6): the reprint log of the printing side, kept across restarts. */
import { z } from 'zod';
import type { ReprintLog, ReprintRecord } from '../printing/reprint-log.ts';
import type { Db } from './database.ts';
import { rowParser } from './rows.ts';

const reprint = rowParser(
  'print_reprints',
  z
    .object({
      job_id: z.string(),
      reprint_of: z.string(),
      printer_id: z.string(),
      ticket_id: z.string().nullable(),
      at: z.number().int(),
      staff_user_id: z.number().int().nullable(),
      staff_username: z.string(),
      reason: z.string().nullable(),
    })
    .transform(
      (r): ReprintRecord => ({
        at: r.at,
        jobId: r.job_id,
        originalJobId: r.reprint_of,
        printerId: r.printer_id,
        ticketId: r.ticket_id,
        staff: { userId: r.staff_user_id, username: r.staff_username },
        reason: r.reason,
      }),
    ),
);
const count = rowParser('print_reprints', z.object({ n: z.number().int() }));

/** The staff page lists this many of the latest reprints. */
const RECENT_REPRINTS = 200;

export class PrintReprintRepository implements ReprintLog {
  private readonly s;

  constructor(db: Db) {
    this.s = {
      insert: db.prepare(
        `INSERT INTO print_reprints (job_id, reprint_of, printer_id, ticket_id, at, staff_user_id, staff_username, reason)
         VALUES (@jobId, @originalJobId, @printerId, @ticketId, @at, @staffUserId, @staffUsername, @reason)`,
      ),
      recent: db.prepare(
        `SELECT * FROM (SELECT job_id, reprint_of, printer_id, ticket_id, at, staff_user_id, staff_username, reason, rowid AS n
           FROM print_reprints ORDER BY rowid DESC LIMIT ${RECENT_REPRINTS}) ORDER BY n`,
      ),
      countOf: db.prepare('SELECT COUNT(*) AS n FROM print_reprints WHERE reprint_of = ?'),
    };
  }

  add(r: ReprintRecord): void {
    this.s.insert.run({
      jobId: r.jobId,
      originalJobId: r.originalJobId,
      printerId: r.printerId,
      ticketId: r.ticketId,
      at: r.at,
      staffUserId: r.staff.userId,
      staffUsername: r.staff.username,
      reason: r.reason,
    });
  }

  recent(): ReprintRecord[] {
    return reprint.all(this.s.recent.all());
  }

  countOf(originalJobId: string): number {
    return count.one(this.s.countOf.get(originalJobId)).n;
  }
}
