import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { precompressDir } from './precompress.ts';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('precompressing the build', () => {
  it('writes .br and .gz beside text assets worth it, and leaves tiny files and audio alone', () => {
    dir = mkdtempSync(join(tmpdir(), 'precompress-'));
    mkdirSync(join(dir, 'assets'));
    const big = `export const a = ${JSON.stringify('nomor antrean '.repeat(500))};`;
    writeFileSync(join(dir, 'assets', 'app-1.js'), big);
    writeFileSync(join(dir, 'assets', 'app-1.css'), `.tile{color:red}\n`.repeat(200));
    writeFileSync(join(dir, 'assets', 'tiny-1.js'), 'export {};');
    writeFileSync(join(dir, 'clip.mp3'), Buffer.alloc(4096, 7));
    expect(precompressDir(dir)).toBe(4);
    expect(brotliDecompressSync(readFileSync(join(dir, 'assets', 'app-1.js.br'))).toString()).toBe(big);
    expect(gunzipSync(readFileSync(join(dir, 'assets', 'app-1.js.gz'))).toString()).toBe(big);
    expect(existsSync(join(dir, 'assets', 'tiny-1.js.br'))).toBe(false);
    expect(existsSync(join(dir, 'clip.mp3.br'))).toBe(false);
  });
});
