/** Saran dan masukan left without identity: stored and counted apart from complaints. */
import { z } from 'zod';
import type { Db } from './database.ts';
import { rowParser } from './rows.ts';

const countRow = rowParser('suggestions', z.object({ n: z.number().int() }));
const suggestionRow = rowParser(
  'suggestions',
  z.object({ id: z.number().int(), text: z.string(), category: z.string().nullable(), channel: z.string(), createdAt: z.number() }),
);

export class SuggestionRepository {
  private readonly s;

  constructor(db: Db) {
    this.s = {
      insert: db.prepare('INSERT INTO suggestions (text, category, channel, created_at) VALUES (?, ?, ?, ?)'),
      count: db.prepare('SELECT COUNT(*) AS n FROM suggestions'),
      between: db.prepare('SELECT id, text, category, channel, created_at AS createdAt FROM suggestions WHERE created_at >= ? AND created_at < ? ORDER BY created_at'),
    };
  }

  insert(text: string, category: string | null, channel: string, at: number): number {
    return Number(this.s.insert.run(text, category, channel, at).lastInsertRowid);
  }

  count(): number {
    return countRow.one(this.s.count.get()).n;
  }

  /** Suggestions received in [fromMs, toMs), oldest first (for reports over a period). */
  receivedBetween(fromMs: number, toMs: number): { id: number; text: string; category: string | null; channel: string; createdAt: number }[] {
    return suggestionRow.all(this.s.between.all(fromMs, toMs));
  }
}
