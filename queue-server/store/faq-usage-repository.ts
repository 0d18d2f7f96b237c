/** The kiosk's FAQ usage (migration 17): answers read and searches without a useful answer, counted per period. */
import { z } from 'zod';
import type { Db } from './database.ts';
import { rowParser } from './rows.ts';

const readCount = rowParser('faq_usage', z.object({ faqId: z.string(), reads: z.number().int() }));
const queryCount = rowParser('faq_usage', z.object({ query: z.string(), searches: z.number().int(), weak: z.number().int() }));
const totals = rowParser('faq_usage', z.object({ reads: z.number().int(), noAnswer: z.number().int() }));

export class FaqUsageRepository {
  private readonly s;

  constructor(db: Db) {
    this.s = {
      // A resend whose Idempotency-Key was purged already finds its row and counts nothing twice.
      insert: db.prepare('INSERT INTO faq_usage (kind, faq_id, query, verdict, created_at, idempotency_key) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (idempotency_key) DO NOTHING'),
      reads: db.prepare(
        `SELECT faq_id AS faqId, COUNT(*) AS reads FROM faq_usage WHERE kind = 'read' AND created_at >= ? AND created_at < ?
         GROUP BY faq_id ORDER BY reads DESC, faq_id LIMIT ?`,
      ),
      noAnswer: db.prepare(
        `SELECT query, COUNT(*) AS searches, SUM(verdict = 'weak') AS weak FROM faq_usage WHERE kind = 'no-answer' AND created_at >= ? AND created_at < ?
         GROUP BY query ORDER BY searches DESC, query LIMIT ?`,
      ),
      totals: db.prepare(
        `SELECT COALESCE(SUM(kind = 'read'), 0) AS reads, COALESCE(SUM(kind = 'no-answer'), 0) AS noAnswer FROM faq_usage WHERE created_at >= ? AND created_at < ?`,
      ),
    };
  }

  insertRead(faqId: string, at: number, key: string | null): void {
    this.s.insert.run('read', faqId, null, null, at, key);
  }

  insertNoAnswer(query: string, verdict: 'weak' | 'none', at: number, key: string | null): void {
    this.s.insert.run('no-answer', null, query, verdict, at, key);
  }

  /** Answers read in [from, to), most first. */
  mostRead(fromMs: number, toMs: number, limit: number): { faqId: string; reads: number }[] {
    return readCount.all(this.s.reads.all(fromMs, toMs, limit));
  }

  /** Searches without a useful answer in [from, to), by their words, most first. */
  noAnswer(fromMs: number, toMs: number, limit: number): { query: string; searches: number; weak: number }[] {
    return queryCount.all(this.s.noAnswer.all(fromMs, toMs, limit));
  }

  totals(fromMs: number, toMs: number): { reads: number; noAnswer: number } {
    return totals.one(this.s.totals.get(fromMs, toMs));
  }
}
