/**
 * The board after a network loss (cable out, Wi-Fi drop) rather than a server restart: it notices,
 * keeps retrying, and when the network is back shows and says what was called meanwhile.
 */
import { expect, test } from '@playwright/test';
import { Staff, buildPages } from '../bench/board-server.ts';
import { AUTOPLAY, chromiumLaunch } from './fixtures/chromium.ts';
import { startQueueServer, type QueueServer } from './fixtures/queue-server.ts';

test.use({
  viewport: { width: 1920, height: 1080 },
  launchOptions: chromiumLaunch([AUTOPLAY]),
});

let server: QueueServer;
let staff: Staff;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  server = await startQueueServer({ env: { STATIC_DIR: await buildPages() } });
  staff = new Staff(server.url, await server.login());
  for (let i = 0; i < 3; i++) await staff.issue('jht');
  await staff.post('/api/counters/loket-2/open');
});
test.afterAll(async () => {
  await server?.dispose();
});

test('after a network loss the board comes back by itself with the calls made meanwhile', async ({ page, context }) => {
  test.setTimeout(90_000);
  await page.goto(`${server.url}/board/`);
  await expect(page.locator('.brand__branch')).toContainText('Kantor Cabang');
  await expect(page.locator('.offline')).toHaveCount(0);
  await context.setOffline(true);
  await expect(page.locator('.offline')).toBeVisible({ timeout: 30_000 });
  const called = await staff.ticketPost('/api/counters/loket-2/call-next');
  expect(called.ticket?.number).toBe('A-001');
  await page.waitForTimeout(2000);
  await expect(page.locator('.calling__number')).toHaveCount(0);
  await context.setOffline(false);
  await expect(page.locator('.calling__number')).toHaveText('A-001', { timeout: 20_000 });
  await expect(page.locator('.offline')).toHaveCount(0);
  await expect
    .poll(async () => (await page.evaluate(() => window.__boardAudio?.announcements.map((a) => a.label))) ?? [], { timeout: 5000 })
    .toContain('A-001 → Loket 2');
});
