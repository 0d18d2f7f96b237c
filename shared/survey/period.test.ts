import { describe, expect, it } from 'vitest';
import { monthsOf, periodLabel, quarterOf } from './period.ts';

describe('report periods', () => {
  it('the quarter of a day, with its Indonesian name', () => {
    expect(quarterOf('2026-11-21')).toEqual({ from: '2026-10-01', to: '2026-12-31', label: 'Triwulan IV 2026' });
    expect(quarterOf('2028-02-29')).toEqual({ from: '2028-01-01', to: '2028-03-31', label: 'Triwulan I 2028' });
  });

  it('names a quarter as a quarter and anything else by its dates', () => {
    expect(periodLabel('2026-07-01', '2026-09-30')).toBe('Triwulan III 2026');
    expect(periodLabel('2026-07-01', '2026-09-29')).toBe('2026-07-01 s.d. 2026-09-29');
  });

  it('lists the months a period touches, across a year end', () => {
    expect(monthsOf('2026-11-15', '2027-02-01')).toEqual(['2026-11', '2026-12', '2027-01', '2027-02']);
  });
});
