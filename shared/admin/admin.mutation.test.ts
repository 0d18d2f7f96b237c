/**
 * The supervisor's machine warnings (backup age, free disk) at their boundaries, and the settings
 * impact cases the first tests left open (a removed service with every number finished, a service
 * with no numbers today, a new service, several reasons at once).
 */
import { describe, expect, it } from 'vitest';
import type { BranchConfig } from '../contracts/branch-config.ts';
import { DISK_WARN_BYTES, healthWarnings } from './health-warnings.ts';
import { longDateId, reasonsToWait, type TodayFacts } from './settings-impact.ts';

const DAY = 86_400_000;
const now = Date.parse('2026-11-24T02:00:00Z');
const GB = 1024 ** 3;

describe('machine health warnings', () => {
  it('no backup at all', () => {
    expect(healthWarnings({ now, lastBackupAt: null, freeBytes: null })).toEqual([
      'Belum ada cadangan basis data. Jalankan "npm run backup" atau periksa folder cadangan.',
    ]);
  });

  it('a backup exactly a day old is fine; a millisecond older is not; the age is whole days', () => {
    expect(healthWarnings({ now, lastBackupAt: now - DAY, freeBytes: null })).toEqual([]);
    expect(healthWarnings({ now, lastBackupAt: now - DAY - 1, freeBytes: null })).toEqual([
      'Cadangan terakhir berumur 1 hari (lebih dari sehari). Periksa cadangan harian server.',
    ]);
    expect(healthWarnings({ now, lastBackupAt: now - 3 * DAY + 1, freeBytes: null })).toEqual([
      'Cadangan terakhir berumur 2 hari (lebih dari sehari). Periksa cadangan harian server.',
    ]);
    expect(healthWarnings({ now, lastBackupAt: now - 3 * DAY, freeBytes: null })[0]).toContain('berumur 3 hari');
  });

  it('the disk warns below 1 GiB by default (not at it), in whole MB, or below the given limit', () => {
    expect(DISK_WARN_BYTES).toBe(GB);
    expect(healthWarnings({ now, lastBackupAt: now, freeBytes: GB })).toEqual([]);
    expect(healthWarnings({ now, lastBackupAt: now, freeBytes: GB - 1 })).toEqual([
      'Disk hampir penuh: tersisa 1023 MB. Hapus berkas yang tidak perlu atau tambah ruang disk.',
    ]);
    expect(healthWarnings({ now, lastBackupAt: now, freeBytes: 5 * 1024 ** 2 + 1, diskWarnBytes: 10 * 1024 ** 2 })).toEqual([
      'Disk hampir penuh: tersisa 5 MB. Hapus berkas yang tidak perlu atau tambah ruang disk.',
    ]);
    expect(healthWarnings({ now, lastBackupAt: now, freeBytes: 20 * 1024 ** 2, diskWarnBytes: 10 * 1024 ** 2 })).toEqual([]);
    expect(healthWarnings({ now, lastBackupAt: now, freeBytes: 0 })).toHaveLength(1);
  });

  it('both warnings at once, backup first', () => {
    const w = healthWarnings({ now, lastBackupAt: null, freeBytes: 0 });
    expect(w).toHaveLength(2);
    expect(w[0]).toMatch(/^Belum ada cadangan/);
    expect(w[1]).toMatch(/^Disk hampir penuh: tersisa 0 MB/);
  });
});

const base: BranchConfig = {
  branch: { code: 'KC', name: 'Kantor Cabang', timeZone: 'Asia/Jakarta', runningText: '' },
  services: [
    { id: 'jht', prefix: 'A', name: 'Klaim JHT', description: 'JHT', defaultServiceMinutes: 10 },
    { id: 'info', prefix: 'D', name: 'Informasi', description: 'Info', defaultServiceMinutes: 5 },
  ],
  counters: [
    { id: 'l1', name: 'Loket 1', spokenNumber: 1, serviceIds: ['jht'] },
    { id: 'l2', name: 'Loket 2', spokenNumber: 2, serviceIds: ['info'] },
  ],
  fastTrack: { maxNormalWaitMinutes: 45, maxConsecutiveFastTrack: 3 },
  recall: { maxRecalls: 3, minIntervalSeconds: 20, missedReturnMinutes: 30 },
  targets: { waitMinutes: 30, fastTrackWaitMinutes: 10 },
  kiosk: { allowedAddresses: [] },
};

describe('settings impact: the remaining cases', () => {
  it('a removed service whose numbers are all finished still waits, without the "belum selesai" part', () => {
    const today: TodayFacts = { ticketsByService: new Map([['jht', { issued: 4, open: 0 }]]), busyCounters: new Set() };
    expect(reasonsToWait(base, { ...base, services: [base.services[1]!] }, today)).toEqual([
      'Layanan Klaim JHT dihapus, sedangkan hari ini sudah ada 4 nomor A.',
    ]);
  });

  it('a service with no numbers today (absent or zero) may change at once', () => {
    const zero: TodayFacts = { ticketsByService: new Map([['info', { issued: 0, open: 0 }], ['jht', { issued: 1, open: 1 }]]), busyCounters: new Set() };
    const next = { ...base, services: [base.services[0]!, { ...base.services[1]!, prefix: 'E' }] };
    expect(reasonsToWait(base, next, zero)).toEqual([]);
    expect(reasonsToWait(base, { ...base, services: [base.services[0]!] }, zero)).toEqual([]);
  });

  it('the time zone waits as soon as one number was issued in any service, counting them all', () => {
    const today: TodayFacts = { ticketsByService: new Map([['jht', { issued: 1, open: 0 }], ['info', { issued: 2, open: 0 }]]), busyCounters: new Set() };
    expect(reasonsToWait(base, { ...base, branch: { ...base.branch, timeZone: 'Asia/Makassar' } }, today)).toEqual([
      'Zona waktu berubah dari WIB ke WITA, sedangkan hari ini sudah ada 3 nomor antrean: hari layanan akan bergeser.',
    ]);
    const none: TodayFacts = { ticketsByService: new Map([['jht', { issued: 0, open: 0 }]]), busyCounters: new Set(['l1']) };
    expect(reasonsToWait(base, { ...base, branch: { ...base.branch, timeZone: 'Asia/Makassar' } }, none)).toEqual([]);
  });

  it('every reason at once, in order: zone, services, counters', () => {
    const today: TodayFacts = { ticketsByService: new Map([['jht', { issued: 2, open: 1 }], ['info', { issued: 1, open: 0 }]]), busyCounters: new Set(['l1', 'l2']) };
    const next: BranchConfig = { ...base, branch: { ...base.branch, timeZone: 'Asia/Jayapura' }, services: [{ ...base.services[1]!, prefix: 'I' }], counters: [] };
    expect(reasonsToWait(base, next, today)).toEqual([
      'Zona waktu berubah dari WIB ke WIT, sedangkan hari ini sudah ada 3 nomor antrean: hari layanan akan bergeser.',
      'Layanan Klaim JHT dihapus, sedangkan hari ini sudah ada 2 nomor A, 1 di antaranya belum selesai.',
      'Huruf layanan Informasi berubah dari D ke I, sedangkan hari ini sudah ada 1 nomor D.',
      'Loket 1 dihapus, sedangkan loket itu sedang dibuka atau melayani nomor.',
      'Loket 2 dihapus, sedangkan loket itu sedang dibuka atau melayani nomor.',
    ]);
  });

  it('names every weekday and month', () => {
    expect(longDateId('2026-11-22')).toBe('Minggu, 22 November 2026');
    expect(longDateId('2026-11-28')).toBe('Sabtu, 28 November 2026');
    expect(longDateId('2026-02-03')).toBe('Selasa, 3 Februari 2026');
    expect(longDateId('2026-12-31')).toBe('Kamis, 31 Desember 2026');
  });
});
