/**
 * The audit trail's viewer routes (declared in shared/contracts/audit.ts): the branch head
 * (supervisor) and administrators read it (access-control.ts, from the contract); nobody can change it.
 */
import { Router } from 'express';
import { auditQuerySchema } from '../../shared/contracts/audit.ts';
import { parseInput } from '../http/errors.ts';
import type { Services } from '../services.ts';

export function auditRoutes(s: Services): Router {
  const r = Router();
  r.get('/api/audit', (req, res) => {
    res.set('Cache-Control', 'no-store');
    res.json(s.auditViewer.list(parseInput(auditQuerySchema, req.query, 'Saringan')));
  });

  r.get('/api/audit/export.csv', (req, res) => {
    const q = parseInput(auditQuerySchema, req.query, 'Saringan');
    res.set('Cache-Control', 'no-store');
    res.type('text/csv; charset=utf-8').attachment(`jejak-audit-${q.from ?? 'awal'}-${q.to ?? 'kini'}.csv`).send(s.auditViewer.csv(q));
  });

  return r;
}
