/** Builds the production clock guard: the real monotonic clock, the database's latest moment, pino logs. */
import { performance } from 'node:perf_hooks';
import type { Logger } from '../logging/logger.ts';
import { ClockRepository } from '../store/clock-repository.ts';
import type { Db } from '../store/database.ts';
import type { UnitOfWork } from '../store/unit-of-work.ts';
import { ClockGuard, type ClockChange } from './clock-guard.ts';

const iso = (ms: number) => new Date(ms).toISOString();

/** One log line per change, in Indonesian, with the figures as fields for whoever reads the logs. */
export function logClockChange(logger: Pick<Logger, 'warn' | 'info'>, change: ClockChange): void {
  const minutes = Math.round(Math.abs(change.kind === 'back_in_line' ? 0 : change.offsetMs) / 60_000);
  if (change.kind === 'jump') {
    const way = change.direction === 'forward' ? 'maju' : 'mundur';
    const when = change.atStartUp ? 'saat server dinyalakan (lebih awal dari catatan terakhir di basis data)' : 'dibanding jam monotonik';
    logger.warn(
      { clock: change.kind, direction: change.direction, offsetMs: change.offsetMs, wallTime: iso(change.wallAt), serverTime: iso(change.serverAt) },
      `Jam dinding server ${way} ${minutes} menit ${when}. Server tetap memakai waktu ${iso(change.serverAt)} dan menghitung terus; hari layanan tidak ditutup dan nomor tidak terbit ulang sampai jam dibetulkan atau supervisor mengonfirmasi di halaman supervisor.`,
    );
  } else if (change.kind === 'back_in_line') {
    logger.info({ clock: change.kind, wallTime: iso(change.wallAt) }, 'Jam dinding server kembali sesuai dengan hitungan server; server mengikuti jam dinding lagi.');
  } else {
    logger.warn({ clock: change.kind, direction: change.direction, offsetMs: change.offsetMs, wallTime: iso(change.wallAt), by: change.by }, `Supervisor ${change.by} mengonfirmasi jam dinding server (${change.direction === 'forward' ? 'maju' : 'mundur'} ${minutes} menit); server mengikutinya mulai sekarang.`);
  }
}

/**
 * The guard for main.ts. `offsetMs` is QUEUE_CLOCK_OFFSET_MS: when it differs from the last
 * start's, the operator moved the clock on purpose (a drill), so the restart check against the
 * database's latest moment is skipped for this start. Call recordClockOffset once the unit of work exists.
 */
export function startClockGuard(o: { db: Db; wall: () => number; offsetMs: number; logger: Pick<Logger, 'warn' | 'info'>; thresholdMs?: number }): ClockGuard {
  const repo = new ClockRepository(o.db);
  const stored = repo.storedOffset();
  const deliberate = stored !== null && stored !== o.offsetMs;
  if (deliberate) o.logger.info({ clock: 'offset_changed', from: stored, to: o.offsetMs }, `QUEUE_CLOCK_OFFSET_MS berubah dari ${stored} ke ${o.offsetMs}: jam dipindah dengan sengaja, tidak diperiksa terhadap catatan terakhir.`);
  return new ClockGuard({
    wall: o.wall,
    monotonic: () => performance.now(),
    latestRecorded: deliberate ? null : repo.latestRecordedAt(),
    ...(o.thresholdMs === undefined ? {} : { thresholdMs: o.thresholdMs }),
    onChange: (change) => logClockChange(o.logger, change),
  });
}

export function recordClockOffset(s: { db: Db; uow: UnitOfWork }, offsetMs: number): void {
  const repo = new ClockRepository(s.db);
  if (repo.storedOffset() !== offsetMs) s.uow.write(() => repo.recordOffset(offsetMs));
}
