/**
 * npm run bench:kiosk — the kiosk's figures, measured (not asserted):
 *  1. initial JavaScript of the kiosk entry, gzip (the entry and its static imports; lazy chunks
 *     such as the QR library and the FAQ/complaint/survey routes are not counted). Target <= 60 KB.
 *  2. first screen usable with Chromium's CPU throttled 4x (CDP Emulation.setCPUThrottlingRate),
 *     cold load from the real server on loopback: navigation start to the "kiosk-ready" mark
 *     (first frame with the tiles). Target <= 1 s.
 *  3. tap on "Ya, ambil nomor" to the number on screen (after the next frame), real server on
 *     loopback, no throttling. Target p95 <= 300 ms.
 * Builds into a temporary folder so a running server's dist/ is never touched.
 */
import { chromium, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumLaunch } from '../e2e/fixtures/chromium.ts';
import { REPO_ROOT, startQueueServer } from '../e2e/fixtures/queue-server.ts';
import { summarize } from './stats.ts';
import { initialJs } from '../tools/initial-js.ts';

const LOADS = Number(process.env.KIOSK_BENCH_LOADS ?? 7);
const TICKETS = Number(process.env.KIOSK_BENCH_TICKETS ?? 40);

function build(): string {
  const outDir = mkdtempSync(join(tmpdir(), 'kiosk-bench-dist-'));
  execFileSync(process.execPath, [join(REPO_ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], { cwd: REPO_ROOT, stdio: 'inherit' });
  return outDir;
}

async function firstScreenMs(url: string): Promise<number[]> {
  const browser = await chromium.launch(chromiumLaunch());
  const samples: number[] = [];
  try {
    for (let i = 0; i < LOADS; i++) {
      // A new context each time: cold cache, like a kiosk that just started.
      const context = await browser.newContext({ viewport: { width: 1080, height: 1920 } });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      await page.goto(url);
      await page.waitForSelector('body[data-ready="true"] [data-testid="tile-ticket"]');
      const ready: unknown = await page.evaluate(`performance.getEntriesByName('kiosk-ready')[0]?.startTime`);
      if (typeof ready !== 'number') throw new Error('no kiosk-ready mark');
      samples.push(ready);
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return samples;
}

async function toConfirm(page: Page): Promise<void> {
  await page.getByTestId('tile-ticket').click();
  await page.getByTestId('service-informasi').click();
  await page.getByTestId('fast-track-none').click();
  await page.getByTestId('confirm').waitFor();
}

/**
 * Runs in the page. A string, not a function: tsx (esbuild keepNames) wraps named functions in
 * `__name(...)`, which does not exist in the page.
 */
const TAP_CONFIRM_AND_WAIT_FOR_NUMBER = `new Promise((resolve) => {
  const button = document.querySelector('[data-testid="confirm"]');
  const t0 = performance.now();
  const observer = new MutationObserver(() => {
    if (document.querySelector('[data-testid="ticket-number"]')) {
      observer.disconnect();
      requestAnimationFrame(() => {
        const total = performance.now() - t0;
        const answers = performance.getEntriesByType('resource').filter((e) => e.name.endsWith('/api/tickets'));
        const server = answers.length ? answers[answers.length - 1].duration : NaN;
        performance.clearResourceTimings();
        resolve([total, server]);
      });
    }
  });
  observer.observe(document.body, { childList: true, subtree: true });
  button.click();
})`;

async function confirmToNumberMs(url: string): Promise<{ total: number[]; server: number[] }> {
  const browser = await chromium.launch(chromiumLaunch());
  const samples: number[] = [];
  const serverSamples: number[] = [];
  try {
    const page = await browser.newPage({ viewport: { width: 1080, height: 1920 } });
    await page.goto(`${url}/?result=3`);
    for (let i = 0; i < TICKETS; i++) {
      await toConfirm(page);
      const measured: unknown = await page.evaluate(TAP_CONFIRM_AND_WAIT_FOR_NUMBER);
      if (!Array.isArray(measured) || typeof measured[0] !== 'number' || typeof measured[1] !== 'number') throw new Error('the page did not answer with times');
      samples.push(measured[0]);
      serverSamples.push(measured[1]);
      await page.getByTestId('result-done').click();
      await page.getByTestId('tile-ticket').waitFor();
    }
  } finally {
    await browser.close();
  }
  return { total: samples, server: serverSamples };
}

const distDir = build();
const server = await startQueueServer({ env: { STATIC_DIR: distDir } });
try {
  const js = initialJs(distDir);
  const first = summarize(await firstScreenMs(`${server.url}/`));
  const taps = await confirmToNumberMs(server.url);
  const tap = summarize(taps.total);
  const answer = summarize(taps.server);
  const kb = (bytes: number) => (bytes / 1000).toFixed(1);
  console.log('Kios-K kiosk bench');
  console.log(`  initial JS (entry + static imports): ${kb(js.gzipBytes)} kB gzip (${kb(js.rawBytes)} kB raw) in ${js.files.length} files [${js.files.map((f) => f.file).join(', ')}]   target <= 60 kB`);
  console.log(`  first screen usable, CPU 4x slower, cold: p50 ${first.p50} ms, max ${first.max} ms over ${first.n} loads   target <= 1000 ms`);
  console.log(`  tap on confirm -> number on screen, loopback: p50 ${tap.p50} ms, p95 ${tap.p95} ms, max ${tap.max} ms over ${tap.n} tickets   target p95 <= 300 ms`);
  console.log(`    of which POST /api/tickets (server answer incl. printing): p50 ${answer.p50} ms, p95 ${answer.p95} ms`);
  console.log(`  machine load while measuring (1-min load average, ${cpus().length} cores): ${loadavg()[0]?.toFixed(2)}`);
} finally {
  await server.dispose();
  rmSync(distDir, { recursive: true, force: true });
}
