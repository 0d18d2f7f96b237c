/**
 * Terbilang: a number in Indonesian words, as the board's voice says it.
 *
 * The result is a list of words (not one string) because the board speaks from one recorded clip
 * per word: "dua belas" is the clips `dua` + `belas`, "seratus sebelas" is `seratus` + `sebelas`.
 * The irregular forms are single words, so they are single clips: sepuluh, sebelas, seratus, seribu.
 */

const UNITS = ['nol', 'satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan'] as const;

/** Scales above a thousand; each group of three digits takes one of these. */
const SCALES = ['', 'ribu', 'juta', 'miliar', 'triliun'] as const;

/** The largest number we have words for: 999 triliun 999 miliar ... 999. */
export const TERBILANG_MAX = 10 ** 15 - 1;

function unit(n: number): string {
  const w = UNITS[n];
  if (w === undefined) throw new RangeError(`bukan satuan: ${n}`);
  return w;
}

/** 1..999 in words; 0 gives no words because "nol" is only said for the number zero itself. */
function belowThousand(n: number): string[] {
  const words: string[] = [];
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  if (hundreds === 1) words.push('seratus');
  else if (hundreds > 1) words.push(unit(hundreds), 'ratus');
  if (rest === 0) return words;
  if (rest < 10) words.push(unit(rest));
  else if (rest === 10) words.push('sepuluh');
  else if (rest === 11) words.push('sebelas');
  else if (rest < 20) words.push(unit(rest - 10), 'belas');
  else {
    words.push(unit(Math.floor(rest / 10)), 'puluh');
    if (rest % 10 !== 0) words.push(unit(rest % 10));
  }
  return words;
}

/** The words of a whole number 0..TERBILANG_MAX: 12 -> ["dua", "belas"], 1000 -> ["seribu"]. */
export function terbilangWords(n: number): string[] {
  if (!Number.isSafeInteger(n) || n < 0 || n > TERBILANG_MAX) {
    throw new RangeError(`terbilang: harus bilangan bulat 0..${TERBILANG_MAX}, bukan ${n}`);
  }
  if (n === 0) return ['nol'];
  const groups: number[] = [];
  for (let rest = n; rest > 0; rest = Math.floor(rest / 1000)) groups.push(rest % 1000);
  const words: string[] = [];
  for (let i = groups.length - 1; i >= 0; i--) {
    const g = groups[i] ?? 0;
    if (g === 0) continue;
    // "seribu", never "satu ribu"; but "satu juta", "satu miliar" are the standard forms.
    if (i === 1 && g === 1) {
      words.push('seribu');
      continue;
    }
    words.push(...belowThousand(g));
    const scale = SCALES[i];
    if (scale) words.push(scale);
  }
  return words;
}

/** The number as one phrase: 111 -> "seratus sebelas". */
export function terbilang(n: number): string {
  return terbilangWords(n).join(' ');
}
