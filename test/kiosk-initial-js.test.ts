/**
 * The kiosk's 60 kB gzip budget for its initial JavaScript (issue 10, kiosk/README.md), checked on
 * a real build: the entry and its static imports, counted as npm run bench:kiosk counts them.
 * zod (the contract's schemas) must not be among them: the answer parsers load after the first
 * screen (kiosk/app/api/lazy-parsers.ts).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initialJs } from './tools/initial-js.ts';

const REPO = join(import.meta.dirname, '..');
const BUDGET_GZIP_BYTES = 60_000;
let distDir = '';

beforeAll(() => {
  distDir = mkdtempSync(join(tmpdir(), 'kiosk-initial-js-'));
  execFileSync(process.execPath, [join(REPO, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--outDir', distDir, '--emptyOutDir', '--logLevel', 'error'], { cwd: REPO, stdio: 'pipe' });
}, 120_000);

afterAll(() => rmSync(distDir, { recursive: true, force: true }));

describe('the kiosk initial JavaScript', () => {
  it('stays within 60 kB gzip', () => {
    const js = initialJs(distDir);
    expect(js.files.length).toBeGreaterThan(1);
    expect(js.gzipBytes, js.files.map((f) => `${f.file} ${f.gzipBytes}`).join('\n')).toBeLessThanOrEqual(BUDGET_GZIP_BYTES);
  });

  it('carries no zod: the schemas arrive after the first screen', () => {
    const initial = initialJs(distDir).files;
    const withZod = initial.filter((f) => readFileSync(join(distDir, f.file), 'utf8').includes('._zod'));
    expect(withZod.map((f) => f.file)).toEqual([]);
    // …and they are still in the build, in a chunk loaded later.
    const initialFiles = new Set(initial.map((f) => f.file));
    const lazyWithZod = readdirSync(join(distDir, 'assets')).filter((name) => name.endsWith('.js') && !initialFiles.has(`assets/${name}`) && readFileSync(join(distDir, 'assets', name), 'utf8').includes('._zod'));
    expect(lazyWithZod.length).toBeGreaterThan(0);
  });
});
