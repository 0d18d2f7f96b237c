/**
 * Reporting periods of the IKM: a month, a quarter (triwulan) or a half year (semester, the
 * complaint unit's monitoring cycle), as inclusive YYYY-MM-DD service days. Pure: the caller
 * passes today's service day.
 */
const ROMAN = ['I', 'II', 'III', 'IV'] as const;

export interface ReportPeriod {
  from: string;
  to: string;
  label: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const lastDayOf = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

function parts(day: string): { year: number; month: number } {
  const m = /^(\d{4})-(\d{2})-\d{2}$/.exec(day);
  if (!m) throw new RangeError(`not a YYYY-MM-DD date: ${day}`);
  return { year: Number(m[1]), month: Number(m[2]) };
}

export function quarterOf(day: string): ReportPeriod {
  const { year, month } = parts(day);
  const q = Math.floor((month - 1) / 3);
  const first = q * 3 + 1;
  const last = first + 2;
  return { from: `${year}-${pad(first)}-01`, to: `${year}-${pad(last)}-${pad(lastDayOf(year, last))}`, label: `Triwulan ${ROMAN[q] ?? ''} ${year}` };
}

const MONTHS_ID = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'] as const;

export function monthLabel(yearMonth: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(yearMonth);
  if (!m) return yearMonth;
  return `${MONTHS_ID[Number(m[2]) - 1] ?? m[2]} ${m[1]}`;
}

/** A period's label: "Triwulan IV 2026" when it is exactly a quarter, else the two dates. */
export function periodLabel(from: string, to: string): string {
  const q = quarterOf(from);
  if (q.from === from && q.to === to) return q.label;
  return `${from} s.d. ${to}`;
}

/** The months a period touches, YYYY-MM, in order (for the monthly trend). */
export function monthsOf(from: string, to: string): string[] {
  const a = parts(from);
  const b = parts(to);
  const out: string[] = [];
  for (let y = a.year, m = a.month; y < b.year || (y === b.year && m <= b.month); m === 12 ? ((m = 1), (y += 1)) : (m += 1)) {
    out.push(`${y}-${pad(m)}`);
    if (out.length > 120) break;
  }
  return out;
}
