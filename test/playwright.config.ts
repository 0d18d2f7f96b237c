/**
 * Browser tests in Debian's Chromium against the real queue-server (see e2e/fixtures/queue-server.ts).
 * One worker: the machine's two cores are shared, and the specs share one server per worker.
 */
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: './e2e',
  // Its own folder: Playwright empties outputDir at start, and other runs use test-results/.
  outputDir: '../test-results/e2e',
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
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
});
