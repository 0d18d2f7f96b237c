// Repairs the damage the PDF-to-text extraction left in the guide. Two kinds:
//  1. U+FFFD (`�`) where the PDF had typographic quotes, apostrophes, dashes or non-breaking spaces;
//     which one it was is decided from the neighbouring characters.
//  2. Known broken or glued words, listed literally so every repair is reviewable; the importer
//     checks that each one still matches, so a new seed version cannot silently skip a repair.

const REPLACEMENT_CHAR = '\uFFFD';

/** Literal repairs: [damaged text, repaired text, why]. */
export const WORD_REPAIRS: readonly (readonly [string, string, string])[] = [
  ['UndangUndang', 'Undang-Undang', 'hyphen lost'],
  ['Hari TuaJaminan Pensiun', 'Hari Tua - Jaminan Pensiun', 'glued words'],
  ['bisa didapatkan melaluiRSJHT tahunan bisa didapatkan melalui', 'bisa didapatkan melalui', 'text repeated by the extraction'],
  ['suratmaupun', 'surat maupun', 'glued words'],
  ['https://sipp.bp jsketenagakerjaan', 'https://sipp.bpjsketenagakerjaan', 'address broken by a space'],
  ['dibeBankan', 'dibebankan', 'a search-and-replace of "bank" hit a word'],
  ['unutk', 'untuk', 'typo'],
  ['apablila', 'apabila', 'typo'],
  ['penyelenggaran ', 'penyelenggaraan ', 'typo'],
];

/** "perBankan", "PerBankan": a search-and-replace capitalised "bank" inside words. */
const CAPITALISED_BANK_INSIDE_WORD = /([a-z])Bank(an)\b/g;

export function repairReplacementChars(text: string): string {
  // Runs like "a.���" are padding after a list marker: drop them.
  let out = text.replace(/\uFFFD{2,}/g, ' ');
  let quoteOpen = false;
  let result = '';
  for (let i = 0; i < out.length; i++) {
    const ch = out[i] ?? '';
    if (ch === '"') quoteOpen = !quoteOpen;
    if (ch !== REPLACEMENT_CHAR) {
      result += ch;
      continue;
    }
    const before = out[i - 1] ?? ' ';
    const after = out[i + 1] ?? ' ';
    const wordBefore = /[\p{L}\d]+$/u.exec(out.slice(0, i))?.[0] ?? '';
    const wordAfter = /^[\p{L}\d]+/u.exec(out.slice(i + 1))?.[0] ?? '';
    if (isWordChar(before) && isWordChar(after)) {
      result += insideWord(wordBefore, wordAfter);
    } else if (quoteOpen) {
      result += '"';
      quoteOpen = false;
    } else if (isWordChar(after) && !isWordChar(before)) {
      // An opening quote only if a closing one follows before the end of the sentence run.
      const closes = out.indexOf(REPLACEMENT_CHAR, i + 1);
      if (closes !== -1 && closes - i < 400) {
        result += '"';
        quoteOpen = true;
      }
    }
    // Otherwise it was a non-breaking space or bullet next to a space: dropped.
  }
  out = result;
  return out.replace(/ {2,}/g, ' ').replace(/ ([.,;:])/g, '$1').trim();
}

function isWordChar(ch: string): boolean {
  return /[\p{L}\d]/u.test(ch);
}

function insideWord(before: string, after: string): string {
  if (before.toLowerCase() === after.toLowerCase()) return '-'; // masing–masing
  if (after.length === 1 || before.length <= 3) return "'"; // INA-CBG's, Mas'uliyah
  return ' '; // a non-breaking space between two words: "dengan login"
}

export interface RepairReport {
  readonly text: string;
  readonly applied: ReadonlySet<string>;
}

export function repairWords(text: string): RepairReport {
  const applied = new Set<string>();
  let out = text;
  for (const [damaged, repaired] of WORD_REPAIRS) {
    if (out.includes(damaged)) {
      out = out.split(damaged).join(repaired);
      applied.add(damaged);
    }
  }
  out = out.replace(CAPITALISED_BANK_INSIDE_WORD, (_m, first: string, suffix: string) => `${first}bank${suffix}`);
  return { text: out, applied };
}

export function repairText(text: string): RepairReport {
  return repairWords(repairReplacementChars(text));
}
