/**
 * Browser tests in Debian's Chromium against the real queue-server (see e2e/fixtures/queue-server.ts).
 * One worker: the machine's two cores are shared, and the specs share one server per worker.
 */
import { defineConfig } from '@playwright/test';
import { chromiumLaunch } from './e2e/fixtures/chromium.ts';

// One output folder per run: Playwright empties outputDir at start, and several engineers run
// specs at the same time on this machine. Workers inherit the variable, so they agree on it.
const run = (process.env.KIOSK_E2E_RUN ??= new Date().toISOString().replace(/[:.]/g, '-'));

export default defineConfig({
  testDir: './e2e',
  // Not test-results/ either: a Playwright run without this config empties that folder at start.
  outputDir: `./artifacts/playwright-output/${run}`,
  workers: 1,
  fullyParallel: false,
  retries: 0,
  timeout: 90_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    headless: true,
    locale: 'id-ID',
    timezoneId: 'Asia/Jakarta',
    trace: 'off',
    screenshot: 'only-on-failure',
    launchOptions: chromiumLaunch(),
  },
});
