import { describe, expect, it } from 'vitest';
import { actionsFrom, COMPLAINT_ACTIONS, COMPLAINT_STATUSES, nextStatus, type ComplaintAction, type ComplaintStatus } from './lifecycle.ts';

// The whole table, written out: every status x action, null where the move is refused.
const EXPECTED: Record<ComplaintStatus, Partial<Record<ComplaintAction, ComplaintStatus>>> = {
  diterima: { verify: 'diverifikasi', request_data: 'menunggu_kelengkapan' },
  diverifikasi: { coordinate: 'dalam_proses', request_data: 'menunggu_kelengkapan', resolve: 'selesai' },
  dalam_proses: { coordinate: 'dalam_proses', request_data: 'menunggu_kelengkapan', resolve: 'selesai' },
  menunggu_kelengkapan: { data_completed: 'diverifikasi', auto_close_incomplete: 'ditutup_tidak_lengkap' },
  selesai: { participant_accepts: 'selesai', participant_rejects: 'dieskalasi' },
  ditutup_tidak_lengkap: {},
  dieskalasi: {},
};

describe('complaint status changes', () => {
  it.each(COMPLAINT_STATUSES.flatMap((s) => COMPLAINT_ACTIONS.map((a) => [s, a] as const)))('%s + %s', (status, action) => {
    expect(nextStatus(status, action)).toBe(EXPECTED[status][action] ?? null);
  });

  it('never offers the automatic closure as an officer action', () => {
    expect(actionsFrom('menunggu_kelengkapan')).toEqual(['data_completed']);
    expect(actionsFrom('ditutup_tidak_lengkap')).toEqual([]);
  });
});
