import { describe, expect, it } from 'vitest';
import { actionsFrom, COMPLAINT_ACTIONS, COMPLAINT_STATUSES, isOpen, MOVES, nextStatus, TIMELINE_KINDS, type ComplaintAction, type ComplaintStatus } from './lifecycle.ts';

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

  it('offers from each status exactly the officer moves of the table, in the table order', () => {
    for (const status of COMPLAINT_STATUSES) {
      const expected = COMPLAINT_ACTIONS.filter((a) => a !== 'auto_close_incomplete' && EXPECTED[status][a] !== undefined);
      expect(actionsFrom(status), status).toEqual(expected);
    }
  });

  it('is open until resolved, closed for incompleteness or escalated', () => {
    expect(COMPLAINT_STATUSES.filter(isOpen)).toEqual(['diterima', 'diverifikasi', 'dalam_proses', 'menunggu_kelengkapan']);
  });

  it('pauses the clock only while waiting for data, runs it again when completed, stops it at the end', () => {
    const effects = Object.fromEntries(COMPLAINT_ACTIONS.map((a) => [a, MOVES[a].clock]));
    expect(effects).toEqual({ verify: 'keep', coordinate: 'keep', request_data: 'pause', data_completed: 'run', resolve: 'stop', participant_accepts: 'keep', participant_rejects: 'keep', auto_close_incomplete: 'stop' });
  });

  it('records every action and the other events as timeline kinds, each once', () => {
    expect(new Set(TIMELINE_KINDS).size).toBe(TIMELINE_KINDS.length);
    for (const a of COMPLAINT_ACTIONS) expect(TIMELINE_KINDS).toContain(a);
  });
});
