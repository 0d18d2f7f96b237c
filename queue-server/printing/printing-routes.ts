/**
 * Staff endpoints for printers: health, a fresh status check, recent jobs with their preview
 * image, and the explicit reprint (recorded with the officer who asked for it).
 */
import { Router } from 'express';
import { printerIdSchema, reprintBodySchema } from '../../shared/contracts/printing.ts';
import { ticketIdSchema, type IssuedTicketDto } from '../../shared/contracts/tickets.ts';
import { AppError } from '../../shared/errors.ts';
import { renderPreview } from '../../hardware/escpos/preview.ts';
import { parseInput } from '../http/errors.ts';
import { actorFrom } from '../http/staff-auth.ts';
import { outcomeOfRecord, type PrintService, type StoredJob } from './print-service.ts';


function jobView(job: StoredJob) {
  return {
    id: job.record.id,
    title: job.record.title,
    printerId: job.printerId,
    ticketId: job.ticketId,
    reprintOf: job.reprintOf,
    state: job.record.state,
    confirmed: job.record.confirmed,
    reason: job.record.reason,
    submittedAt: new Date(job.record.submittedAt).toISOString(),
    finishedAt: job.record.finishedAt === null ? null : new Date(job.record.finishedAt).toISOString(),
    print: outcomeOfRecord(job.record),
  };
}

/** Who may call is access-control.ts's, from the contract. `ticketOf`: a ticket as printed (with its place in line), for the console's reprint; throws ticket.not_found. */
export function printingRoutes(printing: PrintService, ticketOf: (ticketId: string) => IssuedTicketDto): Router {
  const r = Router();

  // The console's reprint of a visitor's ticket (the kiosk tells visitors an officer can do it).
  r.post('/api/tickets/:id/reprint', async (req, res) => {
    const ticket = ticketOf(parseInput(ticketIdSchema, req.params.id, 'Id tiket'));
    const body = parseInput(reprintBodySchema, req.body);
    if (body?.printerId && !printing.hasPrinter(body.printerId)) throw new AppError({ code: 'printer.not_found', message: `Printer "${body.printerId}" tidak ada.` });
    const actor = actorFrom(res);
    const job = printing.reprintTicket(ticket, { printerId: body?.printerId, reason: body?.reason || undefined, staff: { userId: actor.userId, username: actor.username } });
    if (!job) throw new AppError({ code: 'print.unavailable', message: 'Printer tiket tidak dipasang; tiket tidak dapat dicetak ulang.' });
    res.status(201).json({ job: jobView(job), print: await printing.awaitOutcome(job) });
  });

  r.get('/api/printers', (_req, res) => {
    res.json({ printers: printing.printerViews() });
  });

  r.post('/api/printers/:id/check', async (req, res) => {
    const view = await printing.check(parseInput(printerIdSchema, req.params.id, 'Id printer'));
    if (!view) throw new AppError({ code: 'printer.not_found', message: 'Printer tidak ditemukan.' });
    res.json({ printer: view });
  });

  r.get('/api/print-jobs', (_req, res) => {
    res.json({ jobs: printing.recentJobs().map(jobView), reprints: printing.reprints() });
  });

  r.get('/api/print-jobs/:id/preview.png', (req, res) => {
    const job = printing.job(parseInput(printerIdSchema, req.params.id, 'Id cetakan'));
    if (!job) throw new AppError({ code: 'print_job.not_found', message: 'Cetakan tidak ditemukan (hanya 500 cetakan terakhir yang disimpan).' });
    res.type('png').send(renderPreview(job.bytes, { paper: job.document.paper }).png);
  });

  r.post('/api/print-jobs/:id/reprint', async (req, res) => {
    const jobId = parseInput(printerIdSchema, req.params.id, 'Id cetakan');
    const body = parseInput(reprintBodySchema, req.body);
    const original = printing.job(jobId);
    if (!original) throw new AppError({ code: 'print_job.not_found', message: 'Cetakan tidak ditemukan (hanya 500 cetakan terakhir yang disimpan).' });
    if (body?.printerId && !printing.hasPrinter(body.printerId)) throw new AppError({ code: 'request.invalid', message: `Printer "${body.printerId}" tidak ada.` });
    const actor = actorFrom(res);
    const job = printing.reprint(jobId, { printerId: body?.printerId, reason: body?.reason, staff: { userId: actor.userId, username: actor.username } });
    if (!job) throw new AppError({ code: 'print.unavailable', message: 'Cetak ulang tidak dapat dijalankan.' });
    const print = await printing.awaitOutcome(job);
    res.status(201).json({ job: jobView(job), print });
  });

  return r;
}
