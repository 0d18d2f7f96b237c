/** GET /api/admin/health (shared/contracts/admin.ts): the last good backup and the disk, for the supervisor page. */
import { Router } from 'express';
import { healthWarnings } from '../../shared/admin/health-warnings.ts';
import { backupStatus } from '../backup/backup-dir.ts';
import type { StorageHealth } from '../http/storage-health.ts';
import type { Services } from '../services.ts';

export function branchHealthRoutes(s: Services, o: { backupDir: string | undefined; health: StorageHealth }): Router {
  const r = Router();
  r.get('/api/admin/health', (_req, res) => {
    const backup = o.backupDir ? backupStatus(o.backupDir) : { lastAt: null, lastFile: null, count: 0 };
    const { freeBytes } = o.health.readiness();
    res.set('Cache-Control', 'no-store');
    res.json({
      backup: { lastAt: backup.lastAt === null ? null : new Date(backup.lastAt).toISOString(), lastFile: backup.lastFile, count: backup.count },
      disk: { freeBytes },
      warnings: healthWarnings({ now: s.now(), lastBackupAt: backup.lastAt, freeBytes }),
    });
  });
  return r;
}
