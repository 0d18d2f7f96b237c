/** Printable text and layout helpers at their edges: exact line widths, every mapped character. */
import { describe, expect, it } from 'vitest';
import { COLUMNS, feed, largestScaleFitting, qr, rule, text } from './document.ts';
import { toPrintableAscii, wrapText } from './printable-text.ts';

describe('toPrintableAscii', () => {
  it('maps every typographic character the templates use', () => {
    const cases: [string, string][] = [
      ['\u2013\u2014\u2212\u2010\u2011', '-----'],
      ['\u2018\u2019\u201A\u2032', "''''"],
      ['\u201C\u201D\u201E\u00AB\u00BB', '"""""'],
      // NFKD runs first: a double prime is two primes by then.
      ['\u2033', "''"],
      ['\u2026', '...'],
      ['\u2022\u00B7', '**'],
      ['a\u00A0b\u2009c\u202Fd', 'a b c d'],
      ['\u00B1 \u00D7 \u2192 \u2500', '+/- x -> -'],
    ];
    for (const [input, printed] of cases) expect(toPrintableAscii(input), JSON.stringify(input)).toBe(printed);
  });

  it('keeps the whole printable ASCII range, turns tabs and line breaks into spaces, and marks the rest', () => {
    const ascii = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('');
    expect(toPrintableAscii(ascii)).toBe(ascii);
    expect(toPrintableAscii('a\tb\nc\rd')).toBe('a b c d');
    expect(toPrintableAscii('\u0000\u001F\u007F\u0080')).toBe('????');
    expect(toPrintableAscii('Ngurah Rai, Denpasar — Bali é ñ ü')).toBe('Ngurah Rai, Denpasar - Bali e n u');
  });
});

describe('wrapText', () => {
  it('a line of exactly the width stays one line; one character more wraps', () => {
    expect(wrapText('abcd efgh', 9)).toEqual(['abcd efgh']);
    expect(wrapText('abcd efghi', 9)).toEqual(['abcd', 'efghi']);
  });

  it('a word of exactly the width is not cut; one longer is cut at the width', () => {
    expect(wrapText('abcdefghi', 9)).toEqual(['abcdefghi']);
    expect(wrapText('abcdefghij', 9)).toEqual(['abcdefghi', 'j']);
    expect(wrapText('ab abcdefghijk cd', 5)).toEqual(['ab', 'abcde', 'fghij', 'k cd']);
  });

  it('collapses repeated spaces and prints typographic text as ASCII', () => {
    expect(wrapText('  satu   dua  ', 20)).toEqual(['satu dua']);
    expect(wrapText('“Klaim” — JHT', 20)).toEqual(['"Klaim" - JHT']);
  });

  it('treats a width below one as one, and rounds a fractional width down', () => {
    expect(wrapText('ab', 0)).toEqual(['a', 'b']);
    expect(wrapText('abc de', 3.9)).toEqual(['abc', 'de']);
  });
});

describe('document helpers', () => {
  it('build the blocks the encoder expects', () => {
    expect(text('A-001', { bold: true, scale: 4 })).toEqual({ kind: 'text', text: 'A-001', bold: true, scale: 4 });
    expect(text('x')).toEqual({ kind: 'text', text: 'x' });
    expect(rule()).toEqual({ kind: 'rule' });
    expect(feed()).toEqual({ kind: 'feed', lines: 1 });
    expect(feed(3)).toEqual({ kind: 'feed', lines: 3 });
    expect(qr('http://x', 6)).toEqual({ kind: 'qr', payload: 'http://x', moduleSize: 6 });
  });

  it('the largest scale that fits the paper, never above the one asked for', () => {
    expect(COLUMNS).toEqual({ '80mm': 48, '58mm': 32 });
    expect(largestScaleFitting('A-001', '80mm', 8)).toBe(8); // 5 x 8 = 40 <= 48
    expect(largestScaleFitting('A-0012', '80mm', 8)).toBe(8); // 48 <= 48 exactly
    expect(largestScaleFitting('A-00123', '80mm', 8)).toBe(6); // 7 x 7 = 49 > 48
    expect(largestScaleFitting('A-001', '58mm', 8)).toBe(6); // 5 x 6 = 30 <= 32
    expect(largestScaleFitting('A-001', '80mm', 3)).toBe(3);
    expect(largestScaleFitting('x'.repeat(60), '58mm', 8)).toBe(1);
  });
});
