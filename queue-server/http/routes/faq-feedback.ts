/**
 * "Apakah jawaban ini membantu?" on the kiosk's FAQ answers.
 *   POST /api/faq/feedback {faqId, helpful}  the kiosk (this machine or a configured kiosk address)
 *        or staff; Idempotency-Key so the kiosk's outbox can resend after a network blink.
 *   GET  /api/faq/feedback/summary           staff: yes/no counts per question, most answers first.
 * Also the server's read of the FAQ dataset (shared/faq/data/faq.json), shared with the checklist
 * printing: the server only ever prints or names questions from its own copy of the data.
 */
import { Router } from 'express';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { findEntry, type FaqDataset } from '../../../shared/faq/index.ts';
import { AppError } from '../../../shared/errors.ts';
import type { Services } from '../../services.ts';
import { parseInput } from '../errors.ts';
import { kioskOrStaff } from '../kiosk-access.ts';
import { requireStaff } from '../staff-auth.ts';

export const FAQ_FILE = resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared/faq/data/faq.json');

/** FAQ ids are "<section slug>-<hash>", e.g. "jht-0kwcywl" (shared/faq/import/ids.ts). */
export const faqIdSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'id pertanyaan tidak valid').max(80, 'id pertanyaan terlalu panjang');

const text = z.string().max(20_000);
const listStyle = z.enum(['alpha', 'number', 'bullet']);
const listItem = z.object({ text, children: z.object({ style: listStyle, items: z.array(z.object({ text })) }).optional() });
const block = z.union([z.object({ type: z.literal('paragraph'), text }), z.object({ type: z.literal('list'), style: listStyle, items: z.array(listItem) })]);
const datasetSchema = z.object({
  source: z.string(),
  sections: z.array(
    z.object({
      id: z.string(),
      group: z.enum(['umum', 'kepesertaan', 'pelayanan', 'contact-center', 'e-channel']),
      title: z.string(),
      shortTitle: z.string(),
      regulations: z.array(z.string()),
      benefits: z.array(z.string()),
      entryIds: z.array(z.string()),
    }),
  ),
  entries: z.array(
    z.object({
      id: z.string(),
      sectionId: z.string(),
      number: z.number(),
      question: z.string(),
      answer: z.array(block),
      duplicateOf: z.string().optional(),
      duplicates: z.array(z.string()).optional(),
      isChecklist: z.boolean(),
      checklistItems: z.array(z.string().max(2_000)).optional(),
      reviewNote: z.string().optional(),
    }),
  ),
});

/** Reads and checks the dataset; a missing or malformed file means "no FAQ", not a crash. */
export function loadFaqDataset(path = FAQ_FILE, log: (message: string) => void = () => undefined): FaqDataset | null {
  try {
    const dataset: FaqDataset = datasetSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
    return dataset;
  } catch (error) {
    log(`Data FAQ tidak tersedia (${path}): ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    return null;
  }
}

/** Read once, on first use: servers that never see an FAQ request never parse the 0.5 MB file. */
export function lazyFaqDataset(path = FAQ_FILE, log?: (message: string) => void): () => FaqDataset | null {
  let loaded: { dataset: FaqDataset | null } | null = null;
  return () => (loaded ??= { dataset: loadFaqDataset(path, log) }).dataset;
}

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
    if (!dataset) throw new AppError('unavailable', 'Data tanya jawab belum tersedia di server. Coba lagi nanti.');
    // Count the question the visitor saw the answer of: a duplicate counts for its canonical entry.
    const shown = findEntry(dataset, body.faqId);
    if (!shown) throw new AppError('not_found', 'Pertanyaan ini tidak ada dalam data tanya jawab.');
    const key = req.get('Idempotency-Key') ?? null;
    const outcome = s.idempotency.run(req, () => {
      insert.run(shown.answerEntry.id, body.helpful ? 1 : 0, s.now(), key);
      return { status: 201, body: { feedback: { faqId: shown.answerEntry.id, helpful: body.helpful } } };
    });
    res.status(outcome.status).json(outcome.body);
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
