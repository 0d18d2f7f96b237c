import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCalendar } from '../calendar/working-days.ts';
import { applyClockEffect, completenessDeadline, completenessExpired, startClock, viewClock } from './clock.ts';

const cal = buildCalendar();
const WIB = 'Asia/Jakarta' as const;
const t = (iso: string) => Date.parse(iso);
const received = t('2026-04-28T10:00:00+07:00');

describe('the legal clock', () => {
  const clock = startClock(received, 'kiosk');

  it('runs 5 working days from the day after receipt: due 6 May 2026 (1 May is Hari Buruh)', () => {
    const v = viewClock(clock, cal, WIB, t('2026-04-29T09:00:00+07:00'));
    expect(v).toMatchObject({ state: 'running', usedDays: 1, leftDays: 4, dueDate: '2026-05-06', overdue: false, warning: 'none' });
  });

  it('warns the officer on working day 3, the branch head on day 4, and says overdue after the due date', () => {
    expect(viewClock(clock, cal, WIB, t('2026-04-30T16:00:00+07:00')).warning).toBe('none');
    expect(viewClock(clock, cal, WIB, t('2026-05-01T10:00:00+07:00')).warning).toBe('none'); // holiday: still day 2
    expect(viewClock(clock, cal, WIB, t('2026-05-04T08:00:00+07:00'))).toMatchObject({ usedDays: 3, warning: 'officer' });
    expect(viewClock(clock, cal, WIB, t('2026-05-05T08:00:00+07:00'))).toMatchObject({ usedDays: 4, warning: 'head' });
    expect(viewClock(clock, cal, WIB, t('2026-05-06T15:00:00+07:00'))).toMatchObject({ usedDays: 5, leftDays: 0, overdue: false, warning: 'head' });
    expect(viewClock(clock, cal, WIB, t('2026-05-07T08:00:00+07:00'))).toMatchObject({ overdue: true, warning: 'overdue' });
  });

  it('a pause keeps how many days were left, who paused and why; running again moves the due date past the holidays', () => {
    const paused = applyClockEffect(clock, 'pause', t('2026-04-30T09:00:00+07:00'), 'siti', 'KTP belum dilampirkan');
    const during = viewClock(paused, cal, WIB, t('2026-05-08T09:00:00+07:00'));
    expect(during).toMatchObject({ state: 'paused', usedDays: 2, leftDays: 3, dueDate: null, warning: 'none' });
    expect(during.pause).toEqual({ since: t('2026-04-30T09:00:00+07:00'), by: 'siti', reason: 'KTP belum dilampirkan', leftDays: 3 });
    const resumed = applyClockEffect(paused, 'run', t('2026-05-11T10:00:00+07:00'), 'siti', 'data lengkap');
    // 12, 13 May; 14 May Kenaikan, 15 May cuti bersama; 18 May is the 3rd day left.
    expect(viewClock(resumed, cal, WIB, t('2026-05-11T11:00:00+07:00'))).toMatchObject({ state: 'running', usedDays: 2, dueDate: '2026-05-18' });
    expect(resumed.map((s) => s.kind)).toEqual(['running', 'paused', 'running']);
    expect(resumed[0]?.end).toBe(t('2026-04-30T09:00:00+07:00'));
  });

  it('a stopped clock has no due date and no warning', () => {
    const stopped = applyClockEffect(clock, 'stop', t('2026-05-04T09:00:00+07:00'), 'siti', null);
    expect(viewClock(stopped, cal, WIB, t('2026-06-01T09:00:00+07:00'))).toMatchObject({ state: 'stopped', dueDate: null, warning: 'none', usedDays: 3 });
  });

  it('a later branch closure moves an open due date (derived, never stored)', () => {
    const closed = buildCalendar([{ date: '2026-05-05', kind: 'tutup_cabang', name: 'Listrik padam', source: 'SE Kepala Cabang' }]);
    expect(viewClock(clock, closed, WIB, t('2026-04-29T09:00:00+07:00')).dueDate).toBe('2026-05-07');
  });

  it('pausing and running again never brings the due date earlier (property)', () => {
    const base = viewClock(clock, cal, WIB, received).dueDate ?? '';
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40 * 86_400_000 }), fc.integer({ min: 0, max: 40 * 86_400_000 }), (pauseAfter, pauseFor) => {
        const p = received + pauseAfter;
        const segs = applyClockEffect(applyClockEffect(clock, 'pause', p, 'a', 'r'), 'run', p + pauseFor, 'a', null);
        const due = viewClock(segs, cal, WIB, p + pauseFor).dueDate ?? '';
        expect(due >= base).toBe(true);
      }),
    );
  });
});

describe('the 30-day completeness clock (Pasal 10(3))', () => {
  const told = t('2026-05-04T10:00:00+07:00');
  it('runs 30 calendar days from the day the participant was told, then expires', () => {
    expect(completenessDeadline(told, WIB)).toBe('2026-06-03');
    expect(completenessExpired(told, WIB, t('2026-06-03T23:59:00+07:00'))).toBe(false);
    expect(completenessExpired(told, WIB, t('2026-06-04T00:00:00+07:00'))).toBe(true);
  });
});
