/**
 * Every survey screen (counter tablet and kiosk tile) in portrait 1080x1920 and landscape
 * 1920x1080, in the normal, large-text and high-contrast modes: axe-core finds no serious or
 * critical violation, every button is at least 64 x 64 CSS px, no text under 24 px, no scrolling.
 * Screenshots go to test/artifacts/screenshots/survey-*.png for people to look at. The staff IKM
 * page gets axe too.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { expect, REPO_ROOT, test } from './fixtures/queue-server.ts';
import { kioskLayoutProblems } from './page-models/layout-checks.ts';

const SHOTS = join(REPO_ROOT, 'test', 'artifacts', 'screenshots');
mkdirSync(SHOTS, { recursive: true });
const ORIENTATIONS = [
  { name: 'portrait', viewport: { width: 1080, height: 1920 } },
  { name: 'landscape', viewport: { width: 1920, height: 1080 } },
] as const;
const MODES = ['normal', 'large-text', 'high-contrast'] as const;

async function setMode(page: Page, mode: (typeof MODES)[number]): Promise<void> {
  if (mode === 'normal') return;
  await page.getByTestId('open-a11y').click();
  await page.getByTestId(mode === 'large-text' ? 'toggle-largeText' : 'toggle-highContrast').click();
  await page.getByTestId('a11y-close').click();
}

async function axeSerious(page: Page, name: string): Promise<string[]> {
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  return axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${name}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

async function serve(url: string, token: string, counterId: string): Promise<string> {
  const auth = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  const post = (path: string, body?: unknown) => fetch(`${url}${path}`, { method: 'POST', headers: auth, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
  const issued = (await (await post('/api/tickets', { serviceId: 'jht' })).json()) as { ticket: { id: string; number: string } };
  // The specs share one server per worker, so this counter may be as an earlier spec left it: held
  // by another officer (the admin takes it over), paused, or with a number still at it. Tickets
  // earlier specs left waiting come first: mark them missed until the counter calls this one.
  await post(`/api/counters/${counterId}/open`, { force: true });
  await post(`/api/counters/${counterId}/resume`);
  for (let i = 0; i < 200; i++) {
    const res = await post(`/api/counters/${counterId}/call-next`);
    if (res.status === 409) {
      const { error } = (await res.json()) as { error?: { code?: string; details?: { activeTicketId?: string } } };
      const left = error?.details?.activeTicketId;
      if (error?.code !== 'counter.has_active_ticket' || !left) break;
      // Served, it finishes; only called, it is marked missed (the other answer is a harmless 409).
      await post(`/api/tickets/${left}/finish`);
      await post(`/api/tickets/${left}/no-show`);
      continue;
    }
    if (res.status !== 200) break;
    const { ticket } = (await res.json()) as { ticket: { id: string } };
    if (ticket.id === issued.ticket.id) break;
    await post(`/api/tickets/${ticket.id}/no-show`);
  }
  await post(`/api/tickets/${issued.ticket.id}/start`);
  await post(`/api/tickets/${issued.ticket.id}/finish`);
  return issued.ticket.number;
}

for (const orientation of ORIENTATIONS) {
  for (const mode of MODES) {
    test(`survey screens, ${orientation.name}, ${mode}: no serious axe violation, big targets and text, no scrolling`, async ({ page, queueServer }) => {
      test.setTimeout(180_000);
      await page.setViewportSize(orientation.viewport);
      const token = await queueServer.login();
      const prefix = `survey-${orientation.name}-${mode}-`;
      for (const old of readdirSync(SHOTS).filter((f) => f.startsWith(prefix))) rmSync(join(SHOTS, old));
      let shot = 0;
      const capture = async (name: string) => {
        await page.waitForTimeout(150);
        shot += 1;
        await page.screenshot({ path: join(SHOTS, `${prefix}${String(shot).padStart(2, '0')}-${name}.png`), fullPage: true });
        expect(await axeSerious(page, name)).toEqual([]);
        expect(await kioskLayoutProblems(page, { checkHeight: true }), name).toEqual([]);
      };

      // The counter tablet.
      await page.goto(`${queueServer.url}/survei/?loket=loket-1&poll=2`);
      await expect(page.getByTestId('survey-idle')).toBeVisible();
      await setMode(page, mode);
      await capture('tablet-idle');
      await serve(queueServer.url, token, 'loket-1');
      await expect(page.locator('[data-screen="survey-rating"]')).toBeVisible({ timeout: 15_000 });
      await capture('tablet-rating');
      await page.getByTestId('face-4').click();
      await capture('tablet-invite');
      await page.getByTestId('survey-elements-start').click();
      for (let i = 1; i <= 9; i++) {
        // Every question once in the first combination, the longest (u5, u7, u9) in the others.
        if (orientation.name === 'portrait' && mode === 'normal' ? true : [5, 7, 9].includes(i)) await capture(`tablet-u${i}`);
        await page.getByTestId(i === 2 ? 'survey-skip' : 'option-3').click();
      }
      await capture('tablet-comment');
      await page.getByTestId('survey-comment').fill('Pelayanan cepat dan ramah.');
      await page.getByTestId('survey-comment-send').click();
      await expect(page.getByTestId('survey-thanks')).toBeVisible();
      await capture('tablet-thanks');
      await page.getByTestId('survey-close').click();
      await expect(page.getByTestId('survey-idle')).toBeVisible();

      // The kiosk tile.
      const number = await serve(queueServer.url, token, 'loket-2');
      await page.goto(`${queueServer.url}/`);
      await setMode(page, mode);
      await page.getByTestId('tile-survey').click();
      await expect(page.locator('[data-screen="survey-ticket"]')).toBeVisible();
      await capture('kiosk-ticket');
      await page.getByTestId('survey-ticket-input').fill('Z-999');
      await page.getByTestId('survey-ticket-submit').click();
      await expect(page.getByTestId('survey-ticket-problem')).toBeVisible();
      await capture('kiosk-ticket-refused');
      await page.getByTestId('survey-ticket-input').fill(number);
      await page.getByTestId('survey-ticket-submit').click();
      await expect(page.locator('[data-screen="survey-rating"]')).toBeVisible();
      await capture('kiosk-rating');
      await page.getByTestId('face-2').click();
      await page.getByTestId('survey-elements-start').click();
      for (let i = 1; i <= 9; i++) await page.getByTestId('survey-skip').click();
      await capture('kiosk-comment-keys');
      await page.getByTestId('survey-comment-send').click();
      await expect(page.getByTestId('survey-thanks')).toBeVisible();
      await capture('kiosk-thanks');
    });
  }
}

test('the staff IKM page has no serious axe violation', async ({ page, queueServer }) => {
  await page.setViewportSize({ width: 1600, height: 1000 });
  await page.goto(`${queueServer.url}/ikm/`);
  await page.getByLabel('Nama pengguna').fill(queueServer.admin.username);
  await page.getByLabel('Kata sandi').fill(queueServer.admin.password);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await expect(page.getByTestId('ikm-progress')).toBeVisible();
  await page.screenshot({ path: join(SHOTS, 'survey-ikm-page-today.png'), fullPage: true });
  expect(await axeSerious(page, 'ikm')).toEqual([]);
});
