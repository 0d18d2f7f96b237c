import { describe, expect, it } from 'vitest';
import type { BranchConfig } from '../contracts/branch-config.ts';
import { longDateId, reasonsToWait, type TodayFacts } from './settings-impact.ts';

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
const quiet: TodayFacts = { ticketsByService: new Map(), busyCounters: new Set() };
const busy: TodayFacts = { ticketsByService: new Map([['jht', { issued: 3, open: 2 }]]), busyCounters: new Set(['l2']) };

describe('which changes wait for the next service day', () => {
  it('before the first number of the day everything applies now', () => {
    const next: BranchConfig = { ...base, branch: { ...base.branch, timeZone: 'Asia/Makassar' }, services: [{ ...base.services[0]!, prefix: 'J' }], counters: [base.counters[0]!] };
    expect(reasonsToWait(base, next, quiet)).toEqual([]);
  });

  it('a letter change, a removal of a service with numbers, the time zone and an open counter removed wait; a name change does not', () => {
    expect(reasonsToWait(base, { ...base, services: base.services.map((s) => ({ ...s, name: `${s.name} baru` })) }, busy)).toEqual([]);
    expect(reasonsToWait(base, { ...base, services: [{ ...base.services[0]!, prefix: 'J' }, base.services[1]!] }, busy)).toEqual(['Huruf layanan Klaim JHT berubah dari A ke J, sedangkan hari ini sudah ada 3 nomor A.']);
    expect(reasonsToWait(base, { ...base, services: [base.services[1]!] }, busy)).toEqual(['Layanan Klaim JHT dihapus, sedangkan hari ini sudah ada 3 nomor A, 2 di antaranya belum selesai.']);
    expect(reasonsToWait(base, { ...base, branch: { ...base.branch, timeZone: 'Asia/Jayapura' } }, busy)).toEqual(['Zona waktu berubah dari WIB ke WIT, sedangkan hari ini sudah ada 3 nomor antrean: hari layanan akan bergeser.']);
    expect(reasonsToWait(base, { ...base, counters: [base.counters[0]!] }, busy)).toEqual(['Loket 2 dihapus, sedangkan loket itu sedang dibuka atau melayani nomor.']);
    expect(reasonsToWait(base, { ...base, counters: [base.counters[1]!] }, busy)).toEqual([]);
  });

  it('names the day in Indonesian', () => {
    expect(longDateId('2026-11-24')).toBe('Selasa, 24 November 2026');
    expect(longDateId('2027-01-01')).toBe('Jumat, 1 Januari 2027');
  });
});
