import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { glyphColumns } from './bitmap-font.ts';
import { encodeDocument } from './encode.ts';
import { renderPreview } from './preview.ts';
import { printerProfileSchema } from './profile.ts';
import { sampleReceipt, sampleTicket, TICKET_URL } from './test-fixtures/documents.ts';

function decodeQr(png: Buffer): string | null {
  const image = PNG.sync.read(png);
  return jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data ?? null;
}

function darkRows(png: Buffer): number {
  const image = PNG.sync.read(png);
  let rows = 0;
  for (let y = 0; y < image.height; y++) {
    for (let x = 0; x < image.width; x++) {
      if ((image.data[(y * image.width + x) * 4] ?? 255) === 0) {
        rows++;
        break;
      }
    }
  }
  return rows;
}

describe('preview renderer', () => {
  it('renders an 80 mm ticket whose QR decodes back to the ticket URL', () => {
    const preview = renderPreview(encodeDocument(sampleTicket('80mm', true)), { paper: '80mm' });
    expect(preview.width).toBe(576 + 32);
    expect(decodeQr(preview.png)).toBe(TICKET_URL);
  });

  it('renders a 58 mm ticket at 384 dots whose QR also decodes', () => {
    const bytes = encodeDocument(sampleTicket('58mm'), printerProfileSchema.parse({ paper: '58mm' }));
    const preview = renderPreview(bytes, { paper: '58mm' });
    expect(preview.width).toBe(384 + 32);
    expect(decodeQr(preview.png)).toBe(TICKET_URL);
  });

  it('renders the complaint receipt with its status QR', () => {
    const preview = renderPreview(encodeDocument(sampleReceipt('80mm')), { paper: '80mm' });
    expect(decodeQr(preview.png)).toBe('http://192.168.10.2:3000/pengaduan/PGD-20261121-0007');
  });

  it('draws the very large number much taller than a normal line', () => {
    const small = renderPreview(new Uint8Array([0x1b, 0x40, 0x41, 0x0a]), { paper: '80mm' });
    const large = renderPreview(new Uint8Array([0x1b, 0x40, 0x1d, 0x21, 0x44, 0x41, 0x0a]), { paper: '80mm' });
    expect(darkRows(large.png)).toBe(5 * darkRows(small.png));
  });

  it('survives garbage bytes and truncated commands without throwing', () => {
    const garbage = new Uint8Array(Array.from({ length: 2000 }, (_, i) => (i * 7919) % 256));
    expect(() => renderPreview(garbage, { paper: '58mm' })).not.toThrow();
    expect(() => renderPreview(new Uint8Array([0x1d, 0x28, 0x6b, 0xff, 0xff, 0x31]), { paper: '80mm' })).not.toThrow();
  });

  it('has a glyph for every printable ASCII character', () => {
    for (let code = 0x20; code <= 0x7e; code++) expect(glyphColumns(String.fromCharCode(code))).toHaveLength(5);
    expect(glyphColumns('A')).not.toEqual(glyphColumns('B'));
  });
});
