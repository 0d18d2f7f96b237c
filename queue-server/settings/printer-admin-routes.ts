/**
 * The administration page's printer test (declared in shared/contracts/admin.ts): a short page
 * that shows the branch name, the time and the paper width, so whoever stands at the printer
 * sees at once that it prints, cuts and is set up for the right paper.
 */
import { Router } from 'express';
import { z } from 'zod';
import { AppError } from '../../shared/errors.ts';
import { parseInput } from '../http/errors.ts';
import { actorFrom } from '../http/staff-auth.ts';
import type { PrintService } from '../printing/print-service.ts';
import type { Services } from '../services.ts';

const idSchema = z.string().regex(/^[A-Za-z0-9._-]{1,160}$/, 'id printer tidak valid');

export function printerAdminRoutes(printing: PrintService, s: Pick<Services, 'audit'>): Router {
  const r = Router();
  r.post('/api/admin/printers/:id/test-print', async (req, res) => {
    const printerId = parseInput(idSchema, req.params.id, 'Id printer');
    if (!printing.hasPrinter(printerId)) throw new AppError({ code: 'printer.not_found', message: `Printer "${printerId}" tidak ada.` });
    const view = printing.printerViews().find((p) => p.printerId === printerId);
    const actor = actorFrom(res);
    const print = await printing.printChecklist(
      {
        title: 'CETAK UJI',
        intro: `Printer ${printerId} (${view?.address ?? '-'}) berfungsi bila halaman ini terbaca jelas dan terpotong rapi.`,
        items: ['Huruf tajam dan tidak terpotong di tepi', 'Kode QR pada tiket dapat dipindai', 'Kertas terpotong setelah halaman ini'],
        source: `Dicetak oleh ${actor.username} dari halaman administrasi`,
      },
      printerId,
    );
    s.audit.record({ action: 'print.test', actor: actor.username, subject: `printer:${printerId}`, detail: { status: print.status } });
    res.json({ print });
  });
  return r;
}
