/** What anyone in the branch may read, and the kiosk's help button. */
import { Router } from 'express';
import { helpBodySchema, helpRequestIdSchema } from '../../../shared/contracts/help-requests.ts';
import type { Services } from '../../services.ts';
import { AppError } from '../../../shared/errors.ts';
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

  // New help requests per paired device (per address for this machine or an officer): 5 per 10 minutes, in memory.
  const helpWindow = new Map<string, number[]>();
  r.post('/api/help-requests', (req, res) => {
    const body = parseInput(helpBodySchema, req.body);
    const deviceId = res.locals.deviceId as number | null | undefined;
    const address = deviceId ? `device:${deviceId}` : (req.socket.remoteAddress ?? '');
    const now = s.now();
    const recent = (helpWindow.get(address) ?? []).filter((at) => at > now - 10 * 60_000 && at <= now);
    if (recent.length >= 5) throw new AppError({ code: 'help.too_many', message: 'Permintaan bantuan sudah terkirim. Petugas segera datang; mohon tunggu.' });
    if (helpWindow.size > 10_000) helpWindow.clear();
    const { request, created } = s.help.raise(body?.source ?? 'kiosk', body?.note ?? null);
    // Only new requests count: pressing again while one is open answers it back (200).
    helpWindow.set(address, created ? [...recent, now] : recent);
    res.status(created ? 201 : 200).json({ helpRequest: request });
  });

  r.get('/api/help-requests', (_req, res) => {
    res.json({ helpRequests: s.help.open() });
  });

  r.post('/api/help-requests/resolve-all', (_req, res) => {
    res.json({ resolved: s.help.resolveAll(actorFrom(res)) });
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
