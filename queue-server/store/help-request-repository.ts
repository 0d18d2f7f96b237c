/** "Panggil petugas" requests from the kiosk. */
import { z } from 'zod';
import type { Db } from './database.ts';
import { rowParser } from './rows.ts';

export interface StoredHelpRequest {
  id: number;
  source: string;
  note: string | null;
  status: 'open' | 'resolved';
  createdAt: number;
  resolvedAt: number | null;
  resolvedBy: string | null;
}

const helpRequest = rowParser(
  'help_requests',
  z
    .object({
      id: z.number().int(),
      source: z.string(),
      note: z.string().nullable(),
      status: z.enum(['open', 'resolved']),
      created_at: z.number().int(),
      resolved_at: z.number().int().nullable(),
      resolved_by: z.string().nullable(),
    })
    .transform(
      (r): StoredHelpRequest => ({
        id: r.id,
        source: r.source,
        note: r.note,
        status: r.status,
        createdAt: r.created_at,
        resolvedAt: r.resolved_at,
        resolvedBy: r.resolved_by,
      }),
    ),
);

const COLUMNS = 'id, source, note, status, created_at, resolved_at, resolved_by';

export class HelpRequestRepository {
  private readonly s;

  constructor(db: Db) {
    this.s = {
      insert: db.prepare("INSERT INTO help_requests (source, note, status, created_at) VALUES (?, ?, 'open', ?)"),
      byId: db.prepare(`SELECT ${COLUMNS} FROM help_requests WHERE id = ?`),
      open: db.prepare(`SELECT ${COLUMNS} FROM help_requests WHERE status = 'open' ORDER BY created_at`),
      openFrom: db.prepare(`SELECT ${COLUMNS} FROM help_requests WHERE status = 'open' AND source = ? LIMIT 1`),
      resolve: db.prepare("UPDATE help_requests SET status = 'resolved', resolved_at = ?, resolved_by = ? WHERE id = ? AND status = 'open'"),
    };
  }

  /** Answers the stored request. */
  insert(source: string, note: string | null, createdAt: number): StoredHelpRequest {
    const id = Number(this.s.insert.run(source, note, createdAt).lastInsertRowid);
    return helpRequest.one(this.s.byId.get(id));
  }

  byId(id: number): StoredHelpRequest | null {
    return helpRequest.maybe(this.s.byId.get(id));
  }

  open(): StoredHelpRequest[] {
    return helpRequest.all(this.s.open.all());
  }

  openFrom(source: string): StoredHelpRequest | null {
    return helpRequest.maybe(this.s.openFrom.get(source));
  }

  /** The resolved request, or null when it was not open any more (compare-and-set). */
  resolve(id: number, at: number, by: string): StoredHelpRequest | null {
    if (this.s.resolve.run(at, by, id).changes === 0) return null;
    return helpRequest.one(this.s.byId.get(id));
  }
}
