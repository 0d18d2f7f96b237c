import { describe, expect, it } from 'vitest';
import { decodeEscPos } from './decode.ts';

describe('ESC/POS decoder', () => {
  it('reads status queries, cuts and sizes', () => {
    const bytes = new Uint8Array([0x10, 0x04, 0x01, 0x1d, 0x72, 0x01, 0x1d, 0x56, 0x42, 0x03, 0x1d, 0x21, 0x11, 0x1b, 0x64, 0x02]);
    expect(decodeEscPos(bytes).commands).toEqual([
      { type: 'status-query', n: 1 },
      { type: 'paper-status-query', n: 1 },
      { type: 'cut', partial: true, feed: 3 },
      { type: 'size', width: 2, height: 2 },
      { type: 'feed', lines: 2 },
    ]);
  });

  it('stops before an incomplete command so a stream can resume when more bytes arrive', () => {
    const full = [0x41, 0x1d, 0x28, 0x6b, 0x06, 0x00, 0x31, 0x50, 0x30, 0x61, 0x62, 0x63];
    const partial = decodeEscPos(new Uint8Array(full.slice(0, 8)));
    expect(partial).toEqual({ commands: [{ type: 'text', text: 'A' }], consumed: 1 });
    expect(decodeEscPos(new Uint8Array(full)).commands.at(-1)).toEqual({ type: 'qr-store', payload: 'abc' });
  });

  it('turns unknown commands into unknown entries', () => {
    expect(decodeEscPos(new Uint8Array([0x1b, 0x99, 0x00, 0x07])).commands).toEqual([
      { type: 'unknown', bytes: [0x1b, 0x99] },
      { type: 'unknown', bytes: [0x00] },
      { type: 'unknown', bytes: [0x07] },
    ]);
  });
});
