// npm run bench:faq — the FAQ's two kiosk budgets:
//  1. search as the visitor types: every labelled query is fed one character at a time to
//     suggest() on a freshly built index (so typo/prefix caches start cold); p50/p95 per keystroke,
//     target p95 <= 5 ms (this VM; expect a kiosk CPU to be several times slower);
//  2. what the kiosk downloads lazily: data/faq.compact.json plus the search module bundled and
//     minified for the browser, gzip -9; target <= 120 KB. The index is built on the kiosk from
//     the data, so no index file is downloaded.

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { buildSearchIndex, fromCompactFaq, isCompactFaq, suggest, type CompactFaq } from '../index.ts';
import { isLabelledQueries } from '../quality/metrics.ts';

const faqDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const compactText = readFileSync(join(faqDir, 'data/faq.compact.json'), 'utf8');
const queries: unknown = JSON.parse(readFileSync(join(faqDir, 'quality/queries.json'), 'utf8'));
if (!isLabelledQueries(queries)) throw new Error('quality/queries.json is not a labelled query list');
function parseCompact(text: string): CompactFaq {
  const data: unknown = JSON.parse(text);
  if (!isCompactFaq(data)) throw new Error('data/faq.compact.json is not a compact FAQ (run npm run faq:import)');
  return data;
}

const percentile = (sorted: readonly number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
const ms = (x: number): string => `${x.toFixed(3)} ms`;

// Warm the JIT on throwaway text, then measure on a fresh index.
const warm = buildSearchIndex(fromCompactFaq(parseCompact(compactText)));
for (const q of ['contoh pertanyaan', 'kartu', 'iuran bulanan']) for (let i = 1; i <= q.length; i++) suggest(warm, q.slice(0, i));

let t = performance.now();
const dataset = fromCompactFaq(parseCompact(compactText));
const parseMs = performance.now() - t;
t = performance.now();
const index = buildSearchIndex(dataset);
const buildMs = performance.now() - t;

const times: number[] = [];
for (const { query } of queries) {
  for (let i = 1; i <= query.length; i++) {
    const typed = query.slice(0, i);
    const start = performance.now();
    suggest(index, typed, 5);
    times.push(performance.now() - start);
  }
}
times.sort((a, b) => a - b);
console.log(`Keystrokes: ${times.length} (${queries.length} queries typed one character at a time)`);
console.log(`  per keystroke p50 ${ms(percentile(times, 0.5))}, p95 ${ms(percentile(times, 0.95))}, p99 ${ms(percentile(times, 0.99))}, max ${ms(times[times.length - 1] ?? 0)}  (target p95 <= 5 ms)`);
console.log(`  one-off on load: parse ${ms(parseMs)}, build index ${ms(buildMs)} for ${index.docs.length} answers`);

const bundle = await build({
  stdin: { contents: "export * from './index.ts';", resolveDir: faqDir, sourcefile: 'faq-entry.ts', loader: 'ts' },
  bundle: true, minify: true, format: 'esm', platform: 'browser', write: false,
});
const code = bundle.outputFiles[0]?.contents ?? new Uint8Array();
const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
const dataGz = gzipSync(compactText, { level: 9 }).length;
const codeGz = gzipSync(code, { level: 9 }).length;
const fullGz = gzipSync(readFileSync(join(faqDir, 'data/faq.json')), { level: 9 }).length;
console.log('Lazy download (gzip -9):');
console.log(`  data/faq.compact.json ${kb(compactText.length)} raw -> ${kb(dataGz)}`);
console.log(`  search module bundle  ${kb(code.length)} min -> ${kb(codeGz)}`);
console.log(`  total ${kb(dataGz + codeGz)}  (target <= 120 KB; the indented data/faq.json would be ${kb(fullGz)})`);
