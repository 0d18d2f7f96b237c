// Reads the text extraction of "Panduan Tanya Jawab Eksternal" into sections, tables and raw
// question/answer pairs. The layout (one line per table row, "N Question" / blank / answer / "-")
// is the extraction's; everything that is not that layout is reported, not guessed.

import type { SectionGroup } from '../types.ts';

export interface RawEntry {
  readonly number: number;
  readonly question: string;
  readonly answer: string;
  /** 1-based line in the seed, for error messages and review. */
  readonly line: number;
}

export interface RawSection {
  readonly heading: string;
  readonly group: SectionGroup;
  readonly regulations: string[];
  readonly benefits: string[];
  readonly entries: RawEntry[];
}

const GROUP_HEADINGS: Readonly<Record<string, SectionGroup>> = {
  UMUM: 'umum',
  KEPESERTAAN: 'kepesertaan',
  PELAYANAN: 'pelayanan',
  'CONTACT CENTER': 'contact-center',
  'E-CHANNEL': 'e-channel',
};

const TABLE_MARKERS = new Set(['PERATURAN PERUNDANG-UNDANGAN', 'MANFAAT', 'FAQ']);
const TABLE_HEADERS = new Set(['No Peraturan Keterangan', 'No Manfaat Keterangan', 'No Frequently Asked Question (FAQ) Peraturan']);
const END_OF_GUIDE = 'Tidak bisa menemukan apa yang Anda cari?';

type Part = 'none' | 'regulations' | 'benefits' | 'faq';

function isHeading(line: string): boolean {
  return /^[A-Z][A-Z0-9 &()/-]+$/.test(line) && !TABLE_MARKERS.has(line);
}

/** Splits the guide into its sections. Throws when the layout is not the one this parser knows. */
export function parseGuide(text: string): RawSection[] {
  const lines = text.split(/\r?\n/);
  const sections: RawSection[] = [];
  let group: SectionGroup | undefined;
  let current: RawSection | undefined;
  let part: Part = 'none';
  let pending: { number: number; question: string; line: number; answer: string[] } | undefined;
  const started = lines.findIndex((l) => l.trim() === 'UMUM');
  if (started === -1) throw new Error('Guide layout: the first group heading "UMUM" was not found.');

  const flush = (): void => {
    if (!pending || !current) return;
    const answer = pending.answer.join(' ').trim();
    if (answer === '') throw new Error(`Guide line ${pending.line}: question without an answer.`);
    current.entries.push({ number: pending.number, question: pending.question.trim(), answer, line: pending.line });
    pending = undefined;
  };

  for (let i = started; i < lines.length; i++) {
    const line = (lines[i] ?? '').trim();
    if (line === END_OF_GUIDE) break;
    if (line === '' || TABLE_HEADERS.has(line)) continue;
    const next = lines.slice(i + 1).find((l) => l.trim() !== '')?.trim() ?? '';
    if (line in GROUP_HEADINGS && isHeading(next)) {
      // A group heading is directly followed by its first section's heading ("KEPESERTAAN" is
      // both a group and a section; "CONTACT CENTER" is a group with one section of that name).
      flush();
      group = GROUP_HEADINGS[line];
      part = 'none';
      current = undefined;
      continue;
    }
    if (isHeading(line)) {
      flush();
      if (!group) throw new Error(`Guide line ${i + 1}: section "${line}" before any group.`);
      current = { heading: line, group, regulations: [], benefits: [], entries: [] };
      sections.push(current);
      part = 'none';
      continue;
    }
    if (TABLE_MARKERS.has(line)) {
      flush();
      part = line === 'FAQ' ? 'faq' : line === 'MANFAAT' ? 'benefits' : 'regulations';
      continue;
    }
    if (!current) throw new Error(`Guide line ${i + 1}: text outside a section.`);
    const numbered = /^(\d+) (.+)$/.exec(line);
    if (part === 'regulations' || part === 'benefits') {
      if (!numbered) throw new Error(`Guide line ${i + 1}: table row without a number.`);
      const row = (numbered[2] ?? '').replace(/\s+-$/, '').trim();
      (part === 'regulations' ? current.regulations : current.benefits).push(row);
      continue;
    }
    if (part !== 'faq') throw new Error(`Guide line ${i + 1}: text outside a table.`);
    const expected = current.entries.length + (pending ? 2 : 1);
    if (numbered && Number(numbered[1]) === expected && (!pending || pending.answer.length > 0)) {
      flush();
      pending = { number: expected, question: numbered[2] ?? '', line: i + 1, answer: [] };
    } else if (line === '-') {
      // The empty "Peraturan" column of the FAQ table.
    } else if (pending) {
      pending.answer.push(line);
    } else {
      throw new Error(`Guide line ${i + 1}: answer text before any question.`);
    }
  }
  flush();
  return sections;
}
