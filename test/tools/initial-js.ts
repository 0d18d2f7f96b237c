/**
 * The kiosk's initial JavaScript, counted one way for the bench (npm run bench:kiosk) and the
 * budget test (test/kiosk-initial-js.test.ts) and bench:faq: the entry script of index.html, its modulepreloads
 * and everything they import statically (`import"./a.js"`, `from"./a.js"`), gzip level 9.
 * Dynamic import("./a.js") is lazy and not counted (the FAQ, complaint and survey routes, the QR
 * library, the answer parsers).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface InitialJs {
  files: { file: string; rawBytes: number; gzipBytes: number }[];
  rawBytes: number;
  gzipBytes: number;
}

export function initialJs(distDir: string, page = 'index.html'): InitialJs {
  const html = readFileSync(join(distDir, page), 'utf8');
  const start = [...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g), ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) => m[1] ?? '');
  const seen = new Set<string>();
  const queue = start.map((src) => join(distDir, src.replace(/^\//, '')));
  while (queue.length > 0) {
    const file = queue.shift() ?? '';
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(/(?:\bfrom|\bimport)\s*["'](\.\/[^"']+\.js)["']/g)) queue.push(join(dirname(file), m[1] ?? ''));
  }
  const files = [...seen].map((file) => {
    const content = readFileSync(file);
    return { file: file.slice(distDir.length + 1), rawBytes: content.length, gzipBytes: gzipSync(content, { level: 9 }).length };
  });
  return { files, rawBytes: files.reduce((s, f) => s + f.rawBytes, 0), gzipBytes: files.reduce((s, f) => s + f.gzipBytes, 0) };
}
