/**
 * One counter per officer (issue 11/15): a CSO who already holds an open or paused counter cannot
 * open or call at a second one; they close (or hand over) the first. Supervisors and
 * administrators may hold several while they take over for absent officers; call pads have no user.
 */
import { AppError } from '../../shared/errors.ts';
import type { CounterRepository } from '../store/counter-repository.ts';
import type { Actor } from './actor.ts';

export function assertHoldsNoOtherCounter(counters: CounterRepository, counterId: string, actor: Actor, nameOf: (id: string) => string): void {
  if (actor.role !== 'cso' || actor.userId === null || actor.boundCounterId !== undefined) return;
  for (const [id, s] of counters.all()) {
    if (id !== counterId && s.state !== 'closed' && s.userId === actor.userId) {
      throw new AppError({
        code: 'counter.officer_elsewhere',
        message: `Anda masih memegang ${nameOf(id)}. Tutup loket itu dulu sebelum membuka ${nameOf(counterId)}.`,
        details: { heldCounterId: id },
      });
    }
  }
}
