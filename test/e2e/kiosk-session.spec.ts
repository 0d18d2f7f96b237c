/**
 * What happens around the visitor: the idle warning with its countdown (a touch extends it, then
 * silence resets everything), and the queue-server stopping and starting again mid-flow.
 */
import { expect, test } from './fixtures/queue-server.ts';
import { KioskPage } from './page-models/kiosk-page.ts';

test.use({ viewport: { width: 1920, height: 1080 } });

test('idle: a visible countdown of at least 20 s, a touch extends it, silence resets every input and setting', async ({ page, queueServer }) => {
  test.setTimeout(120_000);
  const kiosk = new KioskPage(page, queueServer);
  await kiosk.open('?idle=3&warn=20');
  // Change everything a visitor can change.
  await page.getByTestId('switch-language').click();
  await page.getByTestId('open-a11y').click();
  await page.getByTestId('toggle-largeText').click();
  await page.getByTestId('toggle-highContrast').click();
  await page.getByTestId('a11y-close').click();
  await page.getByTestId('tile-ticket').click();
  await page.getByTestId('service-jht').click();
  await expect(kiosk.screen('fast-track')).toBeVisible();
  await expect(page.locator('html')).toHaveClass(/text-large/);

  const warning = page.getByTestId('idle-warning');
  await expect(warning).toBeVisible({ timeout: 10_000 });
  await expect(page.getByTestId('idle-countdown')).toContainText(/(20|19|18) seconds/);
  // A touch anywhere continues the session, on the same screen, with the same settings.
  await page.mouse.click(960, 20);
  await expect(warning).toHaveCount(0);
  await expect(kiosk.screen('fast-track')).toBeVisible();

  await expect(warning).toBeVisible({ timeout: 10_000 });
  const shownAt = Date.now();
  await expect(kiosk.screen('home')).toBeVisible({ timeout: 30_000 });
  expect(Date.now() - shownAt).toBeGreaterThanOrEqual(18_000);
  await expect(warning).toHaveCount(0);
  await expect(page.locator('html')).toHaveAttribute('lang', 'id');
  await expect(page.locator('html')).not.toHaveClass(/text-large|theme-contrast/);
  await expect(page.getByTestId('tile-ticket')).toContainText('Ambil nomor antrean');
  // Nothing to go "back" to.
  expect(await page.evaluate(() => history.state)).toBeNull();
});

test('the server stops and starts again mid-flow: a clear message, automatic retry, one ticket', async ({ page, queueServer }) => {
  test.setTimeout(120_000);
  const kiosk = new KioskPage(page, queueServer);
  await kiosk.open('?timeout=3&retry=1');
  const before = await kiosk.staffTickets();
  await kiosk.toConfirm('jht', 'elderly');

  await queueServer.stop();
  await page.getByTestId('confirm').click();
  const offline = kiosk.screen('issue-offline');
  await expect(offline).toBeVisible();
  await expect(offline).toContainText('Sambungan ke server antrean terputus');
  await expect(offline).toContainText('Nomor antrean belum dibuat');
  await expect(page.getByTestId('ticket-number')).toHaveCount(0);
  // It keeps trying by itself (the attempt counter moves) and the screen stays alive.
  await expect(offline).toContainText(/Percobaan ke-[3-9]/, { timeout: 15_000 });

  await queueServer.start();
  const number = await kiosk.shownNumber();
  const after = await kiosk.staffTickets();
  expect(after).toHaveLength(before.length + 1);
  expect(after.find((t) => t.number === number)).toMatchObject({ serviceId: 'jht', fastTrack: 'elderly' });
});

test('the server is down when the visitor starts: the service list comes by itself once it is back', async ({ page, queueServer }) => {
  const kiosk = new KioskPage(page, queueServer);
  await kiosk.open('?timeout=3&retry=1');
  await queueServer.stop();
  await page.getByTestId('tile-ticket').click();
  await expect(kiosk.screen('services-offline')).toContainText('Daftar layanan belum bisa dimuat');
  await queueServer.start();
  await expect(kiosk.screen('choose-service')).toBeVisible({ timeout: 15_000 });
  await expect(page.getByTestId('service-jht')).toBeVisible();
});
