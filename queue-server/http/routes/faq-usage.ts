/**
 * POST /api/faq/usage (shared/contracts/faq-usage.ts): the kiosk's outbox reports an answer read or
 * a search left without a useful answer, with an Idempotency-Key so a resend counts once. The
 * query is normalised again here (the kiosk is not trusted to have done it).
 */
import { Router } from 'express';
import { faqUsageBodySchema } from '../../../shared/contracts/faq-usage.ts';
import { findEntry, type FaqDataset } from '../../../shared/faq/index.ts';
import { normaliseUsageQuery } from '../../../shared/faq/usage/usage-query.ts';
import { AppError } from '../../../shared/errors.ts';
import { lazyFaqDataset } from '../../faq/faq-dataset.ts';
import type { Services } from '../../services.ts';
import { FaqUsageRepository } from '../../store/faq-usage-repository.ts';
import { parseInput } from '../errors.ts';

export function faqUsageRoutes(s: Services, faq: () => FaqDataset | null = lazyFaqDataset()): Router {
  const r = Router();
  const usage = new FaqUsageRepository(s.db);

  r.post('/api/faq/usage', (req, res) => {
    const body = parseInput(faqUsageBodySchema, req.body);
    const key = req.get('Idempotency-Key') ?? null;
    if (body.kind === 'read') {
      const dataset = faq();
      if (!dataset) throw new AppError({ code: 'faq.unavailable', message: 'Data tanya jawab belum tersedia di server. Coba lagi nanti.' });
      // A duplicate question counts for the answer the visitor read.
      const shown = findEntry(dataset, body.faqId);
      if (!shown) throw new AppError({ code: 'faq.not_found', message: 'Pertanyaan ini tidak ada dalam data tanya jawab.' });
      const outcome = s.idempotency.run(req, () => {
        s.uow.write(() => usage.insertRead(shown.answerEntry.id, s.now(), key));
        return { status: 201, body: { usage: { kind: 'read', faqId: shown.answerEntry.id, query: null } } };
      });
      res.status(outcome.status).json(outcome.body);
      return;
    }
    const query = normaliseUsageQuery(body.query);
    if (query.replace(/#/g, '').trim().length < 2) {
      throw new AppError({ code: 'request.invalid', message: 'Pencarian ini tidak berisi kata yang dapat dicatat.' });
    }
    const outcome = s.idempotency.run(req, () => {
      s.uow.write(() => usage.insertNoAnswer(query, body.verdict, s.now(), key));
      return { status: 201, body: { usage: { kind: 'no-answer', faqId: null, query } } };
    });
    res.status(outcome.status).json(outcome.body);
  });

  return r;
}
