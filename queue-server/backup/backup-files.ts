/**
 * Backup files in DATA_DIR/backups: their names, and which to keep. Names carry the UTC time they
 * were taken (queue-20261201T021500Z.sqlite), so a listing sorts by age and nothing else has to
 * be stored about them.
 */
const NAME = /^queue-(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z\.sqlite$/;

export interface BackupFile {
  name: string;
  takenAt: number;
}

export function backupName(at: number): string {
  const iso = new Date(at).toISOString(); // 2026-12-01T02:15:00.000Z
  return `queue-${iso.slice(0, 10).replaceAll('-', '')}T${iso.slice(11, 19).replaceAll(':', '')}Z.sqlite`;
}

export function parseBackupName(name: string): BackupFile | null {
  const m = NAME.exec(name);
  if (!m) return null;
  const [, y, mo, d, h, mi, s] = m;
  const takenAt = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s));
  // Date.UTC rolls month 13 over into January: a name that does not read back is not a backup's.
  return Number.isNaN(takenAt) || backupName(takenAt) !== name ? null : { name, takenAt };
}

export interface RotationPolicy {
  daily: number;
  weekly: number;
}

export const DEFAULT_ROTATION: RotationPolicy = { daily: 7, weekly: 4 };

const DAY_MS = 86_400_000;

/**
 * The backups to keep: the newest of each of the last `daily` days that have one, and the newest
 * of each of the last `weekly` weeks (7-day spans counted back from the newest backup) beyond those.
 * Days are UTC days; a branch takes one a day, so the zone does not change which survive.
 */
export function backupsToKeep(files: readonly BackupFile[], policy: RotationPolicy): Set<string> {
  const newestFirst = [...files].sort((a, b) => b.takenAt - a.takenAt);
  const keep = new Set<string>();
  const newest = newestFirst[0];
  if (!newest) return keep;
  const days = new Set<number>();
  const weeks = new Set<number>();
  for (const file of newestFirst) {
    const day = Math.floor(file.takenAt / DAY_MS);
    if (days.size < policy.daily && !days.has(day)) {
      days.add(day);
      keep.add(file.name);
      continue;
    }
    if (days.has(day)) continue;
    const week = Math.floor((newest.takenAt - file.takenAt) / (7 * DAY_MS));
    if (weeks.size < policy.weekly && !weeks.has(week)) {
      weeks.add(week);
      keep.add(file.name);
    }
  }
  return keep;
}
