/**
 * The branch's link to head office on the supervisor page (GET /api/hq-sync/health): last
 * contact, events not yet acknowledged, the oldest unsent, disk headroom, clock skew, and the
 * configuration version it runs on. Loads by
 * itself every 30 s; a failure to load only says so, it never disturbs the rest of the page.
 */
import { syncHealthSchema, type SyncHealthDto } from '../../shared/contracts/hq-sync.ts';
import type { StaffApi } from '../staff/lib/staff-api.ts';
import { usePolled } from '../staff/lib/use-polled.ts';
import { bytes, contact, skew } from '../hq/hq-view.ts';
import './sync-health.css';

/** "v3", "v3 · layanan baru mulai 2026-11-24", "v3 · v4 ditolak: …", "bawaan" before the first bundle. */
function configText(c: SyncHealthDto['config']): string {
  const running = c.applied === null ? 'bawaan (belum ada bundel kantor pusat)' : `v${c.applied}`;
  if (c.refusedVersion !== null) return `${running} · v${c.refusedVersion} ditolak: ${c.refusedReason ?? ''}`;
  return c.waitingUntil ? `${running} · layanan baru mulai ${c.waitingUntil}` : running;
}

export function SyncHealthCard(props: { api: StaffApi }) {
  const { value: health, failed } = usePolled(props.api, '/api/hq-sync/health', syncHealthSchema, 30_000);
  const now = Date.now();
  return (
    <section class="card hq-sync" aria-labelledby="hq-sync-title" data-testid="hq-sync">
      <h2 id="hq-sync-title">Sinkronisasi kantor pusat</h2>
      {failed && <p class="muted">Status sinkronisasi tidak dapat dimuat.</p>}
      {health && !health.configured && <p class="muted">Belum tersambung ke kantor pusat (HQ_URL belum diatur). Data tetap disimpan untuk dikirim nanti: {health.unacknowledged} peristiwa.</p>}
      {health?.configured && (
        <ul class="help">
          <li><strong>Kontak terakhir</strong><span class={health.lastContactAt === null || now - Date.parse(health.lastContactAt) > 15 * 60_000 ? 'stat--bad' : ''}>{contact(health.lastContactAt, now)}</span></li>
          <li><strong>Belum dikonfirmasi</strong><span>{health.unacknowledged.toLocaleString('id-ID')} peristiwa</span></li>
          <li><strong>Tertua belum terkirim</strong><span>{health.oldestUnsentAt === null ? 'tidak ada' : contact(health.oldestUnsentAt, now)}</span></li>
          <li><strong>Ruang disk</strong><span>{bytes(health.diskFreeBytes)}</span></li>
          <li><strong>Selisih jam dengan pusat</strong><span>{skew(health.clockSkewMs)}</span></li>
          <li><strong>Versi konfigurasi</strong><span class={health.config.refusedVersion === null ? '' : 'stat--bad'} data-testid="hq-sync-config">{configText(health.config)}</span></li>
          {health.lastError && <li><strong>Kesalahan terakhir</strong><span class="stat--bad">{health.lastError}</span></li>}
        </ul>
      )}
    </section>
  );
}
