/**
 * What the branch may keep of a search that found no useful answer: the words, never a person.
 * Lower case, letters and digits only, runs of 5 or more digits (a NIK has 16, a phone number
 * 10-13, a KPJ card number 11; also when typed in groups such as "0812 3456 7890") replaced by
 * "#", at most 60 characters cut at a word. The kiosk sends it normalised and the server applies it
 * again (the function is idempotent), so a changed kiosk cannot store more. Pure.
 */

export const USAGE_QUERY_MAX = 60;

/** Digit groups joined by spaces (every other separator is a space by then) holding 5 or more digits in all. */
const NUMBER_RUN = /\d(?: ?\d){4,}/gu;

export function normaliseUsageQuery(text: string): string {
  const plain = text
    .normalize('NFKC')
    .toLowerCase()
    .slice(0, 500)
    .replace(/[^\p{L}\d#]+/gu, ' ')
    .replace(NUMBER_RUN, '#')
    .replace(/#+(?: ?#)*/gu, '#')
    .trim();
  if (plain.length <= USAGE_QUERY_MAX) return plain;
  const cut = plain.slice(0, USAGE_QUERY_MAX + 1);
  const space = cut.lastIndexOf(' ');
  return (space > 0 ? cut.slice(0, space) : cut.slice(0, USAGE_QUERY_MAX)).trim();
}
