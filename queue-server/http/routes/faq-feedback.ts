/**
 * "Apakah jawaban ini membantu?" on the kiosk's FAQ answers.
 *   POST /api/faq/feedback {faqId, helpful}  the kiosk (this machine or a configured kiosk address)
 *        or staff; Idempotency-Key so the kiosk's outbox can resend after a network blink.
 *   GET  /api/faq/feedback/summary           staff: yes/no counts per question, most answers first.
 *   GET  /api/faq/popular                    the kiosk: votes per answer, most first, so a topic
 *        lists what this branch's visitors ask most first (shared/contracts/faq-feedback.ts).
 * Also the server's read of the FAQ dataset (shared/faq/data/faq.json), shared with the checklist
 * printing: the server only ever prints or names questions from its own copy of the data.
 */
import { Router } from 'express';
import { feedbackBodySchema, type FaqFeedbackCount, type FaqPopularAnswer } from '../../../shared/contracts/faq-feedback.ts';
import { findEntry, type FaqDataset } from '../../../shared/faq/index.ts';
import { lazyFaqDataset } from '../../faq/faq-dataset.ts';
import { AppError } from '../../../shared/errors.ts';
import type { Services } from '../../services.ts';
import { FaqFeedbackRepository } from '../../store/faq-feedback-repository.ts';
import { parseInput } from '../errors.ts';

export function faqFeedbackRoutes(s: Services, faq: () => FaqDataset | null = lazyFaqDataset()): Router {
  const r = Router();
  const feedback = new FaqFeedbackRepository(s.db);

  r.post('/api/faq/feedback', (req, res) => {
    const body = parseInput(feedbackBodySchema, req.body);
    const dataset = faq();
    if (!dataset) throw new AppError({ code: 'faq.unavailable', message: 'Data tanya jawab belum tersedia di server. Coba lagi nanti.' });
    // Count the question the visitor saw the answer of: a duplicate counts for its canonical entry.
    const shown = findEntry(dataset, body.faqId);
    if (!shown) throw new AppError({ code: 'faq.not_found', message: 'Pertanyaan ini tidak ada dalam data tanya jawab.' });
    const key = req.get('Idempotency-Key') ?? null;
    const outcome = s.idempotency.run(req, () => {
      feedback.insert(shown.answerEntry.id, body.helpful, s.now(), key);
      return { status: 201, body: { feedback: { faqId: shown.answerEntry.id, helpful: body.helpful } } };
    });
    res.status(outcome.status).json(outcome.body);
  });

  r.get('/api/faq/popular', (_req, res) => {
    const body: FaqPopularAnswer = { questions: feedback.popular() };
    res.json(body);
  });

  r.get('/api/faq/feedback/summary', (_req, res) => {
    const dataset = faq();
    const questions: FaqFeedbackCount[] = feedback.tallies().map((row) => {
      const shown = dataset ? findEntry(dataset, row.faqId) : undefined;
      return { faqId: row.faqId, question: shown?.entry.question ?? '(pertanyaan tidak lagi ada di data)', section: shown?.section?.title ?? '', yes: row.yes, no: row.no };
    });
    res.json({ questions, total: questions.reduce((sum, q) => sum + q.yes + q.no, 0) });
  });

  return r;
}
