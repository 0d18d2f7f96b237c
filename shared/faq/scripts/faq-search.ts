// npm run --silent faq:search -- [--json] [--limit N] [--prefix] "query"   |   --batch < queries.txt
// Searches the committed FAQ dataset with the same module the kiosk uses.

import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, USAGE, type CliOptions } from '../cli/args.ts';
import { buildSearchIndex, fromCompactFaq, isCompactFaq, search, type SearchIndex, type SearchResult } from '../index.ts';

const MAX_LINE = 2000;

function loadIndex(): SearchIndex {
  // The same compact file the kiosk downloads, checked the same way.
  const file = join(dirname(fileURLToPath(import.meta.url)), '..', 'data', 'faq.compact.json');
  const data: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (!isCompactFaq(data)) throw new Error(`Data FAQ tidak valid: ${file} (jalankan npm run faq:import)`);
  return buildSearchIndex(fromCompactFaq(data));
}

function human(query: string, results: readonly SearchResult[]): string {
  if (results.length === 0) return `Tidak ada hasil untuk "${query}". Coba kata lain, pilih topik, atau tanyakan ke petugas informasi.`;
  return results.map((r, i) => `${i + 1}. ${r.question}\n   ${r.section} · ${r.id} · skor ${r.score}`).join('\n');
}

function run(index: SearchIndex, query: string, options: CliOptions): SearchResult[] {
  return search(index, query.slice(0, MAX_LINE), { limit: options.limit, prefix: options.prefix })
    .map(({ id, section, question, score }) => ({ id, section, question, score }));
}

async function main(): Promise<number> {
  const parsed = parseArgs(process.argv.slice(2));
  if (parsed.kind === 'help') {
    console.log(USAGE);
    return 0;
  }
  if (parsed.kind === 'error') {
    console.error(`${parsed.message}\n\n${USAGE}`);
    return 2;
  }
  const { options } = parsed;
  const index = loadIndex();
  if (!options.batch) {
    const results = run(index, options.query, options);
    console.log(options.json ? JSON.stringify(results) : human(options.query, results));
    return 0;
  }
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) process.stdout.write(`${JSON.stringify(run(index, line, options))}\n`);
  return 0;
}

main().then(
  (code) => { process.exitCode = code; },
  (error: unknown) => {
    console.error(`Pencarian FAQ gagal: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
