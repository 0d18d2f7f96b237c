/**
 * The CSO console in Chromium against a real server: a double tap or a retried press never
 * calls two visitors; every action works from its shortcut key; axe finds nothing serious.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { Staff, buildPages, writeBranchConfig } from '../bench/board-server.ts';
import { startQueueServer, type QueueServer } from './fixtures/queue-server.ts';

test.use({ viewport: { width: 1600, height: 900 } });
test.describe.configure({ mode: 'serial' });

let server: QueueServer;
let staff: Staff;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  server = await startQueueServer({ env: { STATIC_DIR: await buildPages(), BRANCH_CONFIG: writeBranchConfig({ recall: { maxRecalls: 3, minIntervalSeconds: 0, missedReturnMinutes: 30 } }) } });
  staff = new Staff(server.url, await server.login());
  for (let i = 0; i < 6; i++) await staff.issue('jht');
  await staff.issue('kepesertaan');
});
test.afterAll(async () => {
  await server?.dispose();
});

async function signIn(page: Page, counterName: string): Promise<void> {
  await page.goto(`${server.url}/counter/`);
  await page.getByLabel('Nama pengguna').fill(server.admin.username);
  await page.getByLabel('Kata sandi').fill(server.admin.password);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await page.getByRole('button', { name: new RegExp(`^${counterName}`) }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(counterName);
}

const ticketsAt = async (counterId: string) => (await staff.tickets()).filter((t) => t.counterId === counterId && (t.status === 'called' || t.status === 'serving'));
const callNextButton = (page: Page) => page.locator('[data-action=callNext]');

test('a double tap on "Panggil berikutnya" calls one ticket, and a retried press after a lost answer too', async ({ page }) => {
  await signIn(page, 'Loket 2');
  const calls: string[] = [];
  // Slow answers, so the second tap surely lands while the first is in flight.
  await page.route('**/api/counters/loket-2/call-next', async (route) => {
    calls.push(route.request().headers()['idempotency-key'] ?? '');
    await new Promise((r) => setTimeout(r, 400));
    await route.continue();
  });
  await callNextButton(page).dblclick();
  await expect(page.getByRole('status')).toHaveText('Memanggil A-001.');
  expect(calls).toHaveLength(1);
  expect((await ticketsAt('loket-2')).map((t) => t.number)).toEqual(['A-001']);

  // Key presses: same rule.
  await page.keyboard.press('m');
  await expect(page.getByRole('status')).toHaveText('Melayani A-001.');
  await page.keyboard.press('s');
  await expect(page.getByRole('status')).toHaveText('A-001 selesai dilayani.');
  await page.keyboard.press('n');
  await page.keyboard.press('n');
  await expect(page.getByRole('status')).toHaveText('Memanggil A-002.');
  expect((await ticketsAt('loket-2')).map((t) => t.number)).toEqual(['A-002']);

  // The server acts but the answer is lost on the way back; the officer presses again.
  await page.keyboard.press('m');
  await expect(page.getByRole('status')).toHaveText('Melayani A-002.');
  await page.keyboard.press('s');
  await expect(page.getByRole('status')).toHaveText('A-002 selesai dilayani.');
  await page.unroute('**/api/counters/loket-2/call-next');
  // The network drops: the call reaches the server, the answer and the console's reloads do not.
  let offline = true;
  const keys: string[] = [];
  await page.route('**/api/counters/loket-2/call-next', async (route) => {
    keys.push(route.request().headers()['idempotency-key'] ?? '');
    if (keys.length === 1) {
      await route.fetch(); // the server calls A-003
      await route.abort('connectionreset');
    } else await route.continue();
  });
  for (const path of ['**/api/tickets', '**/api/supervisor/overview']) {
    await page.route(path, (route) => (offline ? route.abort('internetdisconnected') : route.continue()));
  }
  await callNextButton(page).click();
  await expect(page.getByRole('alert')).toContainText('tidak akan terpanggil dua kali');
  expect((await ticketsAt('loket-2')).map((t) => t.number)).toEqual(['A-003']);
  await page.waitForTimeout(1500); // the console's own reloads after the events fail meanwhile
  offline = false;
  // The officer presses again: same key, so the server answers with its first outcome.
  await callNextButton(page).click();
  await expect(page.getByRole('status')).toHaveText('Memanggil A-003.');
  expect(keys).toHaveLength(2);
  expect(keys[1]).toBe(keys[0]);
  expect((await ticketsAt('loket-2')).map((t) => t.number)).toEqual(['A-003']);
  const waiting = (await staff.tickets()).filter((t) => t.status === 'waiting' && t.serviceId === 'jht').map((t) => t.number);
  expect(waiting).toEqual(['A-004', 'A-005', 'A-006']);
});

test('every action from its key: recall, no-show, Kembalikan, transfer, pause with a reason, resume', async ({ page }) => {
  await signIn(page, 'Loket 2');
  await expect(page.locator('.current__number')).toHaveText('A-003');
  await page.keyboard.press('u');
  await expect(page.getByRole('status')).toHaveText('A-003 dipanggil ulang (1 kali).');
  await page.keyboard.press('t');
  await expect(page.getByRole('status')).toContainText('A-003 ditandai tidak hadir');
  await expect(page.locator('.missed')).toContainText('A-003');
  await page.getByRole('button', { name: 'Kembalikan' }).click();
  await expect(page.getByRole('status')).toHaveText('A-003 dikembalikan ke antrean pada urutan semula.');
  // Back at its original place: it is the next one called.
  await page.keyboard.press('n');
  await expect(page.getByRole('status')).toHaveText('Memanggil A-003.');
  await page.keyboard.press('p');
  await page.getByRole('dialog').getByRole('button', { name: /^C · Kepesertaan/ }).click();
  await expect(page.getByRole('status')).toContainText('A-003 dipindah ke Kepesertaan dan Pendaftaran');
  await page.keyboard.press('j');
  await page.getByRole('dialog').getByRole('button', { name: 'Sholat' }).click();
  await expect(page.getByRole('status')).toHaveText('Loket dijeda: Sholat.');
  await expect(callNextButton(page)).toBeDisabled();
  await page.keyboard.press('l');
  await expect(page.getByRole('status')).toHaveText('Loket dibuka kembali.');
  await page.keyboard.press('n');
  await expect(page.getByRole('status')).toHaveText('Memanggil A-004.');
  await expect(page.locator('.counts')).toContainText('Dipanggil');
  // A fast-track visitor arrives: the call order names the reason for the officer (no personal data).
  expect((await staff.post('/api/tickets', { serviceId: 'jht', fastTrack: 'pregnant' })).status).toBe(201);
  await expect(page.locator('[data-testid=call-order] li[data-ticket=A-007]')).toContainText('Prioritas · Ibu hamil');
  await page.screenshot({ path: 'test/artifacts/screenshots/console.png' });
});

test('one officer per counter: a counter held by someone else is refused', async ({ page }) => {
  // The admin holds Loket 2 from the tests above; a second officer may not take it.
  await staff.post('/api/users', { username: 'cso.dua', password: 'sandi-cso-dua-123', displayName: 'Petugas Dua', role: 'cso' });
  await page.goto(`${server.url}/counter/`);
  await page.getByLabel('Nama pengguna').fill('cso.dua');
  await page.getByLabel('Kata sandi').fill('sandi-cso-dua-123');
  await page.getByRole('button', { name: 'Masuk' }).click();
  await page.getByRole('button', { name: /^Loket 2/ }).click();
  await expect(page.getByRole('alert')).toContainText('sedang dipakai petugas lain');
});

test('no serious or critical accessibility violations on the console', async ({ page }) => {
  await signIn(page, 'Loket 2');
  await expect(page.locator('.current__number')).toBeVisible();
  const result = await new AxeBuilder({ page }).analyze();
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

test('closing the counter frees it for the next officer, and signing out returns to the login', async ({ page }) => {
  await signIn(page, 'Loket 2');
  await expect(page.getByRole('button', { name: 'Tutup loket' })).toBeDisabled(); // A-004 is still at the counter
  await page.keyboard.press('m');
  await expect(page.getByRole('status')).toHaveText('Melayani A-004.');
  await page.keyboard.press('s');
  await expect(page.getByRole('status')).toHaveText('A-004 selesai dilayani.');
  await page.getByRole('button', { name: 'Tutup loket' }).click();
  await expect(page.getByRole('heading', { name: 'Pilih loket Anda' })).toBeVisible();
  expect((await staff.counters()).find((c) => c.id === 'loket-2')?.state).toBe('closed');
  const second = await Staff.login(server.url, { username: 'cso.dua', password: 'sandi-cso-dua-123' });
  expect((await second.post('/api/counters/loket-2/open')).status).toBe(200);
  await page.getByRole('button', { name: 'Keluar' }).click();
  await expect(page.getByLabel('Nama pengguna')).toBeVisible();
});

test('signing out with a called number is refused and says why; once it is done, sign-out closes the counter', async ({ page }) => {
  // Loket 3 serves JHT and kepesertaan: still wait from beforeAll.
  await signIn(page, 'Loket 3');
  await callNextButton(page).click();
  await expect(page.getByRole('status')).toHaveText(/^Memanggil A-00\d\.$/);
  const called = (await ticketsAt('loket-3'))[0];
  expect(called?.status).toBe('called');

  await page.getByRole('button', { name: 'Keluar' }).click();
  await expect(page.getByRole('alert')).toContainText(`Belum bisa keluar: Loket 3 masih memanggil nomor ${called?.number}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Loket 3'); // still signed in, at the counter
  expect((await staff.counters()).find((c) => c.id === 'loket-3')?.state).toBe('open');

  await page.keyboard.press('t'); // Tidak hadir: nobody is left at the counter
  await expect(page.getByRole('status')).toContainText(`${called?.number}`);
  await page.getByRole('button', { name: 'Keluar' }).click();
  await expect(page.getByLabel('Nama pengguna')).toBeVisible();
  // Nobody is left holding Loket 3: it is closed, and the next officer opens it without a supervisor.
  expect((await staff.counters()).find((c) => c.id === 'loket-3')?.state).toBe('closed');
  // The specs share nothing after this one, but leave no waiting number behind all the same.
  for (const t of (await staff.tickets()).filter((x) => x.status === 'waiting' || x.status === 'missed')) await staff.post(`/api/tickets/${t.id}/cancel`);
});
