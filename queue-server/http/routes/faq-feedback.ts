/**
 * "Apakah jawaban ini membantu?" on the kiosk's FAQ answers.
 *   POST /api/faq/feedback {faqId, helpful}  the kiosk (this machine or a configured kiosk address)
 *        or staff; Idempotency-Key so the kiosk's outbox can resend after a network blink.
 *   GET  /api/faq/feedback/summary           staff: yes/no counts per question, most answers first.
 *   GET  /api/faq/popular                    the kiosk: votes per answer, most first, so a topic
 *        lists what this branch's visitors ask most first (shared/contracts/faq.ts).
 * Also the server's read of the FAQ dataset (shared/faq/data/faq.json), shared with the checklist
 * printing: the server only ever prints or names questions from its own copy of the data.
 */
import { Router } from 'express';
import { z } from 'zod';
import { findEntry, type FaqDataset } from '../../../shared/faq/index.ts';
import { faqIdSchema, lazyFaqDataset } from '../../faq/faq-dataset.ts';
import { AppError } from '../../../shared/errors.ts';
import type { FaqPopularResponse } from '../../../shared/contracts/faq.ts';
import type { Services } from '../../services.ts';
import { parseInput } from '../errors.ts';
import { kioskOrStaff } from '../kiosk-access.ts';
import { requireStaff } from '../staff-auth.ts';

const feedbackSchema = z.object({ faqId: faqIdSchema, helpful: z.boolean({ error: 'helpful harus true atau false' }) }, { error: 'Isi harus {faqId, helpful}' });

export interface FaqFeedbackCount {
  faqId: string;
  question: string;
  section: string;
  yes: number;
  no: number;
}

export function faqFeedbackRoutes(s: Services, faq: () => FaqDataset | null = lazyFaqDataset()): Router {
  const r = Router();
  const insert = s.db.prepare('INSERT INTO faq_feedback (faq_id, helpful, created_at, idempotency_key) VALUES (?, ?, ?, ?)');
  const counts = s.db.prepare(
    'SELECT faq_id AS faqId, SUM(helpful) AS yes, SUM(1 - helpful) AS no FROM faq_feedback GROUP BY faq_id ORDER BY COUNT(*) DESC, faq_id LIMIT 1000',
  );

  r.post('/api/faq/feedback', (req, res) => {
    kioskOrStaff(req, s, 'Penilaian jawaban hanya dapat dikirim melalui Kios-K di kantor cabang.');
    const body = parseInput(feedbackSchema, req.body);
    const dataset = faq();
    if (!dataset) throw new AppError({ code: 'faq.unavailable', message: 'Data tanya jawab belum tersedia di server. Coba lagi nanti.' });
    // Count the question the visitor saw the answer of: a duplicate counts for its canonical entry.
    const shown = findEntry(dataset, body.faqId);
    if (!shown) throw new AppError({ code: 'faq.not_found', message: 'Pertanyaan ini tidak ada dalam data tanya jawab.' });
    const key = req.get('Idempotency-Key') ?? null;
    const outcome = s.idempotency.run(req, () => {
      insert.run(shown.answerEntry.id, body.helpful ? 1 : 0, s.now(), key);
      return { status: 201, body: { feedback: { faqId: shown.answerEntry.id, helpful: body.helpful } } };
    });
    res.status(outcome.status).json(outcome.body);
  });

  const popular = s.db.prepare('SELECT faq_id AS faqId, COUNT(*) AS count FROM faq_feedback GROUP BY faq_id ORDER BY count DESC, faq_id LIMIT 2000');
  r.get('/api/faq/popular', (req, res) => {
    kioskOrStaff(req, s, 'Urutan pertanyaan hanya tersedia untuk Kios-K di kantor cabang.');
    const rows = popular.all() as Array<{ faqId: string; count: number }>;
    const body: FaqPopularResponse = { questions: rows.map((row) => ({ faqId: row.faqId, count: row.count })) };
    res.json(body);
  });

  r.get('/api/faq/feedback/summary', requireStaff(s.auth), (_req, res) => {
    const dataset = faq();
    const rows = counts.all() as Array<{ faqId: string; yes: number; no: number }>;
    const questions: FaqFeedbackCount[] = rows.map((row) => {
      const shown = dataset ? findEntry(dataset, row.faqId) : undefined;
      return { faqId: row.faqId, question: shown?.entry.question ?? '(pertanyaan tidak lagi ada di data)', section: shown?.section?.title ?? '', yes: row.yes, no: row.no };
    });
    res.json({ questions, total: questions.reduce((sum, q) => sum + q.yes + q.no, 0) });
  });

  return r;
}
