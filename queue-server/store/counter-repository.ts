/** Per-counter state that must survive a restart: open/paused, who holds it, the fast-track run. */
import { COUNTER_STATES, type CounterState } from '../../shared/contracts/http.ts';
import { z } from 'zod';
import type { Db } from './database.ts';
import { rowParser } from './rows.ts';

export interface CounterStateRow {
  counterId: string;
  state: CounterState;
  pauseReason: string | null;
  userId: number | null;
  consecutiveFastTrack: number;
}

const counterState = rowParser(
  'counter_state',
  z
    .object({
      counter_id: z.string(),
      state: z.enum(COUNTER_STATES),
      pause_reason: z.string().nullable(),
      user_id: z.number().int().nullable(),
      consecutive_fast_track: z.number().int().min(0),
    })
    .transform(
      (row): CounterStateRow => ({
        counterId: row.counter_id,
        state: row.state,
        pauseReason: row.pause_reason,
        userId: row.user_id,
        consecutiveFastTrack: row.consecutive_fast_track,
      }),
    ),
);

export class CounterRepository {
  private readonly s;

  constructor(db: Db) {
    this.s = {
      get: db.prepare('SELECT counter_id, state, pause_reason, user_id, consecutive_fast_track FROM counter_state WHERE counter_id = ?'),
      all: db.prepare('SELECT counter_id, state, pause_reason, user_id, consecutive_fast_track FROM counter_state'),
      upsert: db.prepare(
        `INSERT INTO counter_state (counter_id, state, pause_reason, user_id, consecutive_fast_track, updated_at)
         VALUES (@counterId, @state, @pauseReason, @userId, @consecutiveFastTrack, @at)
         ON CONFLICT (counter_id) DO UPDATE SET state = excluded.state, pause_reason = excluded.pause_reason,
           user_id = excluded.user_id, consecutive_fast_track = excluded.consecutive_fast_track, updated_at = excluded.updated_at`,
      ),
    };
  }

  get(counterId: string): CounterStateRow {
    return counterState.maybe(this.s.get.get(counterId)) ?? { counterId, state: 'closed', pauseReason: null, userId: null, consecutiveFastTrack: 0 };
  }

  all(): Map<string, CounterStateRow> {
    return new Map(counterState.all(this.s.all.all()).map((r) => [r.counterId, r]));
  }

  save(state: CounterStateRow, at: number): void {
    this.s.upsert.run({ ...state, at });
  }
}
