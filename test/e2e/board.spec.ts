/**
 * The display board against a real queue-server in Debian's Chromium: calls appear within a
 * second with the right clip sequence, quick calls are all said in order, a server restart is
 * survived with nothing missed, the autoplay block is handled, and axe finds nothing serious.
 */
import AxeBuilder from '@axe-core/playwright';
import { chromium, expect, test, type Page } from '@playwright/test';
import type { BoardAudioLog } from '../../kiosk/board/main.tsx';
import { Staff, buildPages, writeBranchConfig } from '../bench/board-server.ts';
import { AUTOPLAY, chromiumLaunch } from './fixtures/chromium.ts';
import { startQueueServer, type QueueServer } from './fixtures/queue-server.ts';

test.use({
  viewport: { width: 1920, height: 1080 },
  launchOptions: chromiumLaunch([AUTOPLAY]),
});
test.describe.configure({ mode: 'serial' });

let server: QueueServer;
let staff: Staff;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  // No 20 s gap between recalls here, so the recall test does not sleep.
  server = await startQueueServer({ env: { STATIC_DIR: await buildPages(), BRANCH_CONFIG: writeBranchConfig({ recall: { maxRecalls: 3, minIntervalSeconds: 0, missedReturnMinutes: 30 } }) } });
  staff = new Staff(server.url, await server.login());
});
test.afterAll(async () => {
  await server?.dispose();
});

const EMPTY_LOG: BoardAudioLog = { announcements: [], events: [], played: [], failedClips: [], status: 'loading' };
const audioLog = async (page: Page): Promise<BoardAudioLog> => (await page.evaluate(() => window.__boardAudio)) ?? EMPTY_LOG;

async function openBoard(page: Page): Promise<void> {
  await page.goto(`${server.url}/board/`);
  await expect(page.locator('.brand__branch')).toContainText('Kantor Cabang');
  await expect(page.locator('.offline')).toHaveCount(0);
}

/** Finishes whatever the counter holds so the next call-next can run. */
async function freeCounter(counterId: string): Promise<void> {
  const cur = (await staff.counters()).find((c) => c.id === counterId)?.current;
  if (!cur) return;
  if (cur.status === 'called') await staff.post(`/api/tickets/${cur.id}/start`);
  await staff.post(`/api/tickets/${cur.id}/finish`);
}

async function callNext(counterId: string): Promise<{ number: string; answeredAt: number }> {
  await freeCounter(counterId);
  const r = await staff.ticketPost(`/api/counters/${counterId}/call-next`);
  expect(r.status).toBe(200);
  return { number: r.ticket?.number ?? '', answeredAt: Date.now() };
}

test('a CSO call shows on the board within a second and queues the right clip sequence', async ({ page }) => {
  await staff.post('/api/counters/loket-3/open');
  for (let i = 0; i < 12; i++) await staff.issue('jht');
  await openBoard(page);

  const { number, answeredAt } = await callNext('loket-3');
  expect(number).toBe('A-001');
  await expect(page.locator('.calling__number')).toHaveText('A-001', { timeout: 1000 });
  const shownAfter = Date.now() - answeredAt;
  expect(shownAfter).toBeLessThan(1000);
  await page.screenshot({ path: 'test/artifacts/screenshots/board-call-flash.png' });
  await expect(page.locator('.calling__to')).toContainText('Loket 3');
  await expect(page.locator('.counter', { hasText: 'Loket 3' })).toContainText('A-001');
  await expect(page.locator('.calling__body.flash')).toBeVisible();

  const log = await audioLog(page);
  expect(log.announcements.at(-1)).toEqual({
    key: expect.any(String),
    label: 'A-001 → Loket 3',
    clips: ['chime', 'nomor-antrian', 'huruf-a', 'satu', 'silakan-menuju-loket', 'tiga'],
  });
  // The clips really play, in order, chained on their end.
  await expect.poll(async () => (await audioLog(page)).played.slice(-6), { timeout: 15_000 }).toEqual(['chime', 'nomor-antrian', 'huruf-a', 'satu', 'silakan-menuju-loket', 'tiga']);
  expect((await audioLog(page)).failedClips).toEqual([]);
  // Everything stays on the 1920-wide screen, whatever the numbers.
  const rightEdges = await page.locator('.counter, .panel, .calling').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().right));
  expect(Math.max(...rightEdges)).toBeLessThanOrEqual(1920);
  await page.waitForTimeout(300); // let the flash settle to a steady frame for the picture
  await page.screenshot({ path: 'test/artifacts/screenshots/board-call.png' });
});

test('a call pressed in the CSO console reaches the board within a second, with its clips', async ({ page, context }) => {
  await openBoard(page);
  const cso = await context.newPage();
  await cso.setViewportSize({ width: 1600, height: 900 });
  await cso.goto(`${server.url}/counter/`);
  await cso.getByLabel('Nama pengguna').fill(server.admin.username);
  await cso.getByLabel('Kata sandi').fill(server.admin.password);
  await cso.getByRole('button', { name: 'Masuk' }).click();
  await cso.getByRole('button', { name: /^Loket 4/ }).click();
  await expect(cso.locator('[data-action=callNext]')).toBeEnabled();
  const answer = cso.waitForResponse((r) => r.url().endsWith('/api/counters/loket-4/call-next'));
  await cso.keyboard.press('n');
  const response = await answer;
  const answeredAt = Date.now();
  const body: unknown = await response.json();
  const number = typeof body === 'object' && body !== null && 'ticket' in body && typeof body.ticket === 'object' && body.ticket !== null && 'number' in body.ticket ? String(body.ticket.number) : '';
  await expect(page.locator('.calling__number')).toHaveText(number, { timeout: 1000 });
  expect(Date.now() - answeredAt).toBeLessThan(1000);
  await expect(page.locator('.calling__to')).toContainText('Loket 4');
  const log = await audioLog(page);
  expect(log.announcements.at(-1)?.clips.slice(-2)).toEqual(['silakan-menuju-loket', 'empat']);
  await cso.close();
});

test('two quick calls are both announced, in order, never overlapping; a recall is said again', async ({ page }) => {
  test.setTimeout(90_000);
  await staff.post('/api/counters/loket-1/open');
  await openBoard(page);
  await freeCounter('loket-1');
  await freeCounter('loket-3');
  const [a, b] = [await callNext('loket-1'), await callNext('loket-3')];
  await expect(page.locator('.calling__number')).toHaveText(b.number, { timeout: 1000 });
  await expect(page.locator('.recent li').nth(1)).toContainText(a.number);

  const first = (await staff.counters()).find((c) => c.id === 'loket-1')?.current?.id ?? '';
  expect((await staff.post(`/api/tickets/${first}/recall`)).status).toBe(200);

  await expect
    .poll(async () => (await audioLog(page)).events.filter((e) => e.type === 'finished').map((e) => e.label), { timeout: 40_000 })
    .toEqual([`${a.number} → Loket 1`, `${b.number} → Loket 3`, `${a.number} → Loket 1`]);
  const order = (await audioLog(page)).events.filter((e) => e.type === 'started' || e.type === 'finished').map((e) => e.type);
  expect(order).toEqual(['started', 'finished', 'started', 'finished', 'started', 'finished']);
});

test('the board recovers after the server restarts and misses nothing', async ({ page }) => {
  await openBoard(page);
  await server.stop();
  await expect(page.locator('.offline')).toBeVisible({ timeout: 10_000 });
  await server.start();
  // Called right after the restart, possibly before the board is back: it must still show and say it.
  const { number } = await callNext('loket-3');
  await expect(page.locator('.calling__number')).toHaveText(number, { timeout: 20_000 });
  await expect(page.locator('.offline')).toHaveCount(0);
  await expect.poll(async () => (await audioLog(page)).announcements.map((x) => x.label), { timeout: 5000 }).toContain(`${number} → Loket 3`);
  // And the next call after recovery is live again within a second.
  const next = await callNext('loket-1');
  await expect(page.locator('.calling__number')).toHaveText(next.number, { timeout: 1000 });
});

test('a fast-track call shows no reason; a no-show is listed as missed until it is brought back', async ({ page }) => {
  await openBoard(page);
  expect((await staff.post('/api/tickets', { serviceId: 'informasi', fastTrack: 'pregnant' })).status).toBe(201);
  await staff.post('/api/counters/loket-6/open');
  const { number } = await callNext('loket-6');
  expect(number).toBe('D-001');
  await expect(page.locator('.calling__number')).toHaveText('D-001', { timeout: 1000 });
  const text = (await page.locator('body').innerText()).toLowerCase();
  for (const word of ['prioritas', 'hamil', 'pregnant', 'disabilitas', 'lansia', 'e-klaim']) expect(text).not.toContain(word);

  const id = (await staff.counters()).find((c) => c.id === 'loket-6')?.current?.id ?? '';
  expect((await staff.post(`/api/tickets/${id}/no-show`)).status).toBe(200);
  await expect(page.locator('.chips')).toContainText('D-001', { timeout: 1000 });
  await expect(page.locator('.counter', { hasText: 'Loket 6' })).not.toContainText('D-001');
  expect((await staff.post(`/api/tickets/${id}/return`)).status).toBe(200);
  await expect(page.locator('.chips')).toHaveCount(0, { timeout: 1000 });
});

test('no serious or critical accessibility violations on the board', async ({ page }) => {
  await openBoard(page);
  await page.waitForTimeout(6500); // after any flash, so colours are the steady ones
  const result = await new AxeBuilder({ page }).analyze();
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

test('without the Chromium autoplay flag: shows "Aktifkan suara", keeps the call, says it after one click', async () => {
  test.setTimeout(60_000);
  await staff.post('/api/counters/loket-3/open');
  await staff.issue('jht');
  // Its own browser: the flag is a launch option, so this one is started without it.
  const browser = await chromium.launch(chromiumLaunch());
  try {
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    await openBoard(page);
    const enable = page.getByRole('button', { name: /Aktifkan suara/ });
    const { number } = await callNext('loket-3');
    await expect(page.locator('.calling__number')).toHaveText(number, { timeout: 1000 });
    // Shown at boot by the probe, at the latest when the first call is refused by the browser.
    await expect(enable).toBeVisible({ timeout: 10_000 });
    expect((await audioLog(page)).status).toBe('blocked');
    // By now most counters hold a number: still nothing past the screen edge.
    const rightEdges = await page.locator('.counter, .panel, .calling, .enable-audio').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().right));
    expect(Math.max(...rightEdges)).toBeLessThanOrEqual(1920);
    expect((await audioLog(page)).played).toEqual([]);
    await page.screenshot({ path: 'test/artifacts/screenshots/board-audio-blocked.png' });
    await enable.click();
    await expect(enable).toHaveCount(0);
    await expect.poll(async () => (await audioLog(page)).played.slice(-1), { timeout: 15_000 }).toEqual(['tiga']);
  } finally {
    await browser.close();
  }
});
