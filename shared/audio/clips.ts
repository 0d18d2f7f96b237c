/**
 * The voice-call clip set: every clip the board may play, and the Indonesian text each one says.
 * The generator script renders these texts with espeak-ng; a human recording can replace any file
 * as long as the clip id (the file name) stays the same.
 */
import { terbilangWords } from '../i18n/terbilang.ts';

/** Indonesian letter names, as a letter is spelled aloud ("be", "ce", "ef"). */
export const LETTER_NAMES = {
  A: 'a', B: 'be', C: 'ce', D: 'de', E: 'e', F: 'ef', G: 'ge', H: 'ha', I: 'i', J: 'je', K: 'ka', L: 'el', M: 'em',
  N: 'en', O: 'o', P: 'pe', Q: 'ki', R: 'er', S: 'es', T: 'te', U: 'u', V: 'fe', W: 'we', X: 'eks', Y: 'ye', Z: 'zet',
} as const satisfies Record<string, string>;
export type Letter = keyof typeof LETTER_NAMES;

/** Every word terbilang can produce; each is one clip named after the word. */
export const NUMBER_WORDS = [
  'nol', 'satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan',
  'sepuluh', 'sebelas', 'belas', 'puluh', 'seratus', 'ratus', 'seribu', 'ribu', 'juta', 'miliar', 'triliun',
] as const;

/** Clips that are not words of a number: the chime (synthesised, no text) and the two phrases. */
export const PHRASES = {
  chime: '',
  'nomor-antrian': 'nomor antrian',
  'silakan-menuju-loket': 'silakan menuju loket',
} as const;

export type ClipId = string;

const letterClip = (l: Letter): ClipId => `huruf-${l.toLowerCase()}`;

function isLetter(s: string): s is Letter {
  return Object.hasOwn(LETTER_NAMES, s);
}

/** Clip id -> text to speak ('' for the chime). The script renders one file per entry. */
export function clipCatalogue(): Record<ClipId, string> {
  const out: Record<ClipId, string> = { ...PHRASES };
  for (const w of NUMBER_WORDS) out[w] = w;
  for (const [l, name] of Object.entries(LETTER_NAMES)) {
    if (isLetter(l)) out[letterClip(l)] = name;
  }
  return out;
}

export interface CallToAnnounce {
  /** Ticket number as the server formats it: "A-012". */
  ticketNumber: string;
  /** The counter's number as said aloud ("loket tiga"). */
  counterSpokenNumber: number;
}

const TICKET_NUMBER = /^([A-Z]{1,3})-?(\d{1,6})$/;

/** "A-012" -> letters ["A"] and 12; null when the text is not a ticket number we can say. */
export function parseTicketNumber(text: string): { letters: Letter[]; value: number } | null {
  const m = TICKET_NUMBER.exec(text.trim().toUpperCase());
  if (!m || m[1] === undefined || m[2] === undefined) return null;
  const letters = [...m[1]].filter(isLetter);
  return { letters, value: Number(m[2]) };
}

/**
 * The clips of one call, in order: chime, "nomor antrian", the letter, the number in words,
 * "silakan menuju loket", the counter number in words. Null when the call cannot be said (bad data
 * from outside); the board then still shows and flashes the call, only silently.
 */
export function callClips(call: CallToAnnounce): ClipId[] | null {
  const parsed = parseTicketNumber(call.ticketNumber);
  const counter = call.counterSpokenNumber;
  if (!parsed || !Number.isSafeInteger(counter) || counter < 0 || counter > 999_999) return null;
  return [
    'chime',
    'nomor-antrian',
    ...parsed.letters.map(letterClip),
    ...terbilangWords(parsed.value),
    'silakan-menuju-loket',
    ...terbilangWords(counter),
  ];
}

/** The same call as one sentence, for the optional browser speech (speechSynthesis) voice. */
export function callSentence(call: CallToAnnounce): string | null {
  const parsed = parseTicketNumber(call.ticketNumber);
  if (!parsed || !Number.isSafeInteger(call.counterSpokenNumber) || call.counterSpokenNumber < 0) return null;
  const letters = parsed.letters.map((l) => LETTER_NAMES[l]).join(' ');
  return `Nomor antrian ${letters} ${terbilangWords(parsed.value).join(' ')}, silakan menuju loket ${terbilangWords(call.counterSpokenNumber).join(' ')}`;
}
