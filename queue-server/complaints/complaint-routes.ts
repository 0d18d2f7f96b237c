/**
 * HTTP for complaints (contract: shared/contracts/complaints.ts). Filing and receipts come from a
 * kiosk address or signed-in staff; the lookup is public but rate limited and shows no personal
 * data; everything else is for complaint officers, the branch head and administrators.
 */
import { Router, type Request } from 'express';
import type { z } from 'zod';
import {
  assignBodySchema, closureBodySchema, createComplaintBodySchema, complaintActionBodySchema, linkBodySchema, listQuerySchema, lookupQuerySchema, noteBodySchema,
  receiptPrintBodySchema, suggestionBodySchema,
} from '../../shared/contracts/complaints.ts';
import type { PrintOutcome } from '../../shared/contracts/http.ts';
import type { ComplaintReceiptInput } from '../../shared/print/complaint-receipt.ts';
import { AppError } from '../../shared/errors.ts';
import { actorFrom } from '../http/staff-auth.ts';
import { parseInput } from '../http/errors.ts';
import type { Services } from '../services.ts';
import { toCsv } from './complaint-csv.ts';
import { LookupLimiter } from './lookup-limit.ts';

export interface ComplaintPrinting {
  printComplaintReceipt(input: Omit<ComplaintReceiptInput, 'paper' | 'branchName' | 'timeZone'>, printerId?: string): Promise<PrintOutcome>;
  hasPrinter(printerId: string): boolean;
  publicUrl(path: string): string;
}

export const STATUS_PAGE_PATH = '/pengaduan/';

/** 400 that names every wrong field, in Indonesian; nothing is stored. */
function parseBody<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issues = result.error.issues.map((i) => ({ field: i.path.join('.') || '(isi)', message: i.message }));
  throw new AppError({ code: 'request.invalid', message: `Pengaduan belum lengkap: ${issues.map((i) => `${i.field} — ${i.message}`).join('; ')}.`, details: { issues } });
}

const referenceOf = (req: Request): string => parseInput(lookupQuerySchema.shape.reference, req.params.reference, 'Nomor referensi');

export function complaintRoutes(s: Services, printing?: ComplaintPrinting): Router {
  const r = Router();
  const c = s.complaints;
  const limiter = new LookupLimiter(s.now);

  r.post('/api/complaints', (req, res) => {
    const actor = actorFrom(res);
    const body = parseBody(createComplaintBodySchema, req.body);
    const outcome = s.idempotency.run(req, () => ({ status: 201, body: { complaint: c.create(body, actor) } }));
    res.status(outcome.status).json(outcome.body);
  });

  r.get('/api/complaints/categories', (_req, res) => {
    res.json({ categories: c.categories() });
  });

  r.get('/api/complaints/lookup', (req, res) => {
    if (!limiter.take(req.socket.remoteAddress ?? '')) {
      throw new AppError({ code: 'complaint.lookup_rate_limited', message: 'Terlalu banyak percobaan. Tunggu satu menit, lalu coba lagi.' });
    }
    const q = parseInput(lookupQuerySchema, req.query, 'Pencarian');
    res.json({ complaint: c.lookup(q.reference, q.code) });
  });

  r.post('/api/complaints/receipt', async (req, res) => {
    const body = parseBody(receiptPrintBodySchema, req.body);
    const receipt = c.receiptOf(body.reference, body.code);
    const printerId = body.counterId ? `loket-${body.counterId}` : 'kiosk';
    if (!printing || !printing.hasPrinter(printerId)) {
      res.json({ print: { status: 'skipped', reason: 'Printer tidak dipasang; catat nomor referensi dan kode cek dari layar.' } satisfies PrintOutcome });
      return;
    }
    const statusUrl = printing.publicUrl(`${STATUS_PAGE_PATH}?ref=${encodeURIComponent(receipt.reference)}&code=${encodeURIComponent(body.code)}`);
    const print = await printing.printComplaintReceipt({ referenceNumber: receipt.reference, checkCode: body.code, categoryLabel: receipt.categoryLabel, receivedAt: receipt.receivedAt, dueDate: receipt.dueDate, statusUrl }, printerId);
    res.json({ print });
  });

  r.post('/api/suggestions', (req, res) => {
    const actor = actorFrom(res);
    const body = parseBody(suggestionBodySchema, req.body);
    const outcome = s.idempotency.run(req, () => ({ status: 201, body: { suggestion: c.suggest(body.text, body.category ?? null, actor) } }));
    res.status(outcome.status).json(outcome.body);
  });

  r.get('/api/complaints', (req, res) => {
    res.json({ complaints: c.list(parseInput(listQuerySchema, req.query, 'Filter')), suggestions: c.suggestionCount() });
  });

  r.get('/api/complaints/export.csv', (req, res) => {
    const rows = c.list(parseInput(listQuerySchema, req.query, 'Filter'));
    res.type('text/csv; charset=utf-8').attachment('pengaduan.csv').send(toCsv(rows));
  });

  r.get('/api/complaints/:reference', (req, res) => {
    res.json({ complaint: c.detail(referenceOf(req), actorFrom(res)) });
  });

  r.post('/api/complaints/:reference/actions', (req, res) => {
    const body = parseInput(complaintActionBodySchema, req.body);
    res.json({ complaint: c.act(referenceOf(req), body, actorFrom(res).username) });
  });

  r.post('/api/complaints/:reference/assign', (req, res) => {
    res.json({ complaint: c.assign(referenceOf(req), parseInput(assignBodySchema, req.body).officer, actorFrom(res).username) });
  });

  r.post('/api/complaints/:reference/notes', (req, res) => {
    res.json({ complaint: c.note(referenceOf(req), parseInput(noteBodySchema, req.body).text, actorFrom(res).username) });
  });

  r.post('/api/complaints/:reference/link', (req, res) => {
    res.json({ complaint: c.link(referenceOf(req), parseInput(linkBodySchema, req.body).reference, actorFrom(res).username) });
  });

  r.get('/api/calendar', (_req, res) => {
    const cal = c.calendar();
    res.json({ version: cal.version, entries: [...cal.closed.values()].flat().sort((a, b) => a.date.localeCompare(b.date)) });
  });

  r.post('/api/calendar/closures', (req, res) => {
    res.status(201).json({ closure: c.addClosure(parseInput(closureBodySchema, req.body), actorFrom(res).username) });
  });

  return r;
}
