/** What anyone in the branch may read, and the kiosk's help button. */
import { Router } from 'express';
import { helpBodySchema, helpRequestIdSchema } from '../../../shared/contracts/help-requests.ts';
import type { Services } from '../../services.ts';
import { parseInput } from '../errors.ts';
import { actorFrom } from '../staff-auth.ts';

export function publicRoutes(s: Services): Router {
  const r = Router();

  r.get('/api/services', (_req, res) => {
    res.json({ services: s.views.services() });
  });

  r.get('/api/queue', (_req, res) => {
    res.json(s.views.snapshot());
  });

  r.post('/api/help-requests', (req, res) => {
    const body = parseInput(helpBodySchema, req.body);
    const { request, created } = s.help.raise(body?.source ?? 'kiosk', body?.note ?? null);
    res.status(created ? 201 : 200).json({ helpRequest: request });
  });

  r.get('/api/help-requests', (_req, res) => {
    res.json({ helpRequests: s.help.open() });
  });

  r.post('/api/help-requests/:id/resolve', (req, res) => {
    const id = parseInput(helpRequestIdSchema, req.params.id, 'Id permintaan');
    res.json({ helpRequest: s.help.resolve(id, actorFrom(res)) });
  });

  r.get('/api/supervisor/overview', (_req, res) => {
    res.json(s.views.overview());
  });

  return r;
}
