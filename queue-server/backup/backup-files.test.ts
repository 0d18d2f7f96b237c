import { describe, expect, it } from 'vitest';
import { backupName, backupsToKeep, parseBackupName, type BackupFile } from './backup-files.ts';

const DAY = 86_400_000;
const at = (iso: string) => Date.parse(iso);
const files = (times: number[]): BackupFile[] => times.map((t) => ({ name: backupName(t), takenAt: t }));

describe('backup file names', () => {
  it('carry the UTC time to the second and read back', () => {
    const t = at('2026-12-01T02:15:09Z');
    expect(backupName(t)).toBe('queue-20261201T021509Z.sqlite');
    expect(parseBackupName(backupName(t))).toEqual({ name: 'queue-20261201T021509Z.sqlite', takenAt: t });
  });

  it('ignore anything else in the folder, including a copy still being written', () => {
    for (const name of ['queue-20261201T021509Z.sqlite.partial', 'catatan.txt', 'queue-2026.sqlite', 'queue-20261301T021509Z.sqlite']) {
      expect(parseBackupName(name)).toBeNull();
    }
  });
});

describe('rotation', () => {
  const start = at('2026-01-01T18:00:00Z');

  it('after 60 daily backups keeps the last 7 days and one for each of the 4 weeks before', () => {
    const all = files(Array.from({ length: 60 }, (_, i) => start + i * DAY));
    const keep = backupsToKeep(all, { daily: 7, weekly: 4 });
    expect(keep.size).toBe(11);
    const newest = start + 59 * DAY;
    for (let d = 0; d < 7; d++) expect(keep.has(backupName(newest - d * DAY))).toBe(true);
    expect(keep.has(backupName(newest - 7 * DAY))).toBe(true); // newest of week 1
    expect(keep.has(backupName(newest - 8 * DAY))).toBe(false);
    const oldestKept = Math.min(...all.filter((f) => keep.has(f.name)).map((f) => f.takenAt));
    expect(newest - oldestKept).toBeLessThan(5 * 7 * DAY);
  });

  it('keeps the newest of several backups taken on one day', () => {
    const day = at('2026-03-02T01:00:00Z');
    const keep = backupsToKeep(files([day, day + 3_600_000, day + 7_200_000]), { daily: 7, weekly: 4 });
    expect([...keep]).toEqual([backupName(day + 7_200_000)]);
  });

  it('keeps everything while there are fewer backups than the policy allows, and nothing of nothing', () => {
    const three = files([start, start + DAY, start + 2 * DAY]);
    expect(backupsToKeep(three, { daily: 7, weekly: 4 }).size).toBe(3);
    expect(backupsToKeep([], { daily: 7, weekly: 4 }).size).toBe(0);
  });
});
