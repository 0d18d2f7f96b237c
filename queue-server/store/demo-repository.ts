/**
 * SQL for filling a benchmark database fast: copies whole service days that the engine generated
 * (tickets, counter log, survey tokens and answers, FAQ votes and usage) onto other dates, shifting every instant by
 * the days between. Only the benchmark uses it (test/bench/reports-bench.ts), to load a year of a
 * busy branch in seconds instead of replaying 370,000 visits; the copied rows are engine rows.
 */
import { z } from 'zod';
import type { Db } from './database.ts';
import { rowParser } from './rows.ts';

interface CloneSpec {
  table: string;
  /** TEXT keys made unique by a suffix. */
  keys: readonly string[];
  /** Epoch-ms columns shifted by the delta. */
  times: readonly string[];
  /** The service_day column, replaced by the target day. */
  day: string | null;
  /** Which rows of the source day: a WHERE clause with @from, @to (epoch ms) and @day. */
  where: string;
  /** An INTEGER PRIMARY KEY left out so SQLite numbers the copies. */
  skip: readonly string[];
}

const SPECS: readonly CloneSpec[] = [
  { table: 'tickets', keys: ['id'], times: ['issued_at', 'queued_at', 'called_at', 'last_called_at', 'started_at', 'finished_at', 'missed_at'], day: 'service_day', where: 'service_day = @day', skip: [] },
  { table: 'counter_log', keys: [], times: ['at'], day: null, where: 'at >= @from AND at < @to', skip: ['id'] },
  { table: 'survey_tokens', keys: ['ticket_id', 'token_hash'], times: ['minted_at', 'expires_at', 'used_at'], day: 'service_day', where: 'service_day = @day', skip: [] },
  { table: 'survey_responses', keys: ['ticket_id'], times: ['created_at'], day: 'service_day', where: 'service_day = @day', skip: ['id'] },
  // FAQ votes and usage the generator wrote without idempotency keys (NULL keys never collide).
  { table: 'faq_feedback', keys: [], times: ['created_at'], day: null, where: 'created_at >= @from AND created_at < @to', skip: ['id'] },
  { table: 'faq_usage', keys: [], times: ['created_at'], day: null, where: 'created_at >= @from AND created_at < @to', skip: ['id'] },
];

const column = rowParser('pragma', z.object({ name: z.string() }));

export class DemoRepository {
  private readonly copies;

  constructor(private readonly db: Db) {
    this.copies = SPECS.map((spec) => {
      const cols = column.all(db.prepare(`SELECT name FROM pragma_table_info('${spec.table}')`).all()).map((c) => c.name).filter((c) => !spec.skip.includes(c));
      const value = (c: string) =>
        spec.keys.includes(c) ? `${c} || @suffix` : spec.times.includes(c) ? `${c} + @delta` : c === spec.day ? '@target' : c;
      return db.prepare(`INSERT INTO ${spec.table} (${cols.join(', ')}) SELECT ${cols.map(value).join(', ')} FROM ${spec.table} WHERE ${spec.where}`);
    });
  }

  /** Copies the day `day` (its local midnight at `from`) onto `target`, `delta` ms later. */
  copyDay(day: string, from: number, target: string, delta: number, suffix: string): void {
    this.db.transaction(() => {
      for (const copy of this.copies) {
        const params: Record<string, string | number> = { day, from, to: from + 86_400_000, target, delta, suffix };
        // Each statement names only the parameters it uses.
        const used = Object.fromEntries(Object.entries(params).filter(([k]) => copy.source.includes(`@${k}`)));
        copy.run(used);
      }
    })();
  }
}
