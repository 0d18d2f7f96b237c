/**
 * SKM answers from CSV: a header naming u1..u9 (any order, other columns allowed and ignored, so
 * the staff page's per-response export reads back as is), one respondent per row, each value 1-4
 * or empty when not answered. Columns are matched by their header name, never by position.
 * A malformed row is reported with its line number and no answers are returned at all: a report
 * computed from the rows that happened to parse would be a wrong report.
 */
import { SKM_ELEMENTS, type SkmAnswers, type SkmElement, type SkmScore } from './elements.ts';

export interface CsvProblem {
  line: number;
  message: string;
}

export type CsvAnswers = { ok: true; responses: SkmAnswers[] } | { ok: false; problems: CsvProblem[] };

interface Row {
  line: number;
  fields: string[];
}

/** RFC 4180 fields: commas, "quoted, fields" with "" inside, CRLF or LF; remembers each row's line. */
export function parseCsvRows(text: string): Row[] | CsvProblem {
  const rows: Row[] = [];
  let line = 1;
  let rowLine = 1;
  let field = '';
  let fields: string[] = [];
  let quoted = false;
  let i = 0;
  const src = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const endRow = () => {
    fields.push(field);
    if (!(fields.length === 1 && fields[0] === '')) rows.push({ line: rowLine, fields });
    fields = [];
    field = '';
  };
  while (i < src.length) {
    const c = src[i];
    if (quoted) {
      if (c === '"' && src[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (c === '"') quoted = false;
      else {
        if (c === '\n') line += 1;
        field += c;
      }
      i += 1;
      continue;
    }
    if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      fields.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && src[i + 1] === '\n') i += 1;
      endRow();
      line += 1;
      rowLine = line;
    } else field += c;
    i += 1;
  }
  if (quoted) return { line: rowLine, message: 'tanda kutip tidak ditutup' };
  if (field !== '' || fields.length > 0) endRow();
  return rows;
}

export function parseSkmCsv(text: string): CsvAnswers {
  const rows = parseCsvRows(text);
  if (!Array.isArray(rows)) return { ok: false, problems: [rows] };
  const header = rows[0];
  if (!header) return { ok: false, problems: [{ line: 1, message: 'berkas kosong: baris pertama harus berisi kolom u1..u9' }] };
  const names = header.fields.map((f) => f.trim().toLowerCase());
  const columns = new Map<SkmElement, number>();
  const missing: string[] = [];
  for (const element of SKM_ELEMENTS) {
    const at = names.indexOf(element);
    if (at < 0) missing.push(element);
    else if (names.indexOf(element, at + 1) >= 0) return { ok: false, problems: [{ line: header.line, message: `kolom ${element} muncul dua kali` }] };
    else columns.set(element, at);
  }
  if (missing.length > 0) return { ok: false, problems: [{ line: header.line, message: `kolom tidak ada di baris judul: ${missing.join(', ')}` }] };

  const problems: CsvProblem[] = [];
  const responses: SkmAnswers[] = [];
  for (const row of rows.slice(1)) {
    if (row.fields.length !== header.fields.length) {
      problems.push({ line: row.line, message: `jumlah kolom ${row.fields.length}, seharusnya ${header.fields.length}` });
      continue;
    }
    const answers: SkmAnswers = {};
    for (const [element, at] of columns) {
      const raw = (row.fields[at] ?? '').trim();
      if (raw === '') continue;
      if (!/^[1-4]$/.test(raw)) {
        problems.push({ line: row.line, message: `${element} bernilai "${raw.slice(0, 20)}", seharusnya 1, 2, 3, 4 atau kosong` });
        continue;
      }
      answers[element] = Number(raw) as SkmScore;
    }
    responses.push(answers);
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, responses };
}

/** Quotes a CSV field when it needs it (comma, quote, newline) and defuses spreadsheet formulas. */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  let s = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export const csvLine = (values: readonly (string | number | null)[]): string => values.map(csvField).join(',');
