/** CSV export of the console list: masked NIK and phone, as on screen; formulas neutralised. */
import type { ComplaintListItem } from '../../shared/contracts/complaints.ts';

const HEADER = ['referensi', 'status', 'kategori', 'kanal', 'nama', 'nik', 'hp', 'diterima', 'batas', 'sisa_hari_kerja', 'peringatan', 'petugas'];

function cell(value: string | number | null): string {
  let text = value === null ? '' : String(value);
  // A spreadsheet would run "=..." as a formula: free text from a visitor must stay text.
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(rows: readonly ComplaintListItem[]): string {
  const lines = rows.map((r) => [r.reference, r.status, r.category, r.channel, r.reporterName, r.nikMasked, r.phoneMasked, r.receivedAt, r.dueDate, r.leftDays, r.warning, r.assignee].map(cell).join(','));
  return `\uFEFF${[HEADER.join(','), ...lines].join('\r\n')}\r\n`;
}
