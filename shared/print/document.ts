/**
 * A printed document as pure data: lines of text, rules, QR codes and feeds. Builders in this
 * folder produce it; hardware/escpos encodes it to printer bytes. No bytes and no library types
 * here, so the same document can be encoded for any printer profile and tested without one.
 */
export const PAPER_WIDTHS = ['80mm', '58mm'] as const;
export type PaperWidth = (typeof PAPER_WIDTHS)[number];

/** Characters per line in the printer's standard font A (12 x 24 dots). */
export const COLUMNS: Record<PaperWidth, number> = { '80mm': 48, '58mm': 32 };

export type PrintAlign = 'left' | 'center' | 'right';

/** Character magnification 1-8, as ESC/POS GS ! allows. */
export type TextScale = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8;

export interface TextBlock {
  kind: 'text';
  text: string;
  align?: PrintAlign;
  bold?: boolean;
  /** Width and height multiplier; the number on a ticket is printed very large. */
  scale?: TextScale;
  /** Printed white on black: used for the neutral fast-track mark. */
  inverted?: boolean;
}

export interface RuleBlock {
  kind: 'rule';
}

export interface QrBlock {
  kind: 'qr';
  payload: string;
  /** Dots per QR module (ESC/POS GS ( k function 167 accepts 1-16). */
  moduleSize: number;
}

export interface FeedBlock {
  kind: 'feed';
  lines: number;
}

export type PrintBlock = TextBlock | RuleBlock | QrBlock | FeedBlock;

export const DOCUMENT_KINDS = ['queue-ticket', 'complaint-receipt', 'checklist'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export interface PrintDocument {
  kind: DocumentKind;
  paper: PaperWidth;
  /** What staff see in job lists ("Tiket A-012"); never personal data. */
  title: string;
  blocks: PrintBlock[];
}

export const text = (value: string, options: Omit<TextBlock, 'kind' | 'text'> = {}): TextBlock => ({ kind: 'text', text: value, ...options });
export const rule = (): RuleBlock => ({ kind: 'rule' });
export const feed = (lines = 1): FeedBlock => ({ kind: 'feed', lines });
export const qr = (payload: string, moduleSize: number): QrBlock => ({ kind: 'qr', payload, moduleSize });

/** The largest scale at which `value` still fits on one line of the paper. */
export function largestScaleFitting(value: string, paper: PaperWidth, wanted: TextScale): TextScale {
  const scales: TextScale[] = [8, 7, 6, 5, 4, 3, 2, 1];
  const fits = scales.find((s) => s <= wanted && value.length * s <= COLUMNS[paper]);
  return fits ?? 1;
}
