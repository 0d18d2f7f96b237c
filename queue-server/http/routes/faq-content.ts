/**
 * GET /api/faq/content (shared/contracts/faq-content.ts): head office's FAQ for the kiosk when a
 * configuration bundle brought one, else "built-in". The compact form is made once per bundle
 * (hqConfig.faq() keeps the same object until the next bundle).
 */
import { Router } from 'express';
import type { FaqContentAnswer } from '../../../shared/contracts/faq-content.ts';
import { toCompactFaq, type CompactFaq, type FaqDataset } from '../../../shared/faq/index.ts';
import type { Services } from '../../services.ts';

export function faqContentRoutes(s: Services): Router {
  const r = Router();
  let made: { from: FaqDataset; compact: CompactFaq } | null = null;

  r.get('/api/faq/content', (_req, res) => {
    const faq = s.hqConfig.faq();
    const version = s.hqConfig.status().applied;
    if (!faq || version === null) {
      res.json({ source: 'built-in' } satisfies FaqContentAnswer);
      return;
    }
    if (made?.from !== faq) made = { from: faq, compact: toCompactFaq(faq) };
    res.json({ source: 'hq', version, faq: made.compact } satisfies FaqContentAnswer);
  });
  return r;
}
