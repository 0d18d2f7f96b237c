/**
 * The survey's edges the worked examples did not reach: the CSV reader's byte-order mark, bare CR
 * line ends, a last row without a line end, an unclosed quote, a quote inside a field, a column
 * named twice, blank lines, padded values; the formula guard of every dangerous first character;
 * the CLI's problem text; month labels and the month list's guard; the sample size of fractional
 * and impossible populations; the exact arithmetic's refusals and the score guard.
 */
import { describe, expect, it } from 'vitest';
import { csvField, csvLine, parseCsvRows, parseSkmCsv } from './csv.ts';
import { isSkmScore, QUESTIONNAIRE_VERSION, SKM_ELEMENTS, SKM_SCORES } from './elements.ts';
import { ikmCliOutput } from './ikm-cli.ts';
import { computeIkm, gradeOfHundredths, gradeOfIkm, hundredthsHalfUp, IKM_BANDS, ikmWithRoundedWeight, round4, SKM_WEIGHT_DENOMINATOR, SKM_WEIGHT_NUMERATOR } from './ikm.ts';
import { monthLabel, monthsOf, periodLabel, quarterOf } from './period.ts';
import { krejcieMorganSample } from './sample-size.ts';

const HEADER = 'u1,u2,u3,u4,u5,u6,u7,u8,u9';
const ALL4 = '4,4,4,4,4,4,4,4,4';

describe('CSV rows', () => {
  it('a byte-order mark, CRLF, bare CR and LF all end rows; a last row needs no line end', () => {
    expect(parseCsvRows('\uFEFFa,b\r\nc,d\re,f\ng,h')).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['c', 'd'] },
      { line: 3, fields: ['e', 'f'] },
      { line: 4, fields: ['g', 'h'] },
    ]);
  });

  it('blank lines are skipped but still counted', () => {
    expect(parseCsvRows('a\n\n\nb\n')).toEqual([
      { line: 1, fields: ['a'] },
      { line: 4, fields: ['b'] },
    ]);
  });

  it('a row ending in a comma has a last empty field; a lone comma is two empty fields', () => {
    expect(parseCsvRows('a,\n,')).toEqual([
      { line: 1, fields: ['a', ''] },
      { line: 2, fields: ['', ''] },
    ]);
  });

  it('quoted fields keep commas, doubled quotes and line ends; a quote later in a field is a character', () => {
    expect(parseCsvRows('"a,""b""\nc",x"y\nz')).toEqual([
      { line: 1, fields: ['a,"b"\nc', 'x"y'] },
      { line: 3, fields: ['z'] },
    ]);
    expect(parseCsvRows('""')).toEqual([]);
    expect(parseCsvRows('"",a')).toEqual([{ line: 1, fields: ['', 'a'] }]);
  });

  it('an unclosed quote is reported at the line its row starts on', () => {
    expect(parseCsvRows('a\nb,"c\nd')).toEqual({ line: 2, message: 'tanda kutip tidak ditutup' });
  });
});

describe('SKM CSV', () => {
  it('an empty file, or one with only a byte-order mark, asks for the header', () => {
    const empty = { ok: false, problems: [{ line: 1, message: 'berkas kosong: baris pertama harus berisi kolom u1..u9' }] };
    expect(parseSkmCsv('')).toEqual(empty);
    expect(parseSkmCsv('\uFEFF\n\n')).toEqual(empty);
  });

  it('an unclosed quote is the one problem', () => {
    expect(parseSkmCsv(`${HEADER}\n"4,4`)).toEqual({ ok: false, problems: [{ line: 2, message: 'tanda kutip tidak ditutup' }] });
  });

  it('a column named twice is refused on the header line, whatever the case and padding', () => {
    expect(parseSkmCsv(`\n${HEADER}, U3 \n${ALL4},4\n`)).toEqual({ ok: false, problems: [{ line: 2, message: 'kolom u3 muncul dua kali' }] });
  });

  it('header names and values are trimmed and case-blind; empty values are skipped answers', () => {
    expect(parseSkmCsv(` U1 ,u2,u3,u4,u5,u6,u7,u8,u9\n 3 ,4,, 1,4,4,4,4,2\n`)).toEqual({ ok: true, responses: [{ u1: 3, u2: 4, u4: 1, u5: 4, u6: 4, u7: 4, u8: 4, u9: 2 }] });
  });

  it('a header alone gives no responses; a missing single column is named', () => {
    expect(parseSkmCsv(`${HEADER}\n`)).toEqual({ ok: true, responses: [] });
    expect(parseSkmCsv('u1,u2,u3,u4,u5,u6,u7,u8\n')).toEqual({ ok: false, problems: [{ line: 1, message: 'kolom tidak ada di baris judul: u9' }] });
  });

  it('every bad value of a row is reported, cut to 20 characters; 0, 5, 44 and 4.0 are refused', () => {
    const parsed = parseSkmCsv(`${HEADER}\n0,5,44,4.0,4,4,4,4,${'x'.repeat(30)}\n`);
    expect(parsed).toEqual({
      ok: false,
      problems: [
        { line: 2, message: 'u1 bernilai "0", seharusnya 1, 2, 3, 4 atau kosong' },
        { line: 2, message: 'u2 bernilai "5", seharusnya 1, 2, 3, 4 atau kosong' },
        { line: 2, message: 'u3 bernilai "44", seharusnya 1, 2, 3, 4 atau kosong' },
        { line: 2, message: 'u4 bernilai "4.0", seharusnya 1, 2, 3, 4 atau kosong' },
        { line: 2, message: `u9 bernilai "${'x'.repeat(20)}", seharusnya 1, 2, 3, 4 atau kosong` },
      ],
    });
  });

  it('a row with too many columns is refused too', () => {
    expect(parseSkmCsv(`${HEADER}\n${ALL4},4\n`)).toEqual({ ok: false, problems: [{ line: 2, message: 'jumlah kolom 10, seharusnya 9' }] });
  });
});

describe('CSV fields written', () => {
  it('defuses every formula start, quotes what needs quoting, leaves numbers alone', () => {
    expect(csvField('+62812')).toBe("'+62812");
    expect(csvField('-1')).toBe("'-1");
    expect(csvField('@cmd')).toBe("'@cmd");
    expect(csvField('\tx')).toBe("'\tx");
    expect(csvField('\rx')).toBe(`"'\rx"`);
    expect(csvField(-1)).toBe('-1');
    expect(csvField('a\nb')).toBe('"a\nb"');
    expect(csvField('a\rb')).toBe('"a\rb"');
    expect(csvField('x=1')).toBe('x=1');
    expect(csvField('')).toBe('');
    expect(csvField(null)).toBe('');
    expect(csvLine([])).toBe('');
  });
});

describe('survey:ikm output when rows are wrong', () => {
  it('lists each problem on its own line, then says nothing was computed', () => {
    const out = ikmCliOutput(`${HEADER}\n4,4\n${ALL4}\n4,4,4,4,4,4,4,4,9\n`);
    expect(out).toEqual({
      exitCode: 1,
      stdout: '',
      stderr: 'baris 2: jumlah kolom 2, seharusnya 9\nbaris 4: u9 bernilai "9", seharusnya 1, 2, 3, 4 atau kosong\nTidak ada yang dihitung: perbaiki baris di atas lalu jalankan lagi.\n',
    });
  });

  it('a good file prints on stdout only', () => {
    expect(ikmCliOutput(`${HEADER}\n${ALL4}\n`)).toEqual({ exitCode: 0, stdout: '{"n":1,"nrr":[4,4,4,4,4,4,4,4,4],"skm":4,"ikm":100,"grade":"A"}\n', stderr: '' });
  });

  it('an element nobody answered has no NRR (null, not NaN)', () => {
    const r = computeIkm([{ u1: 4 }]);
    expect(r.nrr.slice(0, 2)).toEqual([4, null]);
    expect(r.nrr[1]).toBeNull();
  });

  it('an index that cannot be computed prints nulls', () => {
    expect(JSON.parse(ikmCliOutput('u1,u2,u3,u4,u5,u6,u7,u8,u9\n4,4,4,4,4,4,4,4,\n').stdout)).toEqual({ n: 1, nrr: [4, 4, 4, 4, 4, 4, 4, 4, null], skm: null, ikm: null, grade: null });
  });
});

describe('periods and labels', () => {
  it('month labels, and anything else returned as given', () => {
    expect(monthLabel('2026-01')).toBe('Januari 2026');
    expect(monthLabel('2026-12')).toBe('Desember 2026');
    expect(monthLabel('2026-13')).toBe('13 2026');
    expect(monthLabel('2026-1')).toBe('2026-1');
    expect(monthLabel('x2026-01')).toBe('x2026-01');
    expect(monthLabel('2026-011')).toBe('2026-011');
  });

  it('the quarters of March, April and the year end', () => {
    expect(quarterOf('2026-03-31').label).toBe('Triwulan I 2026');
    expect(quarterOf('2026-04-01')).toEqual({ from: '2026-04-01', to: '2026-06-30', label: 'Triwulan II 2026' });
    expect(quarterOf('2026-09-30').to).toBe('2026-09-30');
    expect(() => quarterOf('2026-4-01')).toThrow(new RangeError('not a YYYY-MM-DD date: 2026-4-01'));
    expect(() => quarterOf('x2026-04-01')).toThrow(RangeError);
    expect(() => quarterOf('2026-04-01x')).toThrow(RangeError);
  });

  it('a period that starts on a quarter but ends elsewhere is named by its dates', () => {
    expect(periodLabel('2026-07-02', '2026-09-30')).toBe('2026-07-02 s.d. 2026-09-30');
  });

  it('months of one month, of a reversed period, and at most 121 of a long one', () => {
    expect(monthsOf('2026-05-03', '2026-05-20')).toEqual(['2026-05']);
    expect(monthsOf('2026-05-03', '2026-04-20')).toEqual([]);
    expect(monthsOf('2027-01-03', '2026-05-20')).toEqual([]);
    expect(monthsOf('2026-12-01', '2027-01-31')).toEqual(['2026-12', '2027-01']);
    const long = monthsOf('2000-01-01', '2030-12-31');
    expect(long).toHaveLength(121);
    expect(long.at(-1)).toBe('2010-01');
  });
});

describe('sample size: fractions, limits and refusals', () => {
  it('a fractional population is floored', () => {
    expect(krejcieMorganSample(10.9)).toBe(10);
    expect(krejcieMorganSample(0.5)).toBe(0);
    expect(krejcieMorganSample(100_000)).toBe(383);
  });

  it('refuses infinite and non-numbers', () => {
    expect(() => krejcieMorganSample(Number.POSITIVE_INFINITY)).toThrow(new RangeError('population must be a non-negative number'));
    expect(() => krejcieMorganSample(Number.NaN)).toThrow(RangeError);
    expect(() => krejcieMorganSample(-0.5)).toThrow(RangeError);
  });
});

describe('the index arithmetic: refusals, constants and rounding helpers', () => {
  it('the weight is exactly 1/9, over the nine elements and four scores', () => {
    expect([SKM_WEIGHT_NUMERATOR, SKM_WEIGHT_DENOMINATOR]).toEqual([1, 9]);
    expect(SKM_ELEMENTS).toHaveLength(9);
    expect(SKM_SCORES).toEqual([1, 2, 3, 4]);
    expect(QUESTIONNAIRE_VERSION).toBe('skm-permenpanrb-14-2017-v1');
    expect(IKM_BANDS.map((b) => [b.grade, b.fromHundredths, b.label, b.labelEn])).toEqual([
      ['A', 8831, 'Sangat baik', 'Very good'],
      ['B', 7661, 'Baik', 'Good'],
      ['C', 6500, 'Kurang baik', 'Fair'],
      ['D', 2500, 'Tidak baik', 'Poor'],
    ]);
  });

  it('refuses a negative fraction or a denominator of 0 or below; 0 itself is fine', () => {
    const message = 'hundredthsHalfUp takes a non-negative fraction with a positive denominator';
    expect(() => hundredthsHalfUp(1n, 0n)).toThrow(new RangeError(message));
    expect(() => hundredthsHalfUp(1n, -1n)).toThrow(RangeError);
    expect(() => hundredthsHalfUp(-1n, 1n)).toThrow(RangeError);
    expect(hundredthsHalfUp(0n, 1n)).toBe(0);
    expect(hundredthsHalfUp(1n, 3n)).toBe(33);
    expect(hundredthsHalfUp(2n, 3n)).toBe(67);
  });

  it('a grade needs whole hundredths inside the scale, and says which value was wrong', () => {
    expect(() => gradeOfHundredths(8830.5)).toThrow(new RangeError('IKM 88.305 is outside 25.00-100.00'));
    expect(gradeOfIkm(88.305)).toBe('A');
    expect(gradeOfIkm(25)).toBe('D');
  });

  it('fractions with a common factor stay exact (sums that reduce)', () => {
    // NRR 3.5 (7/2) for u1..u8 and 3 for u9: (28 + 3) / 9 = 3.4444 -> x25 = 86.1111 -> 86.11, B.
    const rows = [
      { u1: 4, u2: 4, u3: 4, u4: 4, u5: 4, u6: 4, u7: 4, u8: 4, u9: 3 },
      { u1: 3, u2: 3, u3: 3, u4: 3, u5: 3, u6: 3, u7: 3, u8: 3, u9: 3 },
    ] as const;
    const r = computeIkm(rows);
    expect(r).toMatchObject({ n: 2, ikm: 86.11, grade: 'B' });
    expect(r.skm).toBeCloseTo(31 / 9, 12);
  });

  it('the 0.11 weight helper and the 4-decimal rounding', () => {
    expect(ikmWithRoundedWeight([4, 4, 4, 4, 4, 4, 4, 4, 4], 0.11)).toBe(99);
    expect(ikmWithRoundedWeight([], 0.11)).toBe(0);
    expect(round4(null)).toBeNull();
    expect(round4(3.55555)).toBe(3.5556);
    expect(round4(1 / 3)).toBe(0.3333);
  });

  it('only the four scores are scores', () => {
    for (const v of [1, 2, 3, 4]) expect(isSkmScore(v)).toBe(true);
    for (const v of [0, 5, '4', null, undefined, 2.5]) expect(isSkmScore(v)).toBe(false);
  });
});
