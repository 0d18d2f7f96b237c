/**
 * ESC/POS bytes -> commands, for the subset our encoder emits plus the status queries. Tests
 * assert on commands instead of hex, the preview renderer draws them, and the fake printer reads
 * its input with it. Bytes come from outside (a fake network printer receives anything), so every
 * length is checked and an unknown command becomes an `unknown` entry, never an exception.
 */
const ESC = 0x1b;
const GS = 0x1d;
const FS = 0x1c;
const DLE = 0x10;
const LF = 0x0a;
const CR = 0x0d;

export type Align = 'left' | 'center' | 'right';

export type EscPosCommand =
  | { type: 'initialize' }
  | { type: 'kanji-off' }
  | { type: 'font'; font: number }
  | { type: 'codepage'; table: number }
  | { type: 'align'; align: Align }
  | { type: 'bold'; on: boolean }
  | { type: 'underline'; on: boolean }
  | { type: 'invert'; on: boolean }
  | { type: 'size'; width: number; height: number }
  | { type: 'line-spacing'; dots: number | null }
  | { type: 'text'; text: string }
  | { type: 'newline' }
  | { type: 'feed'; lines: number }
  | { type: 'qr-model'; model: number }
  | { type: 'qr-module-size'; size: number }
  | { type: 'qr-error-level'; level: 'l' | 'm' | 'q' | 'h' }
  | { type: 'qr-store'; payload: string }
  | { type: 'qr-print' }
  | { type: 'cut'; partial: boolean; feed: number }
  | { type: 'status-query'; n: number }
  | { type: 'paper-status-query'; n: number }
  | { type: 'auto-status-back'; n: number }
  | { type: 'unknown'; bytes: number[] };

export interface DecodeResult {
  commands: EscPosCommand[];
  /** Bytes consumed; anything after is an incomplete command waiting for more data. */
  consumed: number;
}

/** CP437 glyphs we print besides ASCII: the box-drawing line of rules. */
const CP437_EXTRA: Record<number, string> = { 0xc4: '\u2500', 0xcd: '\u2550' };

const ALIGNS: Align[] = ['left', 'center', 'right'];
const QR_LEVELS = ['l', 'm', 'q', 'h'] as const;

function decodeText(bytes: Uint8Array, start: number): { text: string; end: number } {
  let end = start;
  let text = '';
  while (end < bytes.length) {
    const b = bytes[end] ?? 0;
    if (b < 0x20 || b === 0x7f) break;
    text += b < 0x80 ? String.fromCharCode(b) : (CP437_EXTRA[b] ?? '?');
    end++;
  }
  return { text, end };
}

/** GS ( k: pL pH cn fn [params]; returns null while the frame is incomplete. */
function decodeGsParenK(bytes: Uint8Array, i: number): { command: EscPosCommand; next: number } | null {
  if (i + 5 > bytes.length) return null;
  const length = (bytes[i + 3] ?? 0) + (bytes[i + 4] ?? 0) * 256;
  const next = i + 5 + length;
  if (next > bytes.length) return null;
  const body = bytes.subarray(i + 5, next);
  const raw = Array.from(bytes.subarray(i, next));
  if (body[0] !== 0x31 || body.length < 2) return { command: { type: 'unknown', bytes: raw }, next };
  const fn = body[1];
  const param = body[2] ?? 0;
  switch (fn) {
    case 0x41:
      return { command: { type: 'qr-model', model: param - 0x30 }, next };
    case 0x43:
      return { command: { type: 'qr-module-size', size: param }, next };
    case 0x45: {
      const level = QR_LEVELS[param - 0x30];
      return { command: level ? { type: 'qr-error-level', level } : { type: 'unknown', bytes: raw }, next };
    }
    case 0x50:
      return { command: { type: 'qr-store', payload: Buffer.from(body.subarray(3)).toString('latin1') }, next };
    case 0x51:
      return { command: { type: 'qr-print' }, next };
    default:
      return { command: { type: 'unknown', bytes: raw }, next };
  }
}

/** One command at `i`, or null when the buffer ends inside it. */
function decodeOne(bytes: Uint8Array, i: number): { command: EscPosCommand; next: number } | null {
  const b = bytes[i] ?? 0;
  const at = (k: number): number | undefined => bytes[i + k];
  const need = (n: number): boolean => i + n <= bytes.length;
  if (b === LF) return { command: { type: 'newline' }, next: i + 1 };
  if (b === CR) return { command: { type: 'unknown', bytes: [CR] }, next: i + 1 };
  if (b === ESC) {
    if (!need(2)) return null;
    const c = at(1) ?? 0;
    if (c === 0x40) return { command: { type: 'initialize' }, next: i + 2 };
    if (c === 0x32) return { command: { type: 'line-spacing', dots: null }, next: i + 2 };
    if (!need(3)) return null;
    const n = at(2) ?? 0;
    switch (c) {
      case 0x61: return { command: { type: 'align', align: ALIGNS[n % 0x30] ?? 'left' }, next: i + 3 };
      case 0x45: return { command: { type: 'bold', on: (n & 1) === 1 }, next: i + 3 };
      case 0x2d: return { command: { type: 'underline', on: n % 0x30 > 0 }, next: i + 3 };
      case 0x4d: return { command: { type: 'font', font: n % 0x30 }, next: i + 3 };
      case 0x74: return { command: { type: 'codepage', table: n }, next: i + 3 };
      case 0x64: return { command: { type: 'feed', lines: n }, next: i + 3 };
      case 0x33: return { command: { type: 'line-spacing', dots: n }, next: i + 3 };
      default: return { command: { type: 'unknown', bytes: [b, c] }, next: i + 2 };
    }
  }
  if (b === GS) {
    if (!need(2)) return null;
    const c = at(1) ?? 0;
    if (c === 0x28 && at(2) === 0x6b) return decodeGsParenK(bytes, i);
    if (c === 0x28) return need(3) ? { command: { type: 'unknown', bytes: [b, c] }, next: i + 2 } : null;
    if (!need(3)) return null;
    const n = at(2) ?? 0;
    switch (c) {
      case 0x21: return { command: { type: 'size', width: (n >> 4) + 1, height: (n & 0x0f) + 1 }, next: i + 3 };
      case 0x42: return { command: { type: 'invert', on: (n & 1) === 1 }, next: i + 3 };
      case 0x72: return { command: { type: 'paper-status-query', n }, next: i + 3 };
      case 0x61: return { command: { type: 'auto-status-back', n }, next: i + 3 };
      case 0x56:
        // GS V m: 0/48 full, 1/49 partial; GS V 65/66 n: feed n dots, then cut.
        if (n === 65 || n === 66) return need(4) ? { command: { type: 'cut', partial: n === 66, feed: at(3) ?? 0 }, next: i + 4 } : null;
        return { command: { type: 'cut', partial: n % 0x30 === 1, feed: 0 }, next: i + 3 };
      default: return { command: { type: 'unknown', bytes: [b, c] }, next: i + 2 };
    }
  }
  if (b === FS) {
    if (!need(2)) return null;
    if (at(1) === 0x2e) return { command: { type: 'kanji-off' }, next: i + 2 };
    return { command: { type: 'unknown', bytes: [b, at(1) ?? 0] }, next: i + 2 };
  }
  if (b === DLE) {
    if (!need(2)) return null;
    if (at(1) === 0x04) return need(3) ? { command: { type: 'status-query', n: at(2) ?? 0 }, next: i + 3 } : null;
    return { command: { type: 'unknown', bytes: [b] }, next: i + 1 };
  }
  if (b >= 0x20 && b !== 0x7f) {
    const { text, end } = decodeText(bytes, i);
    return { command: { type: 'text', text }, next: end };
  }
  return { command: { type: 'unknown', bytes: [b] }, next: i + 1 };
}

export function decodeEscPos(bytes: Uint8Array): DecodeResult {
  const commands: EscPosCommand[] = [];
  let i = 0;
  while (i < bytes.length) {
    const step = decodeOne(bytes, i);
    if (!step) break;
    commands.push(step.command);
    i = step.next;
  }
  return { commands, consumed: i };
}

/** The printed text lines (what a reader would see), for assertions. */
export function printedLines(commands: readonly EscPosCommand[]): string[] {
  const lines: string[] = [];
  let current = '';
  for (const c of commands) {
    if (c.type === 'text') current += c.text;
    else if (c.type === 'newline') {
      lines.push(current);
      current = '';
    }
  }
  if (current) lines.push(current);
  return lines;
}
