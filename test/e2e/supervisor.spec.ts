/**
 * The supervisor view in Chromium against a real server: counters with pause reasons, waiting
 * per service, a kiosk help request that appears live and is resolved, and axe.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { Staff, buildPages } from '../bench/board-server.ts';
import { startQueueServer, type QueueServer } from './fixtures/queue-server.ts';

test.use({ viewport: { width: 1600, height: 900 } });
test.describe.configure({ mode: 'serial' });

let server: QueueServer;
let staff: Staff;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  server = await startQueueServer({ env: { STATIC_DIR: await buildPages() } });
  staff = new Staff(server.url, await server.login());
  for (let i = 0; i < 3; i++) await staff.issue('jht');
  expect((await staff.post('/api/tickets', { serviceId: 'kepesertaan', fastTrack: 'elderly' })).status).toBe(201);
  await staff.post('/api/counters/loket-1/open');
  await staff.post('/api/counters/loket-1/call-next');
  await staff.post('/api/counters/loket-5/open');
  await staff.post('/api/counters/loket-6/open');
  await staff.post('/api/counters/loket-6/pause', { reason: 'Sholat' });
});
test.afterAll(async () => {
  await server?.dispose();
});

async function signIn(page: Page): Promise<void> {
  await page.goto(`${server.url}/supervisor/`);
  await page.getByLabel('Nama pengguna').fill(server.admin.username);
  await page.getByLabel('Kata sandi').fill(server.admin.password);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await expect(page.getByRole('heading', { name: 'Pemantauan Cabang' })).toBeVisible();
}

test('shows every counter, queues, and a kiosk help request that can be resolved', async ({ page }) => {
  await signIn(page);
  const row = (name: string) => page.locator('tr', { has: page.locator('td', { hasText: new RegExp(`^${name}$`) }) });
  await expect(row('Loket 1')).toContainText('Memanggil A-001');
  await expect(row('Loket 5')).toContainText('Siap memanggil');
  await expect(row('Loket 6')).toContainText('Jeda: Sholat');
  await expect(row('Loket 2')).toContainText('Tutup');
  await expect(page.locator('tr', { hasText: 'Klaim JHT' })).toContainText('2');

  // A visitor presses "panggil petugas" at the kiosk: it shows up without a reload.
  expect((await staff.post('/api/help-requests', { source: 'kios-1', note: 'Pengguna kursi roda perlu bantuan' })).status).toBe(201);
  await expect(page.locator('.help:not(.printers)')).toContainText('kios-1');
  await expect(page.locator('.alerts')).toContainText('1 permintaan bantuan');
  await page.screenshot({ path: 'test/artifacts/screenshots/supervisor.png', fullPage: true });
  await page.getByRole('button', { name: 'Tandai ditangani' }).click();
  await expect(page.locator('.help:not(.printers)')).toHaveCount(0);
  await expect(page.getByText('Tidak ada permintaan terbuka.')).toBeVisible();
});

test('no serious or critical accessibility violations on the supervisor view', async ({ page }) => {
  await signIn(page);
  await expect(page.locator('table').first()).toBeVisible();
  const result = await new AxeBuilder({ page }).analyze();
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

test('"Lepas loket" frees a counter its officer left: the called number goes back to its line, the counter shows Tutup', async ({ page }) => {
  await signIn(page);
  const row = (name: string) => page.locator('tr', { has: page.locator('td', { hasText: new RegExp(`^${name}$`) }) });
  await expect(row('Loket 1')).toContainText('Memanggil A-001');
  await row('Loket 1').getByRole('button', { name: 'Lepas Loket 1' }).click();
  await expect(page.getByRole('status')).toHaveText('Loket dilepas. Nomor A-001 kembali ke urutan semula.');
  await expect(row('Loket 1')).toContainText('Tutup');
  await expect(row('Loket 2').getByRole('button', { name: /Lepas/ })).toHaveCount(0);
  await page.screenshot({ path: 'test/artifacts/screenshots/supervisor-release.png', fullPage: true });
  // Leave no waiting ticket behind for the next spec (specs share a server per worker).
  for (const id of ['loket-5', 'loket-6']) await staff.post(`/api/counters/${id}/release`);
  for (const t of (await staff.tickets()).filter((x) => x.status === 'waiting')) await staff.post(`/api/tickets/${t.id}/cancel`);
});
