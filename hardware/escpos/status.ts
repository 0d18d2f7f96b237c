/**
 * Printer status from DLE EOT replies (10 04 n). Bits per the Epson/Bixolon manuals, cross-checked
 * with python-escpos: a real-time reply has the fixed pattern 0xx1xx10, so (b & 0x93) === 0x12.
 * Anything else on the wire (an ASB frame, a GS r answer, noise from a clone) is not trusted.
 * "unknown" is never reported as "ok": a printer that does not answer has not told us anything.
 */
import type { PrinterCondition } from '../../shared/contracts/printing.ts';

// The list is part of the wire contract (printer views and printer.status events).
export { PRINTER_CONDITIONS, type PrinterCondition } from '../../shared/contracts/printing.ts';

/** What staff read in the console. */
export const PRINTER_CONDITION_LABEL_ID: Record<PrinterCondition, string> = {
  ok: 'siap',
  'paper-near-end': 'kertas hampir habis',
  'paper-out': 'kertas habis',
  'cover-open': 'tutup printer terbuka',
  offline: 'printer tidak terhubung',
  unknown: 'status tidak diketahui',
};

/** Conditions in which a job would not come out of the printer: do not send it. */
export function blocksPrinting(condition: PrinterCondition): boolean {
  return condition === 'paper-out' || condition === 'cover-open' || condition === 'offline';
}

/** DLE EOT 1 (printer), 2 (offline cause), 4 (roll paper sensor). 3 (error cause) is not needed. */
export const STATUS_QUERIES = { printer: 1, offlineCause: 2, paper: 4 } as const;

export function dleEot(n: number): Uint8Array {
  return new Uint8Array([0x10, 0x04, n]);
}

/** GS r 1: paper sensor, answered only after the data before it has been processed. */
export const PAPER_STATUS_AFTER_JOB = new Uint8Array([0x1d, 0x72, 0x01]);

export function isRealTimeStatusReply(byte: number): boolean {
  return Number.isInteger(byte) && byte >= 0 && byte <= 0xff && (byte & 0x93) === 0x12;
}

/** GS r 1 replies have bit 4 clear (0xx0xxxx, Citizen's reply table); bits 2,3 = paper end. */
export function isPaperStatusReply(byte: number): boolean {
  return Number.isInteger(byte) && byte >= 0 && byte <= 0xff && (byte & 0x90) === 0;
}

export interface StatusReplies {
  printer?: number | null;
  offlineCause?: number | null;
  paper?: number | null;
}

const valid = (b: number | null | undefined): b is number => typeof b === 'number' && isRealTimeStatusReply(b);

export function conditionFromReplies(replies: StatusReplies): PrinterCondition {
  const { printer, offlineCause, paper } = replies;
  if (!valid(printer)) return 'unknown';
  const paperEnd = valid(paper) && (paper & 0x60) !== 0;
  const paperNearEnd = valid(paper) && (paper & 0x0c) !== 0;
  const offline = (printer & 0x08) !== 0;
  if (offline) {
    if (valid(offlineCause) && (offlineCause & 0x04) !== 0) return 'cover-open';
    if ((valid(offlineCause) && (offlineCause & 0x20) !== 0) || paperEnd) return 'paper-out';
    return 'offline';
  }
  if (paperEnd) return 'paper-out';
  if (paperNearEnd) return 'paper-near-end';
  // Online, but a clone that answers only DLE EOT 1 says nothing about the paper.
  return valid(paper) ? 'ok' : 'unknown';
}
