import { describe, expect, it } from 'vitest';
import { csvLine, parseSkmCsv } from './csv.ts';
import { ikmCliOutput } from './ikm-cli.ts';

const HEADER = 'u1,u2,u3,u4,u5,u6,u7,u8,u9';

describe('SKM answers from CSV', () => {
  it('reads values 1-4 and empty as "not answered", matching columns by header name', () => {
    const parsed = parseSkmCsv(`u9,u8,u7,u6,u5,u4,u3,u2,u1\r\n1,2,3,4,,4,3,2,1\r\n`);
    expect(parsed).toEqual({ ok: true, responses: [{ u9: 1, u8: 2, u7: 3, u6: 4, u4: 4, u3: 3, u2: 2, u1: 1 }] });
  });

  it('ignores other columns (the per-response export reads back), quoted commas and newlines included', () => {
    const text = `tanggal,layanan,u1,u2,u3,u4,u5,u6,u7,u8,u9,komentar\n2026-10-01,Klaim JHT,4,4,4,4,4,4,4,4,4,"ramah, cepat\nterima kasih"\n2026-10-02,Klaim JHT,3,3,3,3,3,3,3,3,3,\n`;
    const parsed = parseSkmCsv(text);
    expect(parsed.ok && parsed.responses.length).toBe(2);
  });

  it('reports a malformed row with its line number and returns no answers at all', () => {
    const parsed = parseSkmCsv(`${HEADER}\n4,4,4,4,4,4,4,4,4\n4,4,5,4,4,4,4,4,4\n4,4,4\n`);
    expect(parsed).toEqual({
      ok: false,
      problems: [
        { line: 3, message: 'u3 bernilai "5", seharusnya 1, 2, 3, 4 atau kosong' },
        { line: 4, message: 'jumlah kolom 3, seharusnya 9' },
      ],
    });
  });

  it('line numbers count the lines inside quoted fields', () => {
    const parsed = parseSkmCsv(`${HEADER},c\n4,4,4,4,4,4,4,4,4,"a\nb"\n4,4,4,4,4,4,4,4,x,\n`);
    expect(parsed.ok ? [] : parsed.problems.map((p) => p.line)).toEqual([4]);
  });

  it('a header without every element is refused', () => {
    expect(parseSkmCsv('u1,u2,u3\n1,2,3\n')).toEqual({ ok: false, problems: [{ line: 1, message: 'kolom tidak ada di baris judul: u4, u5, u6, u7, u8, u9' }] });
  });

  it('writes fields a spreadsheet cannot turn into formulas', () => {
    expect(csvLine(['=SUM(A1)', 'a,b', 'say "hi"', 3, null])).toBe(`'=SUM(A1),"a,b","say ""hi""",3,`);
  });
});

describe('survey:ikm command output', () => {
  it('prints {n, nrr, skm, ikm, grade} as JSON', () => {
    const out = ikmCliOutput(`${HEADER}\n4,4,4,4,4,4,4,4,4\n3,3,3,3,3,3,3,3,\n`);
    expect(out.exitCode).toBe(0);
    expect(JSON.parse(out.stdout)).toEqual({ n: 2, nrr: [3.5, 3.5, 3.5, 3.5, 3.5, 3.5, 3.5, 3.5, 4], skm: 3.5556, ikm: 88.89, grade: 'A' });
  });

  it('computes nothing when a row is malformed, and says which line', () => {
    const out = ikmCliOutput(`${HEADER}\n4,4,4,4,4,4,4,4,4\n4,4,4,4,4,4,4,4,0\n`);
    expect(out.exitCode).toBe(1);
    expect(out.stdout).toBe('');
    expect(out.stderr).toContain('baris 3: u9 bernilai "0"');
  });
});
