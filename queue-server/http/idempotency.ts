/**
 * Idempotency-Key support. The answer is stored in the same transaction as the change it reports,
 * so a retried request either finds the stored answer or finds that nothing happened: a double tap
 * never calls two visitors and a kiosk retry never prints two numbers.
 */
import { createHash } from 'node:crypto';
import type { Request } from 'express';
import { idempotencyKeySchema } from '../../shared/contracts/tickets.ts';
import { AppError } from '../../shared/errors.ts';
import type { Db } from '../store/database.ts';
import { IdempotencyRepository } from '../store/idempotency-repository.ts';
import type { UnitOfWork } from '../store/unit-of-work.ts';
import { parseInput } from './errors.ts';

export interface Outcome {
  status: number;
  body: unknown;
}

export class IdempotencyStore {
  private readonly store;

  constructor(
    db: Db,
    private readonly uow: UnitOfWork,
    private readonly now: () => number,
  ) {
    this.store = new IdempotencyRepository(db);
  }

  /** Runs `action` once per key; a repeat with the same key and body gets the first outcome back. */
  run(req: Request, action: () => Outcome): Outcome & { replayed: boolean } {
    const rawKey = req.get('Idempotency-Key');
    if (rawKey === undefined) return { ...action(), replayed: false };
    const key = parseInput(idempotencyKeySchema, rawKey, 'Idempotency-Key');
    const scope = `${req.method} ${req.baseUrl}${req.path}`;
    const fingerprint = createHash('sha256').update(JSON.stringify(req.body ?? null)).digest('hex');
    return this.uow.write(() => {
      const stored = this.store.get(scope, key);
      if (stored) {
        if (stored.fingerprint !== fingerprint) {
          throw new AppError({ code: 'idempotency.key_reused', message: 'Idempotency-Key ini sudah dipakai untuk permintaan lain. Buat kunci baru.' });
        }
        return { status: stored.status, body: stored.body, replayed: true };
      }
      const outcome = action();
      this.store.put(scope, key, { fingerprint, status: outcome.status, body: outcome.body }, this.now());
      return { ...outcome, replayed: false };
    });
  }

  /** Keys older than two days can no longer be retried by any client; drop them. */
  purgeOlderThan(ms: number): void {
    this.store.purgeBefore(this.now() - ms);
  }
}
