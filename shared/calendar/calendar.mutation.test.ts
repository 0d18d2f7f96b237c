/**
 * Edges of the calendar that the table and property tests did not pin down: the CLI's argument
 * errors (each refusal says what was wrong and shows the usage), the defaults, the ISO pattern's
 * anchors, the reasons a day is closed, the version of a calendar with closures, the local-midnight
 * instant and the loop guard of a calendar that is closed every day.
 */
import { describe, expect, it } from 'vitest';
import { parseCalendarArgs, USAGE } from './cli/args.ts';
import { CALENDAR_VERSION } from './holidays.ts';
import {
  addDays,
  addWorkingDays,
  buildCalendar,
  isWorkingDay,
  reasonsClosed,
  startOfLocalDate,
  weekdayOf,
  workingDaysBetween,
} from './working-days.ts';

const errorOf = (argv: string[]): string => {
  const out = parseCalendarArgs(argv);
  if (!('error' in out)) throw new Error(`expected a refusal of ${argv.join(' ')}`);
  return out.error;
};

describe('calendar CLI: refusals name the problem and end with the usage', () => {
  it('an unknown or missing command', () => {
    expect(errorOf(['next'])).toBe(`Perintah tidak dikenal: next. ${USAGE}`);
    expect(errorOf([])).toBe(`Perintah tidak dikenal: (kosong). ${USAGE}`);
  });

  it('an option without its value, or a value where an option was expected', () => {
    expect(errorOf(['due', '--from'])).toBe(`Argumen tidak lengkap: --from. ${USAGE}`);
    expect(errorOf(['due', 'from', '2026-04-28T10:00:00Z'])).toBe(`Argumen tidak lengkap: from. ${USAGE}`);
    expect(errorOf(['due', '-from', '2026-04-28T10:00:00Z'])).toBe(`Argumen tidak lengkap: -from. ${USAGE}`);
  });

  it('--from missing, without an offset, not anchored, or not a real instant', () => {
    const fromError = `--from harus waktu ISO 8601 dengan zona, mis. 2026-04-28T10:00:00+07:00. ${USAGE}`;
    expect(errorOf(['due'])).toBe(fromError);
    expect(errorOf(['due', '--from', ''])).toBe(fromError);
    for (const bad of [
      '2026-04-28T10:00:00',
      'x2026-04-28T10:00:00Z',
      '2026-04-28T10:00:00Zx',
      '2026-04-28T10:00:00+0700',
      '2026-04-28 10:00:00Z',
      '2026-04-28T10:00:00.Z',
      '2026-13-45T10:00:00Z',
    ]) {
      expect(errorOf(['due', '--from', bad]), bad).toBe(fromError);
    }
  });

  it('accepts minutes only, fractions of a second, Z and negative offsets', () => {
    const ok = (from: string) => parseCalendarArgs(['due', '--from', from]);
    expect(ok('2026-04-28T10:00Z')).toMatchObject({ fromMs: Date.parse('2026-04-28T10:00:00Z') });
    expect(ok('2026-04-28T10:00:00.250+07:00')).toMatchObject({ fromMs: Date.parse('2026-04-28T03:00:00.250Z') });
    expect(ok('2026-04-28T10:00:00-03:00')).toMatchObject({ fromMs: Date.parse('2026-04-28T13:00:00Z') });
  });

  it('working days default to 5 and the zone to Jakarta; 0 and 999 are accepted, others refused', () => {
    expect(parseCalendarArgs(['due', '--from', '2026-04-28T10:00:00Z'])).toEqual({
      command: 'due', fromMs: Date.parse('2026-04-28T10:00:00Z'), workingDays: 5, zone: 'Asia/Jakarta',
    });
    expect(parseCalendarArgs(['due', '--from', '2026-04-28T10:00:00Z', '--working-days', '0'])).toMatchObject({ workingDays: 0 });
    expect(parseCalendarArgs(['due', '--from', '2026-04-28T10:00:00Z', '--working-days', '999'])).toMatchObject({ workingDays: 999 });
    const daysError = `--working-days harus bilangan bulat 0-999. ${USAGE}`;
    for (const bad of ['1000', '-1', '5a', 'a5', '', '2.5']) {
      expect(errorOf(['due', '--from', '2026-04-28T10:00:00Z', '--working-days', bad]), bad).toBe(daysError);
    }
  });

  it('each of the three zones is accepted; another is refused with the list', () => {
    for (const zone of ['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura']) {
      expect(parseCalendarArgs(['due', '--from', '2026-04-28T10:00:00Z', '--zone', zone])).toMatchObject({ zone });
    }
    expect(errorOf(['due', '--from', '2026-04-28T10:00:00Z', '--zone', 'Europe/Paris'])).toBe(
      `--zone harus salah satu dari Asia/Jakarta, Asia/Makassar, Asia/Jayapura. ${USAGE}`,
    );
  });

  it('an unknown option is named, even after known ones', () => {
    expect(errorOf(['due', '--from', '2026-04-28T10:00:00Z', '--working-days', '3', '--zone', 'Asia/Makassar', '--days', '5'])).toBe(
      `Opsi tidak dikenal: --days. ${USAGE}`,
    );
  });
});

describe('working days: closed-day reasons, versions, local midnight', () => {
  const closure = { date: '2026-08-17', kind: 'tutup_cabang' as const, name: 'Renovasi kantor', source: 'SE Kepala Cabang' };

  it('a holiday on a weekday gives its name; a weekend its day; two entries on a date both', () => {
    const cal = buildCalendar();
    expect(reasonsClosed(cal, '2026-05-01')).toEqual(['Hari Buruh Internasional']);
    expect(reasonsClosed(cal, '2026-05-02')).toEqual(['Sabtu']);
    expect(reasonsClosed(cal, '2026-05-03')).toEqual(['Minggu']);
    expect(reasonsClosed(cal, '2026-05-04')).toEqual([]);
    const both = buildCalendar([closure]);
    expect(reasonsClosed(both, '2026-08-17')).toEqual(['Proklamasi Kemerdekaan', 'Renovasi kantor']);
  });

  it('a weekend holiday lists both the holiday and the day', () => {
    const cal = buildCalendar([{ date: '2026-05-02', kind: 'tutup_cabang', name: 'Banjir', source: 'uji' }]);
    expect(reasonsClosed(cal, '2026-05-02')).toEqual(['Banjir', 'Sabtu']);
  });

  it('the version counts the closures and is the decree version without them', () => {
    expect(buildCalendar().version).toBe(CALENDAR_VERSION);
    expect(buildCalendar([], [], 'v9').version).toBe('v9');
    expect(buildCalendar([closure, { ...closure, date: '2026-08-18' }], [], 'v9').version).toBe('v9+2');
  });

  it('only the national list given is used, and its days close the branch', () => {
    const none = buildCalendar([], []);
    expect(isWorkingDay(none, '2026-05-01')).toBe(true);
    const own = buildCalendar([], [{ date: '2026-05-04', kind: 'cuti_bersama', name: 'Cuti', source: 'uji' }]);
    expect(isWorkingDay(own, '2026-05-04')).toBe(false);
    expect(isWorkingDay(own, '2026-05-01')).toBe(true);
  });

  it('the local day starts at 00:00 in each zone', () => {
    expect(startOfLocalDate('2026-04-28', 'Asia/Jakarta')).toBe(Date.parse('2026-04-28T00:00:00+07:00'));
    expect(startOfLocalDate('2026-04-28', 'Asia/Makassar')).toBe(Date.parse('2026-04-28T00:00:00+08:00'));
    expect(startOfLocalDate('2026-04-28', 'Asia/Jayapura')).toBe(Date.parse('2026-04-28T00:00:00+09:00'));
  });

  it('date arithmetic crosses month and year ends', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(weekdayOf('2026-01-01')).toBe(4);
  });

  it('zero working days gives the date back, even a closed one', () => {
    const cal = buildCalendar();
    expect(addWorkingDays(cal, '2026-05-02', 0)).toBe('2026-05-02');
    expect(workingDaysBetween(cal, '2026-05-04', '2026-05-04')).toBe(0);
    expect(workingDaysBetween(cal, '2026-05-05', '2026-05-04')).toBe(0);
    expect(workingDaysBetween(cal, '2026-05-03', '2026-05-04')).toBe(1);
  });

  it('a calendar closed every day stops after 3660 days instead of looping', () => {
    const start = '2026-01-01';
    const closures = Array.from({ length: 3700 }, (_, i) => ({ date: addDays(start, i + 1), kind: 'tutup_cabang' as const, name: 'tutup', source: 'uji' }));
    const cal = buildCalendar(closures, []);
    expect(addWorkingDays(cal, start, 1)).toBe(addDays(start, 3660));
  });
});
