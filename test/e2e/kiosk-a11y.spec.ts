/**
 * Every kiosk screen, in portrait 1080x1920 and landscape 1920x1080, in the normal, large-text
 * and high-contrast modes: axe-core finds no serious or critical violation, every button is at
 * least 64 x 64 CSS px, no text is under 24 px, and a screenshot of each is written to
 * test/artifacts/screenshots/ for people to look at.
 * Screens that need a network situation (offline, refused, paper ticket missing, slow answer)
 * get it from request interception in front of the real server.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page, Route } from '@playwright/test';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { expect, REPO_ROOT, test } from './fixtures/queue-server.ts';
import { kioskLayoutProblems } from './page-models/layout-checks.ts';
import { KioskPage } from './page-models/kiosk-page.ts';

const SHOTS = join(REPO_ROOT, 'test', 'artifacts', 'screenshots');
mkdirSync(SHOTS, { recursive: true });

const ORIENTATIONS = [
  { name: 'portrait', viewport: { width: 1080, height: 1920 } },
  { name: 'landscape', viewport: { width: 1920, height: 1080 } },
] as const;
const MODES = ['normal', 'large-text', 'high-contrast'] as const;
type Mode = (typeof MODES)[number];

async function setMode(page: Page, mode: Mode, capture?: (name: string) => Promise<void>): Promise<void> {
  if (mode === 'normal' && !capture) return;
  await page.getByTestId('open-a11y').click();
  if (mode === 'large-text') await page.getByTestId('toggle-largeText').click();
  if (mode === 'high-contrast') await page.getByTestId('toggle-highContrast').click();
  if (capture) await capture('accessibility-panel');
  await page.getByTestId('a11y-close').click();
}


for (const orientation of ORIENTATIONS) {
  for (const mode of MODES) {
    test(`every screen, ${orientation.name}, ${mode}: no serious axe violation, big targets and text`, async ({ page, queueServer }) => {
      test.setTimeout(180_000);
      await page.setViewportSize(orientation.viewport);
      const kiosk = new KioskPage(page, queueServer);
      const prefix = `kiosk-${orientation.name}-${mode}-`;
      // Old pictures of screens that no longer exist would mislead whoever looks at the folder.
      for (const old of readdirSync(SHOTS).filter((f) => f.startsWith(prefix))) rmSync(join(SHOTS, old));
      let shot = 0;
      const capture = async (name: string) => {
        // Let the screen settle (fonts, QR image) before judging it.
        await page.waitForTimeout(150);
        shot += 1;
        await page.screenshot({ path: join(SHOTS, `${prefix}${String(shot).padStart(2, '0')}-${name}.png`), fullPage: true });
        const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
        const serious = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
        expect(serious.map((v) => `${name}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
        expect.soft(await kioskLayoutProblems(page, { checkHeight: true }), name).toEqual([]);
        // A screen starts at its top: the previous screen's scroll position must not carry over.
        expect.soft(await page.evaluate(() => window.scrollY), `${name}: scrolled`).toBe(0);
      };

      await kiosk.open('?retry=60&timeout=5');
      await setMode(page, mode, capture);
      await capture('home');
      await page.getByTestId('help').click();
      await expect(page.getByTestId('help-coming')).toBeVisible();
      await capture('help-coming');
      await page.getByTestId('help-coming-ok').click();
      await expect(page.getByTestId('help-status')).toContainText(/Petugas sudah dipanggil/);
      await capture('help-called');

      // The FAQ, complaint and survey screens are checked by their own specs (faq, complaints, survey-a11y).

      await page.route('**/api/services', (route) => route.abort('connectionrefused'));
      await page.getByTestId('tile-ticket').click();
      await expect(kiosk.screen('services-offline')).toBeVisible();
      await capture('services-offline');
      await page.unroute('**/api/services');
      await page.getByTestId('retry-now').click();
      await expect(kiosk.screen('choose-service')).toBeVisible();
      await capture('choose-service');
      await page.getByTestId('service-jht').click();
      await capture('fast-track');
      await page.getByTestId('fast-track-pregnant').click();
      await capture('confirm');

      let release: () => void = () => undefined;
      const held = new Promise<void>((resolve) => (release = resolve));
      await page.route('**/api/tickets', async (route) => {
        await held;
        await route.continue();
      });
      await page.getByTestId('confirm').click();
      await expect(kiosk.screen('issuing')).toBeVisible();
      await capture('issuing');
      release();
      await kiosk.shownNumber();
      await page.unroute('**/api/tickets');
      await capture('result-printed');
      await page.getByTestId('result-done').click();
      // Selesai ends the session: the mode is back to normal, so the next visitor sets it again.
      await setMode(page, mode);

      await kiosk.toConfirm('kepesertaan', 'none');
      await page.route('**/api/tickets', (route) => route.abort('connectionrefused'));
      await page.getByTestId('confirm').click();
      await expect(kiosk.screen('issue-offline')).toBeVisible();
      await capture('issue-offline');
      await page.unroute('**/api/tickets');
      await page.route('**/api/tickets', (route) =>
        route.fulfill({ status: 409, json: { error: { code: 'conflict', message: 'Layanan ini sedang ditutup hari ini. Silakan tanya petugas.' } } }),
      );
      await page.getByTestId('retry-now').click();
      await expect(kiosk.screen('rejected')).toBeVisible();
      await capture('rejected');
      await page.unroute('**/api/tickets');
      await page.getByTestId('cancel').click();

      await kiosk.toConfirm('jkk-jkm-jp', 'disability');
      await page.route('**/api/tickets', async (route: Route) => {
        const answer = await route.fetch();
        const body: unknown = await answer.json();
        const json = typeof body === 'object' && body !== null ? { ...body, print: { status: 'failed', reason: 'Printer karcis kehabisan kertas.' } } : body;
        await route.fulfill({ response: answer, json });
      });
      await page.getByTestId('confirm').click();
      await kiosk.shownNumber();
      await expect(page.getByTestId('ticket-qr')).toBeVisible();
      await expect(page.getByTestId('print-status')).toContainText('TIDAK tercetak');
      await capture('result-print-failed');
      await page.unroute('**/api/tickets');
      await page.getByTestId('result-done').click();

      // Outside the opening hours (the server's answer, made closed here whatever the hour).
      await page.route('**/api/kiosk/info', async (route) => {
        const answer = await route.fetch();
        const info: unknown = await answer.json();
        const opening = { open: false, issuing: false, hours: { id: 'Senin-Jumat, 08.00-15.30', en: 'Monday-Friday, 08.00-15.30' }, next: { id: 'hari Senin pukul 08.00', en: 'Monday at 08.00' } };
        await route.fulfill({ response: answer, json: typeof info === 'object' && info !== null ? { ...info, opening } : info });
      });
      await kiosk.open();
      await setMode(page, mode);
      await page.getByTestId('tile-ticket').click();
      await expect(kiosk.screen('closed')).toBeVisible();
      await capture('closed-hours');
      await page.unroute('**/api/kiosk/info');

      await kiosk.open('?idle=2&warn=20');
      await setMode(page, mode);
      await page.getByTestId('tile-ticket').click();
      await expect(page.getByTestId('idle-warning')).toBeVisible({ timeout: 10_000 });
      await capture('idle-warning');
    });
  }
}
