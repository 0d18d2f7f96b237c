/** Stored answers to requests sent with an Idempotency-Key. */
import { z } from 'zod';
import type { Db } from './database.ts';
import { jsonColumn, rowParser } from './rows.ts';

export interface StoredAnswer {
  fingerprint: string;
  status: number;
  body: unknown;
}

const answer = rowParser(
  'idempotency',
  z.object({ fingerprint: z.string(), status: z.number().int(), body: jsonColumn.nullable() }),
);

export class IdempotencyRepository {
  private readonly s;

  constructor(db: Db) {
    this.s = {
      get: db.prepare('SELECT fingerprint, status, body FROM idempotency WHERE scope = ? AND key = ?'),
      put: db.prepare('INSERT INTO idempotency (scope, key, fingerprint, status, body, created_at) VALUES (?, ?, ?, ?, ?, ?)'),
      purge: db.prepare('DELETE FROM idempotency WHERE created_at < ?'),
    };
  }

  get(scope: string, key: string): StoredAnswer | null {
    return answer.maybe(this.s.get.get(scope, key));
  }

  put(scope: string, key: string, stored: StoredAnswer, createdAt: number): void {
    this.s.put.run(scope, key, stored.fingerprint, stored.status, stored.body === null ? null : JSON.stringify(stored.body), createdAt);
  }

  purgeBefore(at: number): void {
    this.s.purge.run(at);
  }
}
