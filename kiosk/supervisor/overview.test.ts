import { describe, expect, it } from 'vitest';
import { overviewSchema } from '../../shared/contracts/queue.ts';
import { alertLines, counterActivity, type Overview } from './overview.ts';

const base = (over: Partial<Overview> = {}): Overview => ({
  generatedAt: '2026-11-22T03:00:00.000Z',
  serviceDay: '2026-11-22',
  targets: { waitMinutes: 30, fastTrackWaitMinutes: 10 },
  counters: [],
  services: [],
  longestWaitMinutes: 0,
  longestFastTrackWaitMinutes: 0,
  alerts: [],
  helpRequests: [],
  ...over,
});

describe('overview parsing', () => {
  it('accepts the server shape with unknown extras and without printers', () => {
    const parsed = overviewSchema.safeParse({ ...base(), somethingNew: { x: 1 } });
    expect(parsed.success).toBe(true);
  });
  it('rejects a broken answer instead of showing nonsense', () => {
    expect(overviewSchema.safeParse({ ...base(), counters: [{ id: 1 }] }).success).toBe(false);
    expect(overviewSchema.safeParse(null).success).toBe(false);
  });
});

const printer = (printerId: string, condition: 'ok' | 'paper-out', label: string) => ({ printerId, condition, label, detail: null, checkedAt: 0, counterId: null, kind: 'tcp' as const, address: 'tcp://10.0.0.5:9100', pendingJobs: 0 });

describe('alertLines', () => {
  it('passes the server alerts through (targets come from the branch config)', () => {
    const lines = alertLines(base({ longestWaitMinutes: 31, alerts: [{ kind: 'wait', ticketNumber: 'A-001', serviceId: 'jht', minutes: 31, message: 'Nomor A-001 sudah menunggu 31 menit (target 30 menit).' }] }));
    expect(lines.map((l) => l.text)).toEqual(['Nomor A-001 sudah menunggu 31 menit (target 30 menit).']);
  });
  it('raises no wait alert of its own: the server decides against the branch targets', () => {
    expect(alertLines(base({ targets: { waitMinutes: 20, fastTrackWaitMinutes: 5 }, longestWaitMinutes: 40, longestFastTrackWaitMinutes: 30 }))).toEqual([]);
  });
  it('adds printers that need a hand and open help requests', () => {
    const lines = alertLines(
      base({
        printers: [printer('kiosk', 'paper-out', 'kertas habis'), printer('loket-1', 'ok', 'siap')],
        helpRequests: [{ id: 1, source: 'kiosk-1', note: null, status: 'open', createdAt: '2026-11-22T03:00:00.000Z', resolvedAt: null, resolvedBy: null }],
      }),
    );
    expect(lines.map((l) => l.text)).toEqual(['Kertas printer tiket kios habis: tiket tidak tercetak. Ganti gulungan lalu cetak ulang tiket yang gagal.', '1 permintaan bantuan dari kios belum ditangani.']);
  });
});

describe('counterActivity', () => {
  const c = { id: 'l1', name: 'Loket 1', serviceIds: [], officer: null, today: { called: 0, finished: 0, missed: 0, transferred: 0 } };
  it('says what the counter is doing, with the pause reason', () => {
    expect(counterActivity({ ...c, state: 'closed', pauseReason: null, current: null })).toBe('Tutup');
    expect(counterActivity({ ...c, state: 'paused', pauseReason: 'Sholat', current: null })).toBe('Jeda: Sholat');
    expect(counterActivity({ ...c, state: 'open', pauseReason: null, current: null })).toBe('Siap memanggil (kosong)');
  });
});
