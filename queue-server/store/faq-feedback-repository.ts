/** "Apakah jawaban ini membantu?" answers, counted per question. */
import { z } from 'zod';
import type { Db } from './database.ts';
import { rowParser } from './rows.ts';

export interface FeedbackTally {
  faqId: string;
  yes: number;
  no: number;
}

const tally = rowParser('faq_feedback', z.object({ faqId: z.string(), yes: z.number().int(), no: z.number().int() }));
const count = rowParser('faq_feedback', z.object({ n: z.number().int() }));

/** The summary lists at most this many questions (the dataset has a few hundred). */
const MAX_POPULAR = 2000;
const popularRow = rowParser('faq_feedback', z.object({ faqId: z.string(), count: z.number().int() }));

const MAX_QUESTIONS = 1000;

export class FaqFeedbackRepository {
  private readonly s;

  constructor(db: Db) {
    this.s = {
      // A resend whose Idempotency-Key was already purged (the kiosk outbox can hold an answer for
      // days) finds the row its key made and counts nothing twice, instead of failing on the key.
      insert: db.prepare('INSERT INTO faq_feedback (faq_id, helpful, created_at, idempotency_key) VALUES (?, ?, ?, ?) ON CONFLICT (idempotency_key) DO NOTHING'),
      tallies: db.prepare(
        `SELECT faq_id AS faqId, SUM(helpful) AS yes, SUM(1 - helpful) AS no FROM faq_feedback
         GROUP BY faq_id ORDER BY COUNT(*) DESC, faq_id LIMIT ${MAX_QUESTIONS}`,
      ),
      count: db.prepare('SELECT COUNT(*) AS n FROM faq_feedback'),
      popular: db.prepare(`SELECT faq_id AS faqId, COUNT(*) AS count FROM faq_feedback GROUP BY faq_id ORDER BY count DESC, faq_id LIMIT ${MAX_POPULAR}`),
    };
  }

  insert(faqId: string, helpful: boolean, createdAt: number, idempotencyKey: string | null): void {
    this.s.insert.run(faqId, helpful ? 1 : 0, createdAt, idempotencyKey);
  }

  /** Yes/no per question, most answered first. */
  tallies(): FeedbackTally[] {
    return tally.all(this.s.tallies.all());
  }

  /** Votes per answer, most first. */
  popular(): { faqId: string; count: number }[] {
    return popularRow.all(this.s.popular.all());
  }

  count(): number {
    return count.one(this.s.count.get()).n;
  }
}
