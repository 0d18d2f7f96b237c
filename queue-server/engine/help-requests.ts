/** "Panggil petugas" from the kiosk: a request staff see and close. */
import { AppError } from '../../shared/errors.ts';
import type { Db } from '../store/database.ts';
import type { UnitOfWork } from '../store/unit-of-work.ts';
import type { Actor } from './actor.ts';

export interface HelpRequest {
  id: number;
  source: string;
  note: string | null;
  status: 'open' | 'resolved';
  createdAt: string;
  resolvedAt: string | null;
  resolvedBy: string | null;
}

interface Row {
  id: number;
  source: string;
  note: string | null;
  status: string;
  created_at: number;
  resolved_at: number | null;
  resolved_by: string | null;
}

const toDto = (r: Row): HelpRequest => ({
  id: r.id,
  source: r.source,
  note: r.note,
  status: r.status === 'resolved' ? 'resolved' : 'open',
  createdAt: new Date(r.created_at).toISOString(),
  resolvedAt: r.resolved_at === null ? null : new Date(r.resolved_at).toISOString(),
  resolvedBy: r.resolved_by,
});

export class HelpRequests {
  private readonly s;

  constructor(private readonly d: { db: Db; uow: UnitOfWork; now: () => number }) {
    this.s = {
      insert: d.db.prepare("INSERT INTO help_requests (source, note, status, created_at) VALUES (?, ?, 'open', ?)"),
      byId: d.db.prepare('SELECT * FROM help_requests WHERE id = ?'),
      open: d.db.prepare("SELECT * FROM help_requests WHERE status = 'open' ORDER BY created_at"),
      openFrom: d.db.prepare("SELECT * FROM help_requests WHERE status = 'open' AND source = ? LIMIT 1"),
      resolve: d.db.prepare("UPDATE help_requests SET status = 'resolved', resolved_at = ?, resolved_by = ? WHERE id = ? AND status = 'open'"),
    };
  }

  /** A second press while a request from the same kiosk is open returns that request. */
  raise(source: string, note: string | null): { request: HelpRequest; created: boolean } {
    return this.d.uow.write(() => {
      const existing = this.s.openFrom.get(source) as Row | undefined;
      if (existing) return { request: toDto(existing), created: false };
      const now = this.d.now();
      const id = Number(this.s.insert.run(source, note, now).lastInsertRowid);
      const request = toDto(this.s.byId.get(id) as Row);
      this.d.uow.emit('help.requested', { helpRequest: request }, now);
      return { request, created: true };
    });
  }

  open(): HelpRequest[] {
    return (this.s.open.all() as Row[]).map(toDto);
  }

  resolve(id: number, actor: Actor): HelpRequest {
    return this.d.uow.write(() => {
      const now = this.d.now();
      const row = this.s.byId.get(id) as Row | undefined;
      if (!row) throw new AppError({ code: 'help.not_found', message: 'Permintaan bantuan tidak ditemukan.' });
      if (this.s.resolve.run(now, actor.username, id).changes === 0) {
        throw new AppError({ code: 'help.already_resolved', message: 'Permintaan bantuan ini sudah ditangani.' });
      }
      const request = toDto(this.s.byId.get(id) as Row);
      this.d.uow.emit('help.resolved', { helpRequest: request }, now);
      return request;
    });
  }
}
