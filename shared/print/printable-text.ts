/**
 * Text for a thermal printer in code page CP437. Indonesian needs only ASCII, but templates and
 * typed input bring typographic characters (– — “ ” ’ … •) and names with diacritics; left alone,
 * those print as garbage. So everything printed passes through here first.
 */
const TYPOGRAPHIC: Record<string, string> = {
  '\u2013': '-', '\u2014': '-', '\u2212': '-', '\u2010': '-', '\u2011': '-',
  '\u2018': "'", '\u2019': "'", '\u201A': "'", '\u2032': "'",
  '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u2033': '"',
  '\u2026': '...', '\u2022': '*', '\u00B7': '*', '\u00A0': ' ', '\u2009': ' ', '\u202F': ' ',
  '\u00B1': '+/-', '\u00D7': 'x', '\u2192': '->', '\u2500': '-', '\u00AB': '"', '\u00BB': '"',
};

/** NFKD, typographic punctuation to ASCII, combining marks dropped, anything else becomes "?". */
export function toPrintableAscii(value: string): string {
  let out = '';
  for (const ch of value.normalize('NFKD')) {
    const mapped = TYPOGRAPHIC[ch];
    if (mapped !== undefined) out += mapped;
    else if (/\p{M}/u.test(ch)) continue;
    else if (ch === '\t' || ch === '\n' || ch === '\r') out += ' ';
    else if (ch >= ' ' && ch <= '~') out += ch;
    else out += '?';
  }
  return out;
}

/**
 * Breaks text into lines of at most `width` characters, at spaces where possible; a word longer
 * than a line (a URL) is cut hard rather than overflowing the paper.
 */
export function wrapText(value: string, width: number): string[] {
  const limit = Math.max(1, Math.floor(width));
  const words = toPrintableAscii(value).split(' ').filter((w) => w.length > 0);
  const lines: string[] = [];
  let current = '';
  for (const word of words) {
    let rest = word;
    while (rest.length > limit) {
      if (current) {
        lines.push(current);
        current = '';
      }
      lines.push(rest.slice(0, limit));
      rest = rest.slice(limit);
    }
    if (!current) current = rest;
    else if (current.length + 1 + rest.length <= limit) current += ` ${rest}`;
    else {
      lines.push(current);
      current = rest;
    }
  }
  if (current) lines.push(current);
  return lines.length > 0 ? lines : [''];
}
