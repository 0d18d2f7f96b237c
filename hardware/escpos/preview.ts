/**
 * ESC/POS bytes -> PNG, so the simulated printers keep a picture of every job and staff can see
 * what a ticket looks like without paper. It draws what the bytes say (decoded by decode.ts), at
 * the printer's own resolution: 576 dots for 80 mm paper, 384 for 58 mm, font A cells of 12 x 24
 * dots, QR modules of the size the job asked for. Text uses the built-in 5 x 8 font scaled 2 x 3.
 */
import { PNG } from 'pngjs';
import QRCode from 'qrcode';
import { COLUMNS, type PaperWidth } from '../../shared/print/document.ts';
import { glyphColumns, GLYPH_HEIGHT, GLYPH_WIDTH } from './bitmap-font.ts';
import { decodeEscPos, type Align, type EscPosCommand } from './decode.ts';

const CELL_WIDTH = 12;
const CELL_HEIGHT = 24;
/** ESC 2 default line spacing: 1/6 inch = 30 dots at 180 dpi-ish heads; close enough for a preview. */
const LINE_PITCH = 30;
const MARGIN = 16;
const WHITE = 0;
const BLACK = 1;
const GREY = 2;
const QR_LEVEL = { l: 'L', m: 'M', q: 'Q', h: 'H' } as const;

interface Cell {
  ch: string;
  width: number;
  height: number;
  bold: boolean;
  invert: boolean;
}

class Canvas {
  readonly rows: Uint8Array[] = [];
  constructor(readonly width: number) {}

  ensure(height: number): void {
    while (this.rows.length < height) this.rows.push(new Uint8Array(this.width));
  }

  set(x: number, y: number, value: number): void {
    if (x < 0 || x >= this.width || y < 0) return;
    this.ensure(y + 1);
    const row = this.rows[y];
    if (row) row[x] = value;
  }

  fill(x: number, y: number, w: number, h: number, value: number): void {
    for (let yy = y; yy < y + h; yy++) for (let xx = x; xx < x + w; xx++) this.set(xx, yy, value);
  }
}

export interface PreviewOptions {
  paper: PaperWidth;
}

export interface Preview {
  png: Buffer;
  width: number;
  height: number;
}

function offsetFor(align: Align, contentWidth: number, paperDots: number): number {
  if (align === 'center') return Math.max(0, Math.floor((paperDots - contentWidth) / 2));
  if (align === 'right') return Math.max(0, paperDots - contentWidth);
  return 0;
}

function drawCell(canvas: Canvas, cell: Cell, x: number, baseline: number): void {
  const w = CELL_WIDTH * cell.width;
  const h = CELL_HEIGHT * cell.height;
  const top = baseline - h;
  const ink = cell.invert ? WHITE : BLACK;
  if (cell.invert) canvas.fill(x, top, w, h, BLACK);
  const px = 2 * cell.width;
  const py = (CELL_HEIGHT / GLYPH_HEIGHT) * cell.height;
  const isRuleLine = cell.ch === '\u2500' || cell.ch === '\u2550';
  const columns = glyphColumns(cell.ch);
  const glyphColumnsCount = isRuleLine ? GLYPH_WIDTH + 1 : GLYPH_WIDTH;
  for (let gx = 0; gx < glyphColumnsCount; gx++) {
    const bits = columns[Math.min(gx, GLYPH_WIDTH - 1)] ?? 0;
    for (let gy = 0; gy < GLYPH_HEIGHT; gy++) {
      if (!(bits & (1 << gy))) continue;
      const strike = cell.bold ? px + 1 : px;
      canvas.fill(x + gx * px, top + gy * py, strike, py, ink);
    }
  }
}

/** Renders a whole job; commands it does not know are skipped, as a printer would. */
export function renderCommands(commands: readonly EscPosCommand[], options: PreviewOptions): Preview {
  const paperDots = COLUMNS[options.paper] * CELL_WIDTH;
  const canvas = new Canvas(paperDots + 2 * MARGIN);
  let y = MARGIN;
  let align: Align = 'left';
  let bold = false;
  let invert = false;
  let size = { width: 1, height: 1 };
  let line: Cell[] = [];
  const qr: { payload: string; moduleSize: number; level: keyof typeof QR_LEVEL } = { payload: '', moduleSize: 3, level: 'm' };

  const flushLine = (): void => {
    const height = Math.max(1, ...line.map((c) => c.height));
    const contentWidth = line.reduce((sum, c) => sum + c.width * CELL_WIDTH, 0);
    let x = MARGIN + offsetFor(align, Math.min(contentWidth, paperDots), paperDots);
    const baseline = y + CELL_HEIGHT * height;
    for (const cell of line) {
      if (x + cell.width * CELL_WIDTH > MARGIN + paperDots) break;
      drawCell(canvas, cell, x, baseline);
      x += cell.width * CELL_WIDTH;
    }
    y += CELL_HEIGHT * height + (LINE_PITCH - CELL_HEIGHT);
    canvas.ensure(y);
    line = [];
  };

  for (const c of commands) {
    switch (c.type) {
      case 'initialize':
        align = 'left';
        bold = false;
        invert = false;
        size = { width: 1, height: 1 };
        break;
      case 'align': align = c.align; break;
      case 'bold': bold = c.on; break;
      case 'invert': invert = c.on; break;
      case 'size': size = { width: Math.min(8, c.width), height: Math.min(8, c.height) }; break;
      case 'text':
        for (const ch of c.text) line.push({ ch, width: size.width, height: size.height, bold, invert });
        break;
      case 'newline': flushLine(); break;
      case 'feed':
        if (line.length > 0) flushLine();
        y += LINE_PITCH * Math.max(0, c.lines - 1);
        flushLine();
        break;
      case 'qr-module-size': qr.moduleSize = Math.max(1, Math.min(16, c.size)); break;
      case 'qr-error-level': qr.level = c.level; break;
      case 'qr-store': qr.payload = c.payload; break;
      case 'qr-print': {
        if (line.length > 0) flushLine();
        if (!qr.payload) break;
        const matrix = QRCode.create(qr.payload, { errorCorrectionLevel: QR_LEVEL[qr.level] }).modules;
        const side = matrix.size * qr.moduleSize;
        const x0 = MARGIN + offsetFor(align, side, paperDots);
        for (let r = 0; r < matrix.size; r++)
          for (let col = 0; col < matrix.size; col++)
            if (matrix.get(r, col)) canvas.fill(x0 + col * qr.moduleSize, y + r * qr.moduleSize, qr.moduleSize, qr.moduleSize, BLACK);
        y += side;
        canvas.ensure(y);
        break;
      }
      case 'cut':
        if (line.length > 0) flushLine();
        y += 6;
        for (let x = 0; x < canvas.width; x += 8) canvas.fill(x, y, 4, 2, GREY);
        y += 8;
        canvas.ensure(y);
        break;
      default:
        break;
    }
  }
  if (line.length > 0) flushLine();
  canvas.ensure(y + MARGIN);

  const png = new PNG({ width: canvas.width, height: canvas.rows.length });
  canvas.rows.forEach((row, yy) => {
    row.forEach((v, xx) => {
      const o = (yy * canvas.width + xx) * 4;
      const shade = v === BLACK ? 0 : v === GREY ? 150 : 255;
      png.data[o] = shade;
      png.data[o + 1] = shade;
      png.data[o + 2] = shade;
      png.data[o + 3] = 255;
    });
  });
  return { png: PNG.sync.write(png), width: canvas.width, height: canvas.rows.length };
}

export function renderPreview(bytes: Uint8Array, options: PreviewOptions): Preview {
  return renderCommands(decodeEscPos(bytes).commands, options);
}
