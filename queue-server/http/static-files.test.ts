import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { get } from 'node:http';
import { brotliCompressSync, brotliDecompressSync, gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { startTestServer } from '../testing/http.ts';

type TestServer = Awaited<ReturnType<typeof startTestServer>>;
let server: TestServer;
let dir: string;
afterEach(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

const script = `export const kata = ${JSON.stringify('antrean '.repeat(2000))};\n`;

function fakeBuild(): string {
  dir = mkdtempSync(join(tmpdir(), 'kiosk-dist-'));
  mkdirSync(join(dir, 'assets'));
  mkdirSync(join(dir, 'audio'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Kios-K</title><script type="module" src="/assets/kiosk-abc123.js"></script>');
  writeFileSync(join(dir, 'assets', 'kiosk-abc123.js'), script);
  writeFileSync(join(dir, 'assets', 'tiny-abc123.js'), 'export {};');
  writeFileSync(join(dir, 'audio', 'loket.mp3'), Buffer.alloc(2048, 1));
  // What kiosk/build-tools/precompress.ts leaves beside a large asset.
  writeFileSync(join(dir, 'assets', 'kiosk-abc123.js.br'), brotliCompressSync(script));
  writeFileSync(join(dir, 'assets', 'kiosk-abc123.js.gz'), gzipSync(script));
  return dir;
}

/** The bytes as they cross the wire (fetch would decompress them). */
function rawGet(url: string, headers: Record<string, string>): Promise<{ headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    get(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
}

describe('the built apps as a weak kiosk PC or a phone loads them', () => {
  it('sends hashed assets brotli-compressed and immutable, pages revalidated', async () => {
    const root = fakeBuild();
    server = await startTestServer({ app: { staticDir: root } });
    const br = await rawGet(`${server.url}/assets/kiosk-abc123.js`, { 'accept-encoding': 'gzip, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toMatch(/javascript/);
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(br.headers.vary).toMatch(/Accept-Encoding/i);
    expect(br.body.length).toBeLessThan(script.length / 10);
    expect(brotliDecompressSync(br.body).toString()).toBe(script);

    const gz = await fetch(`${server.url}/assets/kiosk-abc123.js`, { headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    expect(await gz.text()).toBe(script);

    const identity = await fetch(`${server.url}/assets/kiosk-abc123.js`, { headers: { 'accept-encoding': 'identity' } });
    expect(identity.headers.get('content-encoding')).toBeNull();
    expect(await identity.text()).toBe(script);

    const page = await fetch(`${server.url}/`);
    expect(page.headers.get('cache-control')).toBe('no-cache');
    expect(await page.text()).toContain('Kios-K');
    expect((await fetch(`${server.url}/audio/loket.mp3`)).headers.get('cache-control')).toBe('no-cache');
    expect((await fetch(`${server.url}/assets/tiny-abc123.js`)).headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });
});
