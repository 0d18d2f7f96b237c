/** "Panggil petugas" from the kiosk: a request staff see and close. */
import { AppError } from '../../shared/errors.ts';
import type { Db } from '../store/database.ts';
import { HelpRequestRepository, type StoredHelpRequest } from '../store/help-request-repository.ts';
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

const toDto = (r: StoredHelpRequest): HelpRequest => ({
  id: r.id,
  source: r.source,
  note: r.note,
  status: r.status,
  createdAt: new Date(r.createdAt).toISOString(),
  resolvedAt: r.resolvedAt === null ? null : new Date(r.resolvedAt).toISOString(),
  resolvedBy: r.resolvedBy,
});

export class HelpRequests {
  private readonly store;

  constructor(private readonly d: { db: Db; uow: UnitOfWork; now: () => number }) {
    this.store = new HelpRequestRepository(d.db);
  }

  /** A second press while a request from the same kiosk is open returns that request. */
  raise(source: string, note: string | null): { request: HelpRequest; created: boolean } {
    return this.d.uow.write(() => {
      const existing = this.store.openFrom(source);
      if (existing) return { request: toDto(existing), created: false };
      const now = this.d.now();
      const request = toDto(this.store.insert(source, note, now));
      this.d.uow.emit('help.requested', { helpRequest: request }, now);
      return { request, created: true };
    });
  }

  open(): HelpRequest[] {
    return this.store.open().map(toDto);
  }

  /** The supervisor's "Tandai semua ditangani": every open request at once (a flood, the end of the day). */
  resolveAll(actor: Actor): HelpRequest[] {
    return this.d.uow.write(() => {
      const now = this.d.now();
      return this.store.open().flatMap((open) => {
        const resolved = this.store.resolve(open.id, now, actor.username);
        if (!resolved) return [];
        const request = toDto(resolved);
        this.d.uow.emit('help.resolved', { helpRequest: request }, now);
        return [request];
      });
    });
  }

  resolve(id: number, actor: Actor): HelpRequest {
    return this.d.uow.write(() => {
      const now = this.d.now();
      if (!this.store.byId(id)) throw new AppError({ code: 'help.not_found', message: 'Permintaan bantuan tidak ditemukan.' });
      const resolved = this.store.resolve(id, now, actor.username);
      if (!resolved) throw new AppError({ code: 'help.already_resolved', message: 'Permintaan bantuan ini sudah ditangani.' });
      const request = toDto(resolved);
      this.d.uow.emit('help.resolved', { helpRequest: request }, now);
      return request;
    });
  }
}
