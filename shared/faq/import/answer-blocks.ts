// Turns a one-line answer of the guide ("Syaratnya: a. KTP b. Kartu peserta c. …") into readable
// blocks: paragraphs and (nested) lists. The extraction flattened the lists into running text, so
// the markers are recovered from their sequence: "a." only starts a list if "b." follows, and so on.

import type { AnswerBlock, ListItem, ListStyle } from '../types.ts';

export { blocksToText } from '../answer-text.ts';

interface Marker {
  readonly index: number; // where the marker starts
  readonly end: number; // where the item text starts
}

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz';
/** Words after which a full stop does not end a sentence. */
const ABBREVIATIONS = new Set(['no', 'pt', 'rp', 'tbk', 'dll', 'dsb', 'dst', 'jl', 'kab', 'prof', 'dr', 'st', 'nomor', 'ir', 'hj', 'h', 'an', 'u.p', 'yth', 'sdr', 'ttd']);
const MAX_PARAGRAPH_CHARS = 360;

function alphaMarkers(text: string): Marker[] {
  return sequence(text, (n) => ALPHABET[n] ?? '');
}

function numberMarkers(text: string): Marker[] {
  return sequence(text, (n) => String(n + 1));
}

/** Finds "a. … b. … c." (or "1. … 2. …") in order; at least two markers make a list. */
function sequence(text: string, label: (n: number) => string): Marker[] {
  const found: Marker[] = [];
  let from = 0;
  for (let n = 0; n < 40; n++) {
    const wanted = label(n);
    if (wanted === '') break;
    const re = new RegExp(`(^|[\\s:;,.])(${wanted})\\.(?=\\s|$)`, 'g');
    re.lastIndex = from;
    const match = re.exec(text);
    if (!match) break;
    const index = match.index + (match[1] ?? '').length;
    // A number marker must not be part of an amount or a regulation number ("No. 1.", "Rp 1.").
    if (/^\d/.test(wanted) && /(No|Nomor|Rp|Pasal|Tahun)\s*$/i.test(text.slice(Math.max(0, index - 8), index))) break;
    found.push({ index, end: index + wanted.length + 1 });
    from = index + wanted.length + 1;
  }
  return found.length >= 2 ? found : [];
}

function bulletMarkers(text: string): Marker[] {
  const found: Marker[] = [];
  const re = /(^|\s)-\s(?=\S)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const index = m.index + (m[1] ?? '').length;
    found.push({ index, end: index + 2 });
  }
  return found.length >= 2 ? found : [];
}

interface ListSplit {
  readonly intro: string;
  readonly style: ListStyle;
  readonly items: string[];
}

/** The list whose first marker comes first is the outer one; the others nest inside its items. */
function splitOuterList(text: string, exclude?: ListStyle): ListSplit | undefined {
  const candidates: [ListStyle, Marker[]][] = [
    ['alpha', alphaMarkers(text)],
    ['number', numberMarkers(text)],
    ['bullet', bulletMarkers(text)],
  ];
  let best: [ListStyle, Marker[]] | undefined;
  for (const candidate of candidates) {
    const [style, markers] = candidate;
    const first = markers[0];
    if (!first || style === exclude) continue;
    if (!best || first.index < (best[1][0]?.index ?? Infinity)) best = candidate;
  }
  if (!best) return undefined;
  const [style, markers] = best;
  const items = markers.map((m, i) => text.slice(m.end, markers[i + 1]?.index ?? text.length).trim());
  return { intro: text.slice(0, markers[0]?.index ?? 0).trim(), style, items };
}

function toItem(text: string, parentStyle: ListStyle): ListItem {
  const nested = splitOuterList(text, parentStyle);
  if (!nested || nested.items.some((t) => t === '')) return { text: tidy(text) };
  return { text: tidy(nested.intro), children: { style: nested.style, items: nested.items.map((t) => ({ text: tidy(t) })) } };
}

/** The last item often carries the sentence that follows the list: "h. Akta nikah. Dokumen asli dibawa …". */
function splitTrailingSentence(last: string): [string, string] {
  const m = /^(.+?[a-z)]\.)\s+([A-Z][\s\S]*)$/.exec(last);
  if (!m || (m[2] ?? '').split(/\s+/).length < 4) return [last, ''];
  return [m[1] ?? last, m[2] ?? ''];
}

function tidy(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/\s*[;,]\s*$/, '').replace(/\s*:\s*$/, ':').trim();
}

/** Sentences grouped into paragraphs of readable length. */
export function splitParagraphs(text: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  const re = /[.!?]\s+(?=[A-Z"(])/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const before = /([\p{L}.]+)$/u.exec(text.slice(start, m.index))?.[1]?.toLowerCase() ?? '';
    if (ABBREVIATIONS.has(before) || before.length === 1) continue;
    sentences.push(text.slice(start, m.index + 1).trim());
    start = m.index + m[0].length;
  }
  sentences.push(text.slice(start).trim());
  const paragraphs: string[] = [];
  for (const sentence of sentences.filter((s) => s !== '')) {
    const last = paragraphs.length - 1;
    const current = paragraphs[last];
    if (current !== undefined && current.length + sentence.length < MAX_PARAGRAPH_CHARS) paragraphs[last] = `${current} ${sentence}`;
    else paragraphs.push(sentence);
  }
  return paragraphs;
}

export function answerBlocks(answer: string): AnswerBlock[] {
  const text = answer.replace(/\s+/g, ' ').trim();
  const list = splitOuterList(text);
  if (!list || list.items.some((t) => t === '')) return splitParagraphs(text).map((p) => ({ type: 'paragraph', text: p }));
  const blocks: AnswerBlock[] = splitParagraphs(list.intro).map((p) => ({ type: 'paragraph', text: p }));
  const [lastItem, trailing] = splitTrailingSentence(list.items[list.items.length - 1] ?? '');
  const itemTexts = [...list.items.slice(0, -1), lastItem];
  blocks.push({ type: 'list', style: list.style, items: itemTexts.map((t) => toItem(t, list.style)) });
  for (const p of splitParagraphs(trailing)) blocks.push({ type: 'paragraph', text: p });
  return blocks;
}
