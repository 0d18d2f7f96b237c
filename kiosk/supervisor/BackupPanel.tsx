/** The branch machine's safety net: the last good backup and the disk, with warnings (GET /api/admin/health). */
import { branchHealthSchema } from '../../shared/contracts/admin.ts';
import type { StaffApi } from '../staff/lib/staff-api.ts';
import { usePolled } from '../staff/lib/use-polled.ts';

const EVERY_MS = 60_000;

export function BackupPanel({ api, timeZone }: { api: StaffApi; timeZone: string }) {
  const health = usePolled(api, '/api/admin/health', branchHealthSchema, EVERY_MS).value;
  if (!health) return null;
  const last = health.backup.lastAt === null ? 'belum ada' : new Date(health.backup.lastAt).toLocaleString('id-ID', { timeZone, dateStyle: 'medium', timeStyle: 'short' });
  const free = health.disk.freeBytes === null ? 'tidak diketahui' : `${(health.disk.freeBytes / 1024 ** 3).toFixed(1).replace('.', ',')} GB`;
  return (
    <section class="card backup-panel" aria-labelledby="backup-title" data-testid="backup-panel">
      <h2 id="backup-title">Cadangan dan disk</h2>
      {health.warnings.length > 0 && (
        <div role="alert">
          <ul class="backup-warnings">
            {health.warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </div>
      )}
      <p>
        Cadangan terakhir yang baik: <strong data-testid="backup-last">{last}</strong> ({health.backup.count} berkas). Sisa disk: <strong>{free}</strong>.
      </p>
    </section>
  );
}
