/** Opening, pausing and closing counters: one officer per counter, a reason for every pause. */
import { AppError } from '../../shared/errors.ts';
import type { CounterRepository, CounterStateRow } from '../store/counter-repository.ts';
import type { TicketRepository } from '../store/ticket-repository.ts';
import type { UnitOfWork } from '../store/unit-of-work.ts';
import { oversees, type Actor } from './actor.ts';
import { assertHoldsNoOtherCounter } from './counter-holding.ts';
import type { QueueEngine } from './queue-engine.ts';
import type { StoredTicket } from '../store/ticket-repository.ts';

export class CounterService {
  constructor(
    private readonly d: { uow: UnitOfWork; counters: CounterRepository; tickets: TicketRepository; engine: QueueEngine; now: () => number },
  ) {}

  open(counterId: string, actor: Actor, force = false): CounterStateRow {
    const counter = this.d.engine.counter(counterId);
    return this.change(counterId, actor, (s) => {
      assertHoldsNoOtherCounter(this.d.counters, counterId, actor, (id) => this.d.engine.counter(id).name);
      const heldByOther = s.state !== 'closed' && s.userId !== null && s.userId !== actor.userId;
      if (heldByOther && !(force && (actor.role === 'admin' || actor.role === 'supervisor'))) {
        throw new AppError({ code: 'counter.busy', message: `${counter.name} sedang dipakai petugas lain. Minta supervisor melepasnya bila petugas itu sudah pergi.` });
      }
      return { ...s, state: s.state === 'paused' && !heldByOther ? 'paused' : 'open', userId: actor.userId };
    });
  }

  close(counterId: string, actor: Actor): CounterStateRow {
    const counter = this.d.engine.counter(counterId);
    return this.change(counterId, actor, (s) => {
      this.assertHolder(counter.name, s, actor);
      this.assertIdle(counterId, counter.name, 'menutup loket');
      return { ...s, state: 'closed', userId: null, pauseReason: null };
    });
  }

  pause(counterId: string, reason: string, actor: Actor): CounterStateRow {
    const counter = this.d.engine.counter(counterId);
    return this.change(counterId, actor, (s) => {
      this.assertHolder(counter.name, s, actor, { mustBeOpen: true });
      this.assertIdle(counterId, counter.name, 'jeda');
      return { ...s, state: 'paused', pauseReason: reason, userId: actor.userId ?? s.userId };
    });
  }

  resume(counterId: string, actor: Actor): CounterStateRow {
    const counter = this.d.engine.counter(counterId);
    return this.change(counterId, actor, (s) => {
      this.assertHolder(counter.name, s, actor, { mustBeOpen: true });
      if (s.state !== 'paused') throw new AppError({ code: 'counter.not_paused', message: `${counter.name} tidak sedang jeda.` });
      return { ...s, state: 'open', pauseReason: null, userId: actor.userId ?? s.userId };
    });
  }

  /**
   * "Lepas loket": a supervisor or administrator frees a counter whose officer has gone. A ticket
   * still being called goes back to its line at its first place (its arrival time is kept); a
   * ticket in service is not taken from the visitor at the desk: take the counter over and finish
   * it first. Recorded as counter.release in the audit trail.
   */
  release(counterId: string, actor: Actor): { counter: CounterStateRow; returned: StoredTicket | null } {
    const counter = this.d.engine.counter(counterId);
    return this.d.uow.write(() => {
      const active = this.d.tickets.activeOfCounter(counterId);
      if (active?.status === 'serving') {
        throw new AppError({ code: 'counter.has_active_ticket', message: `${counter.name} sedang melayani nomor ${active.number}. Ambil alih loket lalu selesaikan nomor itu dulu.`, details: { activeTicketId: active.id } });
      }
      const returned = active ? this.d.engine.returnCalledToLine(active.id, actor) : null;
      const before = this.d.counters.get(counterId);
      const after = this.change(counterId, actor, (s) => ({ ...s, state: 'closed', userId: null, pauseReason: null }));
      if (before.userId === null || before.userId === actor.userId || before.state === 'closed') {
        // change() records a release only over another officer's counter; this one is on the record too.
        this.d.uow.audit({ at: this.d.now(), actor: actor.username, action: 'counter.release', counterId, detail: { from: before.userId, state: after.state } });
      }
      return { counter: after, returned };
    });
  }

  /**
   * Signing out leaves no counter behind: refused while a ticket is still called or in service at
   * a counter the officer holds (finish it, mark it missed or transfer it first); otherwise the
   * officer's counters are closed, so the next officer can open them without a supervisor.
   */
  signOut(actor: Actor): string[] {
    if (actor.userId === null) return [];
    const held = [...this.d.counters.all().values()].filter((s) => s.state !== 'closed' && s.userId === actor.userId);
    for (const s of held) {
      const active = this.d.tickets.activeOfCounter(s.counterId);
      if (active) {
        const name = this.d.engine.counter(s.counterId).name;
        throw new AppError({ code: 'counter.has_active_ticket', message: `Belum bisa keluar: ${name} masih ${active.status === 'called' ? 'memanggil' : 'melayani'} nomor ${active.number}. Selesaikan, tandai tidak hadir, atau pindahkan dulu.`, details: { activeTicketId: active.id } });
      }
    }
    for (const s of held) this.close(s.counterId, actor);
    return held.map((s) => s.counterId);
  }

  private change(counterId: string, actor: Actor, next: (s: CounterStateRow) => CounterStateRow): CounterStateRow {
    return this.d.uow.write(() => {
      this.d.engine.closePastDays();
      const now = this.d.now();
      const before = this.d.counters.get(counterId);
      const after = next(before);
      this.d.counters.save(after, now);
      if (before.state !== 'closed' && before.userId !== null && before.userId !== actor.userId) {
        // A supervisor took over or released another officer's counter: on the record.
        this.d.uow.audit({ at: now, actor: actor.username, action: after.state === 'closed' ? 'counter.release' : 'counter.take_over', counterId, detail: { from: before.userId, state: after.state } });
      }
      this.d.uow.emit('counter.updated', { counterId, state: after.state, pauseReason: after.pauseReason }, now);
      return after;
    });
  }

  /** mustBeOpen: pause and resume need a counter the officer holds; a closed one is not theirs to pause. */
  private assertHolder(name: string, s: CounterStateRow, actor: Actor, opts: { mustBeOpen?: boolean } = {}): void {
    if (oversees(actor)) return;
    if (opts.mustBeOpen && s.state === 'closed') {
      throw new AppError({ code: 'counter.not_held', message: `${name} belum dibuka. Buka loket terlebih dahulu.` });
    }
    if (s.state !== 'closed' && s.userId !== null && s.userId !== actor.userId) {
      throw new AppError({ code: 'counter.held_by_other', message: `${name} dipegang petugas lain.` });
    }
  }

  private assertIdle(counterId: string, name: string, what: string): void {
    const active = this.d.tickets.activeOfCounter(counterId);
    if (active) {
      throw new AppError({ code: 'counter.has_active_ticket', message: `Tidak bisa ${what}: ${name} masih menangani nomor ${active.number}. Selesaikan atau tandai tidak hadir dulu.` });
    }
  }
}
