/** Opening, pausing and closing counters: one officer per counter, a reason for every pause. */
import { AppError } from '../../shared/errors.ts';
import type { CounterRepository, CounterStateRow } from '../store/counter-repository.ts';
import type { TicketRepository } from '../store/ticket-repository.ts';
import type { UnitOfWork } from '../store/unit-of-work.ts';
import type { Actor } from './actor.ts';
import type { QueueEngine } from './queue-engine.ts';

export class CounterService {
  constructor(
    private readonly d: { uow: UnitOfWork; counters: CounterRepository; tickets: TicketRepository; engine: QueueEngine; now: () => number },
  ) {}

  open(counterId: string, actor: Actor, force = false): CounterStateRow {
    const counter = this.d.engine.counter(counterId);
    return this.change(counterId, (s) => {
      const heldByOther = s.state !== 'closed' && s.userId !== null && s.userId !== actor.userId;
      if (heldByOther && !(force && (actor.role === 'admin' || actor.role === 'supervisor'))) {
        throw new AppError({ code: 'counter.busy', message: `${counter.name} sedang dipakai petugas lain. Minta supervisor melepasnya bila petugas itu sudah pergi.` });
      }
      return { ...s, state: s.state === 'paused' && !heldByOther ? 'paused' : 'open', userId: actor.userId };
    });
  }

  close(counterId: string, actor: Actor): CounterStateRow {
    const counter = this.d.engine.counter(counterId);
    return this.change(counterId, (s) => {
      this.assertHolder(counter.name, s, actor);
      this.assertIdle(counterId, counter.name, 'menutup loket');
      return { ...s, state: 'closed', userId: null, pauseReason: null };
    });
  }

  pause(counterId: string, reason: string, actor: Actor): CounterStateRow {
    const counter = this.d.engine.counter(counterId);
    return this.change(counterId, (s) => {
      this.assertHolder(counter.name, s, actor);
      this.assertIdle(counterId, counter.name, 'jeda');
      return { ...s, state: 'paused', pauseReason: reason, userId: actor.userId ?? s.userId };
    });
  }

  resume(counterId: string, actor: Actor): CounterStateRow {
    const counter = this.d.engine.counter(counterId);
    return this.change(counterId, (s) => {
      this.assertHolder(counter.name, s, actor);
      if (s.state !== 'paused') throw new AppError({ code: 'counter.not_paused', message: `${counter.name} tidak sedang jeda.` });
      return { ...s, state: 'open', pauseReason: null, userId: actor.userId ?? s.userId };
    });
  }

  private change(counterId: string, next: (s: CounterStateRow) => CounterStateRow): CounterStateRow {
    return this.d.uow.write(() => {
      this.d.engine.closePastDays();
      const now = this.d.now();
      const before = this.d.counters.get(counterId);
      const after = next(before);
      this.d.counters.save(after, now);
      this.d.uow.emit('counter.updated', { counterId, state: after.state, pauseReason: after.pauseReason }, now);
      return after;
    });
  }

  private assertHolder(name: string, s: CounterStateRow, actor: Actor): void {
    const isBoss = actor.role === 'admin' || actor.role === 'supervisor';
    if (s.state !== 'closed' && s.userId !== null && s.userId !== actor.userId && !isBoss) {
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
