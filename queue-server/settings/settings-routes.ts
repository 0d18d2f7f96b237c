/**
 * The administration page's settings routes (declared in shared/contracts/admin.ts). The branch
 * head (supervisor) reads everything and changes the running text and the opening hours; the
 * administrator changes everything. Who may call is checked by access-control.ts from the contract.
 */
import { Router, type RequestHandler } from 'express';
import { branchDetailsBodySchema, countersBodySchema, openingHoursBodySchema, printersBodySchema, queueRulesBodySchema, runningTextBodySchema, servicesBodySchema } from '../../shared/contracts/admin.ts';
import { parseInput } from '../http/errors.ts';
import { checkPrinterSettings } from '../printing/printer-settings.ts';
import { actorFrom } from '../http/staff-auth.ts';
import type { Services } from '../services.ts';
import type { SectionChange } from './settings-sections.ts';
import { expectedVersionOf } from './settings-versions.ts';

export function settingsRoutes(s: Services): Router {
  const r = Router();
  const noStore: RequestHandler = (_req, res, next) => {
    res.set('Cache-Control', 'no-store');
    next();
  };

  r.get('/api/admin/settings', noStore, (_req, res) => {
    res.json(s.settings.view());
  });

  const put = (path: string, read: (body: unknown) => SectionChange) => {
    r.put(path, noStore, (req, res) => {
      res.json(s.settings.change(read(req.body), actorFrom(res), { expectedVersion: expectedVersionOf(req.get('If-Match')) }));
    });
  };
  put('/api/admin/settings/branch', (b) => ({ section: 'branch', body: parseInput(branchDetailsBodySchema, b, 'Data cabang') }));
  put('/api/admin/settings/running-text', (b) => ({ section: 'runningText', body: parseInput(runningTextBodySchema, b, 'Teks berjalan') }));
  put('/api/admin/settings/services', (b) => ({ section: 'services', body: parseInput(servicesBodySchema, b, 'Layanan') }));
  put('/api/admin/settings/counters', (b) => ({ section: 'counters', body: parseInput(countersBodySchema, b, 'Loket') }));
  put('/api/admin/settings/opening-hours', (b) => ({ section: 'openingHours', body: parseInput(openingHoursBodySchema, b, 'Jam layanan') }));
  put('/api/admin/settings/queue-rules', (b) => ({ section: 'queueRules', body: parseInput(queueRulesBodySchema, b, 'Aturan antrean') }));
  put('/api/admin/settings/printers', (b) => {
    const body = parseInput(printersBodySchema, b, 'Printer');
    checkPrinterSettings(body.printers, s.config);
    return { section: 'printers', body };
  });

  r.delete('/api/admin/settings/pending', noStore, (_req, res) => {
    res.json(s.settings.cancelPending(actorFrom(res)));
  });

  r.get('/api/admin/settings/export', noStore, (_req, res) => {
    const file = { ...s.settings.view().settings, ...s.branchFileExtras };
    res.type('application/json; charset=utf-8').attachment(`cabang-${file.branch.code}.json`).send(`${JSON.stringify(file, null, 2)}\n`);
  });

  return r;
}
