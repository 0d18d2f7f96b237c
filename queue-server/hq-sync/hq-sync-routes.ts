/** GET /api/hq-sync/health (supervisor, admin): the sync health of this branch (shared/contracts/hq-sync.ts). */
import { Router } from 'express';
import type { Services } from '../services.ts';
import { syncHealth, type HqLink } from './sync-health.ts';

export interface HqSyncRouteOptions {
  link: HqLink | null;
  diskFreeBytes?: () => number | null;
}

export function hqSyncRoutes(s: Services, o: HqSyncRouteOptions = { link: null }): Router {
  const router = Router();
  // Who may call (supervisor, admin) is access-control.ts's, from the contract.
  router.get('/api/hq-sync/health', (_req, res) => {
    res.set('Cache-Control', 'no-store');
    res.json(syncHealth(s.hqOutbox, o.link, o.diskFreeBytes?.() ?? null, s.config.branch.code, s.hqConfig));
  });
  return router;
}
