// Reads the service standard (seed 002: "Pendaftaran Kepesertaan BPJS Ketenagakerjaan") into the
// printable requirement checklists for PU and BPU registration and the JHT claim, with their steps.
// The source is a table whose cells hold HTML fragments with numbered items glued together
// ("…Badan Usaha2. Formulir…"), so items are recovered by their running numbers.

import type { RequirementList, RequirementsDataset } from '../types.ts';

const LISTS: readonly { id: string; title: string; heading: RegExp }[] = [
  { id: 'pendaftaran-pu', title: 'Pendaftaran Perusahaan / Penerima Upah (PU)', heading: /^Pendaftaran Perusahaan\/Penerima Upah \(PU\)/i },
  { id: 'pendaftaran-bpu', title: 'Pendaftaran Mandiri / Bukan Penerima Upah (BPU)', heading: /^Pendaftaran Mandiri\/Bukan Penerima Upah \(BPU\)/i },
  { id: 'klaim-jht', title: 'Klaim Jaminan Hari Tua (JHT)', heading: /^Klaim Jaminan Hari Tua \(JHT\)/i },
];

/** "1. A2. B 3. C" -> ["A", "B", "C"], cutting only at the next expected number. */
export function numberedItems(text: string): string[] {
  const items: string[] = [];
  let rest = text.replace(/<[^>]+>/g, ' ');
  const first = rest.search(/(^|\s)1\.\s/);
  if (first === -1) return [];
  rest = rest.slice(first).trim().replace(/^1\.\s*/, '');
  for (let n = 2; ; n++) {
    const next = new RegExp(`(?<![\\d.])${n}\\.\\s`).exec(rest);
    if (!next) break;
    items.push(rest.slice(0, next.index).trim());
    rest = rest.slice(next.index + next[0].length);
  }
  items.push(rest.trim());
  return items.map((i) => i.replace(/\s+/g, ' ').replace(/[“”]/g, '"').trim()).filter((i) => i !== '');
}

/** Splits a table cell into its "<p>Title</p> <ol>…</ol>" parts. */
function titledParts(cell: string): { title: string; body: string }[] {
  const parts: { title: string; body: string }[] = [];
  const re = /<p>([^<]+)<\/p>/g;
  const matches = [...cell.matchAll(re)];
  matches.forEach((m, i) => {
    const end = matches[i + 1]?.index ?? cell.length;
    parts.push({ title: (m[1] ?? '').trim(), body: cell.slice((m.index ?? 0) + m[0].length, end) });
  });
  return parts;
}

/** The text of a numbered row of the first table, continuation lines included. */
function row(lines: readonly string[], label: string): string {
  const start = lines.findIndex((l) => new RegExp(`^\\d+\\t${label}\\t`).test(l));
  if (start === -1) throw new Error(`Service standard: row "${label}" not found.`);
  const out = [(lines[start] ?? '').split('\t').slice(2).join(' ')];
  for (const line of lines.slice(start + 1)) {
    if (/^\d+\t/.test(line)) break;
    if (line.startsWith('\t\t')) out.push(line.trim());
  }
  return out.join(' ');
}

export function parseRequirements(text: string, source: string): RequirementsDataset {
  const lines = text.split(/\r?\n/);
  const requirements = titledParts(row(lines, 'Persyaratan'));
  const procedures = titledParts(row(lines, 'Sistem, Mekanisme, dan Prosedur')).filter((p) => p.title !== 'Prosedur');
  const lists: RequirementList[] = LISTS.map(({ id, title, heading }) => {
    const documents = requirements.find((p) => heading.test(p.title));
    if (!documents) throw new Error(`Service standard: requirements for "${title}" not found.`);
    return {
      id,
      title,
      documents: numberedItems(documents.body),
      procedures: procedures
        .filter((p) => heading.test(p.title))
        .map((p) => ({ title: p.title.replace(/\bonline\b/i, 'Online'), steps: numberedItems(p.body) })),
    };
  });
  return {
    source,
    serviceTime: row(lines, 'Jangka Waktu Pelayanan').trim(),
    fee: row(lines, 'Biaya').trim(),
    lists,
  };
}
