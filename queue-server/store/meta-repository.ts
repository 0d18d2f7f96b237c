/** Small named facts of the branch database (the service day last closed, …). */
import { z } from 'zod';
import type { Db } from './database.ts';
import { rowParser } from './rows.ts';

const metaValue = rowParser('meta', z.object({ value: z.string() }));

export class MetaRepository {
  private readonly s;

  constructor(db: Db) {
    this.s = {
      get: db.prepare('SELECT value FROM meta WHERE key = ?'),
      set: db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value'),
      setIfAbsent: db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO NOTHING'),
    };
  }

  get(key: string): string | null {
    return metaValue.maybe(this.s.get.get(key))?.value ?? null;
  }

  set(key: string, value: string): void {
    this.s.set.run(key, value);
  }

  /** Stores the value only when the key has none yet; answers the value stored (this one or the earlier). */
  getOrSet(key: string, value: string): string {
    this.s.setIfAbsent.run(key, value);
    return metaValue.one(this.s.get.get(key)).value;
  }
}
