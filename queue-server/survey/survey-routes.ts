/**
 * The survey's HTTP routes (declared in shared/contracts/survey.ts):
 *   POST /api/surveys                          public; the single-use token is the credential
 *   GET  /api/surveys/invitations/{token}      public; ticket number and service for the phone page
 *   GET  /api/surveys/counters/{id}/pending    kiosk addresses or staff: the counter tablet's token
 *   POST /api/surveys/claim                    kiosk addresses or staff: typed number or scanned QR
 *   GET  /api/surveys/ikm, /report, /export/*  supervisor (branch head) and admin: aggregates only
 */
import { Router, type Response } from 'express';
import { z } from 'zod';
import { claimBodySchema, ikmPeriodQuerySchema, ikmQuerySchema, surveyBodySchema, surveyTokenSchema } from '../../shared/contracts/survey.ts';
import { isIsoDate } from '../../shared/calendar/timezone.ts';
import { AppError } from '../../shared/errors.ts';
import { parseInput } from '../http/errors.ts';
import type { Services } from '../services.ts';

const counterIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'id loket tidak valid');

function checkPeriod(q: { from: string; to: string }): void {
  for (const d of [q.from, q.to]) if (!isIsoDate(d)) throw new AppError({ code: 'request.invalid', message: `Tanggal ${d} tidak ada di kalender.` });
  if (q.from > q.to) throw new AppError({ code: 'request.invalid', message: 'Tanggal awal periode harus sebelum tanggal akhir.' });
}

function sendCsv(res: Response, name: string, text: string): void {
  res.set('Cache-Control', 'no-store');
  res.type('text/csv; charset=utf-8').attachment(name).send(`\uFEFF${text}`);
}

export function surveyRoutes(s: Services): Router {
  const r = Router();

  r.post('/api/surveys', (req, res) => {
    const body = parseInput(surveyBodySchema, req.body);
    const outcome = s.idempotency.run(req, () => ({ status: 201, body: { survey: s.surveys.submit(body) } }));
    res.status(outcome.status).json(outcome.body);
  });

  r.get('/api/surveys/invitations/:token', (req, res) => {
    res.set('Cache-Control', 'no-store');
    res.json(s.surveys.describe(parseInput(surveyTokenSchema, req.params.token, 'Token survei')));
  });

  r.get('/api/surveys/counters/:counterId/pending', (req, res) => {
    res.set('Cache-Control', 'no-store');
    const counterId = parseInput(counterIdSchema, req.params.counterId, 'Id loket');
    // A paired counter tablet reads its own counter's token only (device pairing, README "Device pairing").
    const bound = res.locals.deviceCounterId as string | null | undefined;
    if (bound && bound !== counterId) {
      const name = (id: string) => s.config.counters.find((c) => c.id === id)?.name ?? id;
      throw new AppError({ code: 'kiosk.not_allowed', message: `Tablet ini dipasangkan untuk ${name(bound)}, bukan ${name(counterId)}. Buka /survei/?loket=${bound}.`, details: { device: 'wrong_counter' } });
    }
    res.json({ invitation: s.surveys.pendingFor(counterId) });
  });

  r.post('/api/surveys/claim', (req, res) => {
    res.set('Cache-Control', 'no-store');
    res.json(s.surveys.claim(parseInput(claimBodySchema, req.body).ticket));
  });

  r.get('/api/surveys/ikm', (req, res) => {
    const q = parseInput(ikmQuerySchema, req.query, 'Parameter');
    checkPeriod(q);
    res.json(s.ikmReports.summary(q));
  });

  r.get('/api/surveys/report', (req, res) => {
    const q = parseInput(ikmPeriodQuerySchema, req.query, 'Parameter');
    checkPeriod(q);
    res.json(s.ikmReports.report(q));
  });

  r.get('/api/surveys/export/responses.csv', (req, res) => {
    const q = parseInput(ikmPeriodQuerySchema, req.query, 'Parameter');
    checkPeriod(q);
    sendCsv(res, `survei-responden-${q.from}-${q.to}.csv`, s.ikmReports.responsesCsv(q));
  });

  r.get('/api/surveys/export/summary.csv', (req, res) => {
    const q = parseInput(ikmPeriodQuerySchema, req.query, 'Parameter');
    checkPeriod(q);
    sendCsv(res, `ikm-ringkasan-${q.from}-${q.to}.csv`, s.ikmReports.summaryCsv(q));
  });

  return r;
}
