import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseUsageQuery, USAGE_QUERY_MAX } from './usage-query.ts';

describe('normaliseUsageQuery', () => {
  it('keeps the words and drops NIK, phone and card numbers, however they are grouped', () => {
    expect(normaliseUsageQuery('  Klaim JHT   NIK 3174012301900001 ')).toBe('klaim jht nik #');
    expect(normaliseUsageQuery('hubungi saya 0812-3456-7890')).toBe('hubungi saya #');
    expect(normaliseUsageQuery('no hp 0812 3456 7890 ya')).toBe('no hp # ya');
    expect(normaliseUsageQuery('KPJ 12.345.678.901?')).toBe('kpj #');
    // Short numbers are part of the question (a year, an age, a month count).
    expect(normaliseUsageQuery('JHT umur 56 tahun 2026')).toBe('jht umur 56 tahun 2026');
  });

  it('is idempotent, short, and never keeps 5 digits in a row', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.stringMatching(/^[0-9 .-]{0,30}$/), (a, digits) => {
        const once = normaliseUsageQuery(`${a} ${digits} ${a}`);
        expect(normaliseUsageQuery(once)).toBe(once);
        expect(once.length).toBeLessThanOrEqual(USAGE_QUERY_MAX);
        expect(once).not.toMatch(/\d{5}/);
        expect(once.replace(/[^\d]/g, '').length <= once.length).toBe(true);
      }),
    );
  });

  it('cuts a long query at a word', () => {
    const q = normaliseUsageQuery('bagaimana cara mencairkan jaminan hari tua kalau saya sudah berhenti bekerja lama sekali');
    expect(q.length).toBeLessThanOrEqual(USAGE_QUERY_MAX);
    expect('bagaimana cara mencairkan jaminan hari tua kalau saya sudah berhenti bekerja lama sekali'.startsWith(q)).toBe(true);
    expect(q.endsWith(' ')).toBe(false);
  });
});
