/**
 * The reports' HTTP routes (declared in shared/contracts/reports.ts), for the branch head
 * (supervisor) and the administrator:
 *   GET /api/reports/summary?from&to[&serviceId][&counterId][&officerId][&fastTrack][&reason]
 *   GET /api/reports/quality?from&to
 *   GET /api/reports/semester.pdf?year&half
 */
import { Router } from 'express';
import { isIsoDate } from '../../shared/calendar/timezone.ts';
import { periodQuerySchema, reportQuerySchema, semesterQuerySchema } from '../../shared/contracts/reports.ts';
import { semesterPeriod } from '../../shared/reports/periods.ts';
import { AppError } from '../../shared/errors.ts';
import { parseInput } from '../http/errors.ts';
import type { Services } from '../services.ts';
import { renderSemesterPdf } from './semester-pdf.ts';

/** A year and a bit: longer periods would hold the single writer's thread for too long. */
const MAX_PERIOD_DAYS = 400;

function checkPeriod(q: { from: string; to: string }): void {
  for (const d of [q.from, q.to]) if (!isIsoDate(d)) throw new AppError({ code: 'request.invalid', message: `Tanggal ${d} tidak ada di kalender.` });
  if (q.from > q.to) throw new AppError({ code: 'request.invalid', message: 'Tanggal awal periode harus sebelum atau sama dengan tanggal akhir.' });
  const days = (Date.parse(q.to) - Date.parse(q.from)) / 86_400_000;
  if (days > MAX_PERIOD_DAYS) throw new AppError({ code: 'request.invalid', message: `Periode laporan paling panjang ${MAX_PERIOD_DAYS} hari. Pilih periode yang lebih pendek.` });
}

export function reportRoutes(s: Services): Router {
  const r = Router();
  // Who may call (supervisor, admin) is access-control.ts's, from the contract.

  r.get('/api/reports/summary', (req, res) => {
    const q = parseInput(reportQuerySchema, req.query, 'Parameter');
    checkPeriod(q);
    res.set('Cache-Control', 'no-store');
    res.json(s.reports.summary(q));
  });

  r.get('/api/reports/quality', (req, res) => {
    const q = parseInput(periodQuerySchema, req.query, 'Parameter');
    checkPeriod(q);
    res.set('Cache-Control', 'no-store');
    res.json(s.reports.quality(q));
  });

  r.get('/api/reports/semester.pdf', async (req, res) => {
    const q = parseInput(semesterQuerySchema, req.query, 'Parameter');
    const period = semesterPeriod(q.year, q.half === 1 ? 1 : 2);
    const summary = s.reports.summary(period);
    const quality = s.reports.quality(period, summary);
    const pdf = await renderSemesterPdf({ period, summary, quality, printedAt: s.now() });
    res.set('Cache-Control', 'no-store');
    res.type('application/pdf').attachment(`laporan-monev-semester-${q.half}-${q.year}.pdf`).send(pdf);
  });

  return r;
}
