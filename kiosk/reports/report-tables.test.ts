import { describe, expect, it } from 'vitest';
import { percent, tableCsv, hours } from './report-tables.ts';

describe('report tables', () => {
  it('exports a table as CSV with its header and quotes where needed', () => {
    const csv = tableCsv({ id: 'x', caption: 'X', headers: ['Layanan', 'Tiket'], rows: [['Klaim JKK, JKM dan JP', 12], ['Informasi', null]] });
    expect(csv).toBe('Layanan,Tiket\r\n"Klaim JKK, JKM dan JP",12\r\nInformasi,\r\n');
  });

  it('writes shares as Indonesian percentages and minutes as hours', () => {
    expect(percent(0.4132)).toBe('41,3%');
    expect(percent(null)).toBe('–');
    expect(hours(90)).toBe(1.5);
  });
});
