/**
 * Document -> ESC/POS bytes. The bytes are produced by @point-of-sale/receipt-printer-encoder
 * (maintained, typed, sends ESC @ + FS . + ESC t itself, native GS ( k QR); see hardware/README.md
 * for why not the `escpos` npm package. Text is reduced to printable ASCII first, so nothing the
 * encoder would have to guess a code page for ever reaches it.
 */
import ReceiptPrinterEncoder from '@point-of-sale/receipt-printer-encoder';
import { COLUMNS, type PrintBlock, type PrintDocument } from '../../shared/print/document.ts';
import { toPrintableAscii } from '../../shared/print/printable-text.ts';
import { DEFAULT_PROFILE, type PrinterProfile } from './profile.ts';

/** QR error correction M: survives a smudge on thermal paper and keeps the code small. */
const QR_ERROR_LEVEL = 'm';
/** Lines fed at the end on a printer without a cutter, so the text clears the tear bar. */
const TEAR_OFF_FEED = 5;

function createEncoder(profile: PrinterProfile, columns: number): ReceiptPrinterEncoder {
  return new ReceiptPrinterEncoder({
    language: 'esc-pos',
    columns,
    // Epson's table puts CP437 at ESC t 0 and PC858 at ESC t 19, as do the common clones.
    codepageMapping: 'epson',
    // Plain LF: some clones print an empty line for the CR in "\n\r".
    newline: '\n',
    feedBeforeCut: profile.feedBeforeCut,
    errors: 'relaxed',
  });
}

function encodeBlock(encoder: ReceiptPrinterEncoder, block: PrintBlock, columns: number): void {
  switch (block.kind) {
    case 'text': {
      const scale = block.scale ?? 1;
      const value = toPrintableAscii(block.text).slice(0, Math.floor(columns / scale));
      encoder.align(block.align ?? 'left');
      if (block.bold) encoder.bold(true);
      if (block.inverted) encoder.invert(true);
      if (scale > 1) encoder.size(scale, scale);
      encoder.line(value);
      if (scale > 1) encoder.size(1, 1);
      if (block.inverted) encoder.invert(false);
      if (block.bold) encoder.bold(false);
      return;
    }
    case 'rule':
      encoder.rule({ style: 'single' });
      return;
    case 'feed':
      encoder.newline(Math.max(1, Math.min(10, Math.floor(block.lines))));
      return;
    case 'qr':
      encoder.align('center');
      encoder.qrcode(block.payload, { model: 2, size: Math.max(1, Math.min(16, Math.round(block.moduleSize))), errorlevel: QR_ERROR_LEVEL });
      encoder.align('left');
      return;
  }
}

/** The whole job for one document: initialise, code page, the blocks, then cut (or feed to tear). */
export function encodeDocument(doc: PrintDocument, profile: PrinterProfile = { ...DEFAULT_PROFILE, paper: doc.paper }): Uint8Array {
  const columns = COLUMNS[profile.paper];
  const encoder = createEncoder(profile, columns);
  encoder.initialize().codepage(profile.codePage);
  for (const block of doc.blocks) encodeBlock(encoder, block, columns);
  if (profile.cutter === 'none') encoder.newline(TEAR_OFF_FEED);
  else encoder.cut(profile.cutter);
  return encoder.encode();
}
