/** GET /api/hq-sync/health (supervisor, admin): the sync health of this branch (shared/contracts/hq-sync.ts). */
import { Router } from 'express';
import { requireStaff } from '../http/staff-auth.ts';
import type { Services } from '../services.ts';
import { syncHealth, type HqLink } from './sync-health.ts';

export interface HqSyncRouteOptions {
  link: HqLink | null;
  diskFreeBytes?: () => number | null;
}

export function hqSyncRoutes(s: Services, o: HqSyncRouteOptions = { link: null }): Router {
  const router = Router();
  router.get('/api/hq-sync/health', requireStaff(s.auth, ['supervisor', 'admin']), (_req, res) => {
    res.set('Cache-Control', 'no-store');
    res.json(syncHealth(s.hqOutbox, o.link, o.diskFreeBytes?.() ?? null, s.config.branch.code));
  });
  return router;
}
