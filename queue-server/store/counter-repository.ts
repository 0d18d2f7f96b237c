/** Per-counter state that must survive a restart: open/paused, who holds it, the fast-track run. */
import { COUNTER_STATES, type CounterState } from '../../shared/contracts/http.ts';
import type { Db } from './database.ts';

export interface CounterStateRow {
  counterId: string;
  state: CounterState;
  pauseReason: string | null;
  userId: number | null;
  consecutiveFastTrack: number;
}

interface Row {
  counter_id: string;
  state: string;
  pause_reason: string | null;
  user_id: number | null;
  consecutive_fast_track: number;
}

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
    const row = this.s.get.get(counterId) as Row | undefined;
    return row ? toState(row) : { counterId, state: 'closed', pauseReason: null, userId: null, consecutiveFastTrack: 0 };
  }

  all(): Map<string, CounterStateRow> {
    return new Map((this.s.all.all() as Row[]).map((r) => [r.counter_id, toState(r)]));
  }

  save(state: CounterStateRow, at: number): void {
    this.s.upsert.run({ ...state, at });
  }
}

function toState(row: Row): CounterStateRow {
  const state = COUNTER_STATES.find((s) => s === row.state);
  if (!state) throw new Error(`counter_state.state has an unknown value "${row.state}"`);
  return {
    counterId: row.counter_id,
    state,
    pauseReason: row.pause_reason,
    userId: row.user_id,
    consecutiveFastTrack: row.consecutive_fast_track,
  };
}
