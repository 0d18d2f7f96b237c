/**
 * Device pairing in the browser (README "Device pairing"), on a server of its own started with
 * DEVICE_PAIRING=required, so this machine's browser is a device like any other: the kiosk shows
 * its code, an administrator pairs it on /admin/ → Perangkat, the kiosk continues by itself and
 * issues a ticket; the administrator renames it, then revokes it and the kiosk is back at a new
 * code. A client without a credential gets the Indonesian refusal on ticket issue. The board and
 * the counter tablet show their codes too. axe-clean pages, one view in portrait and landscape.
 */
import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { REPO_ROOT, startQueueServer, type QueueServer } from './fixtures/queue-server.ts';
import { KioskPage } from './page-models/kiosk-page.ts';

const SHOTS = join(REPO_ROOT, 'test', 'artifacts', 'screenshots');
mkdirSync(SHOTS, { recursive: true });
let server: QueueServer;
let token: string;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  server = await startQueueServer({ env: { DEVICE_PAIRING: 'required' } });
  token = await server.login();
});
test.afterAll(async () => server?.dispose());

/**
 * axe over the page: the admin page must be clean; a device screen as the kiosk-a11y spec judges
 * kiosk screens, serious and critical findings (the touchscreen turns pinch-zoom off on purpose
 * and offers its own large-text mode, a moderate meta-viewport finding).
 */
async function axeClean(page: Page, name: string, level: 'all' | 'serious' = 'serious'): Promise<void> {
  await page.screenshot({ path: join(SHOTS, `device-pairing-${name}.png`) });
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  const found = level === 'all' ? axe.violations : axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(found.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), name).toEqual([]);
}

/** Collects Content-Security-Policy violations of a page (the pairing screen has no inline style or script). */
function watchCsp(page: Page): string[] {
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy|CSP/i.test(m.text())) violations.push(`${new URL(page.url()).pathname}: ${m.text()}`);
  });
  void page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
  });
  return violations;
}

/** The pairing screen is one view: nothing to scroll, the code whole on screen. */
async function fitsOneView(page: Page, name: string): Promise<void> {
  const box = await page.evaluate(() => {
    const code = document.querySelector('[data-testid="pairing-code"]')?.getBoundingClientRect();
    return { scrollW: document.documentElement.scrollWidth, scrollH: document.documentElement.scrollHeight, w: innerWidth, h: innerHeight, code: code ? { left: code.left, right: code.right, bottom: code.bottom, height: code.height } : null };
  });
  expect(box.scrollW, `${name}: no sideways scroll`).toBeLessThanOrEqual(box.w);
  expect(box.scrollH, `${name}: no scroll`).toBeLessThanOrEqual(box.h);
  expect(box.code && box.code.left >= 0 && box.code.right <= box.w && box.code.bottom <= box.h, `${name}: the code is on screen`).toBe(true);
  // Readable from the administrator's desk: the digits are at least 64 px tall.
  expect(box.code?.height ?? 0).toBeGreaterThanOrEqual(64);
}

async function staff(method: string, path: string, body?: unknown): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await fetch(`${server.url}${path}`, { method, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

test('a kiosk is paired by its code, issues a ticket, is renamed, and returns to a new code when revoked', async ({ page, browser }) => {
  test.setTimeout(150_000);
  // A client without any credential (this machine counts for nothing under required): the Indonesian refusal.
  const bare = await fetch(`${server.url}/api/tickets`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ serviceId: 'jht' }) });
  const refusal = (await bare.json()) as { error: { code: string; message: string; details: unknown } };
  expect([bare.status, refusal.error.code, refusal.error.details]).toEqual([403, 'kiosk.not_allowed', { device: 'unpaired' }]);
  expect(refusal.error.message).toBe('Perangkat ini belum dipasangkan. Minta administrator memasangkan perangkat ini dengan kode di layarnya (Administrasi → Perangkat).');

  const kioskContext = await browser.newContext({ viewport: { width: 1080, height: 1920 } });
  const kioskPage = await kioskContext.newPage();
  const kioskCsp = watchCsp(kioskPage);
  await kioskPage.goto(`${server.url}/`);
  const code = kioskPage.getByTestId('pairing-code');
  await expect(code).toHaveText(/^\d{4}-\d{2}$/);
  await expect(kioskPage.getByText('Minta administrator memasangkan perangkat ini: kode')).toBeVisible();
  const shown = (await code.textContent()) ?? '';
  await fitsOneView(kioskPage, 'kiosk portrait');
  await axeClean(kioskPage, 'kiosk-portrait');
  await kioskPage.setViewportSize({ width: 1920, height: 1080 });
  await fitsOneView(kioskPage, 'kiosk landscape');
  await axeClean(kioskPage, 'kiosk-landscape');
  await kioskPage.setViewportSize({ width: 1080, height: 1920 });
  // The page's own credential is not paired yet: issuing from it is refused too.
  const early = await kioskPage.evaluate(async () => {
    const t = localStorage.getItem('kios-k.device-token.kiosk') ?? '';
    const res = await fetch('/api/tickets', { method: 'POST', headers: { 'content-type': 'application/json', 'x-device-token': t }, body: JSON.stringify({ serviceId: 'jht' }) });
    return { status: res.status, body: (await res.json()) as { error: { details: unknown } } };
  });
  expect([early.status, early.body.error.details]).toEqual([403, { device: 'pending' }]);

  // The administrator pairs it on /admin/ → Perangkat.
  await page.setViewportSize({ width: 1600, height: 1100 });
  await page.goto(`${server.url}/admin/#perangkat`);
  await page.getByLabel('Nama pengguna').fill(server.admin.username);
  await page.getByLabel('Kata sandi').fill(server.admin.password);
  await page.getByRole('button', { name: 'Masuk' }).click();
  const section = page.locator('section[aria-labelledby="devices-title"]');
  await expect(section.getByRole('heading', { name: 'Perangkat' })).toBeVisible();
  await expect(section.getByText('Belum ada perangkat yang dipasangkan.')).toBeVisible();
  // A wrong code first: refused in Indonesian, nothing paired.
  await section.getByLabel('Kode di layar perangkat').fill(shown === '0000-00' ? '0000-01' : '0000-00');
  await section.getByLabel('Nama perangkat').fill('Kios lobi');
  await section.getByRole('button', { name: 'Pasangkan' }).click();
  await expect(section.getByRole('alert')).toContainText('tidak dikenal atau sudah kedaluwarsa');
  await section.getByLabel('Kode di layar perangkat').fill(shown);
  await section.getByLabel('Jenis perangkat').selectOption('kiosk');
  await section.getByRole('button', { name: 'Pasangkan' }).click();
  await expect(section.getByRole('status')).toContainText('Kios lobi dipasangkan sebagai Kios-K');

  // The kiosk continues by itself and issues a ticket.
  const kiosk = new KioskPage(kioskPage, server);
  await expect(kiosk.screen('home')).toBeVisible({ timeout: 15_000 });
  const number = await kiosk.takeTicket('jht', 'none');
  expect(number).toMatch(/^A-\d{3}$/);

  // Listed with when it was last seen; renamed.
  await page.reload();
  const row = section.getByRole('row', { name: /Kios lobi/ });
  await expect(row).toContainText('Terpasang');
  await expect(row).not.toContainText('belum terlihat');
  await axeClean(page, 'admin-devices', 'all');
  await section.getByRole('button', { name: 'Ganti nama Kios lobi' }).click();
  await section.getByLabel('Nama baru untuk Kios lobi').fill('Kios pintu masuk');
  await section.getByRole('button', { name: 'Simpan nama' }).click();
  await expect(section.getByRole('status')).toContainText('Nama perangkat diganti menjadi Kios pintu masuk.');
  await expect(section.getByRole('row', { name: /Kios pintu masuk/ })).toBeVisible();
  await axeClean(page, 'admin-devices-renamed', 'all');

  // Revoked: the kiosk is back at its pairing screen, with a new code.
  await section.getByRole('button', { name: 'Cabut Kios pintu masuk' }).click();
  await expect(section.getByRole('status')).toContainText('Kios pintu masuk dicabut.');
  await expect(section.getByRole('row', { name: /Kios pintu masuk/ })).toContainText('Dicabut');
  await expect(kioskPage.getByRole('heading', { name: 'Perangkat ini dicabut oleh administrator' })).toBeVisible({ timeout: 30_000 });
  await expect(code).toHaveText(/^\d{4}-\d{2}$/);
  expect(await code.textContent()).not.toBe(shown);
  await axeClean(kioskPage, 'kiosk-revoked');
  expect(kioskCsp).toEqual([]);

  // Recorded: paired, renamed, revoked, by the administrator.
  const audit = await staff('GET', '/api/audit?category=device');
  const actions = (audit.body.entries as { action: string; actor: string }[]).map((e) => `${e.action} ${e.actor}`);
  expect(actions.sort()).toEqual([`device.paired ${server.admin.username}`, `device.renamed ${server.admin.username}`, `device.revoked ${server.admin.username}`]);

  // Leave no waiting ticket behind.
  const tickets = await kiosk.staffTickets();
  for (const t of tickets) expect((await staff('POST', `/api/tickets/${t.id}/cancel`, {})).status).toBe(200);
  await kioskContext.close();
});

test('the board and the counter tablet show their codes until paired, then their own screens; the branch head sees them', async ({ browser }) => {
  test.setTimeout(90_000);
  const boardContext = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const board = await boardContext.newPage();
  const boardCsp = watchCsp(board);
  await board.goto(`${server.url}/board/`);
  const boardCode = (await board.getByTestId('pairing-code').textContent()) ?? '';
  expect(boardCode).toMatch(/^\d{4}-\d{2}$/);
  await expect(board.getByText('Papan antrean', { exact: true })).toBeVisible();
  await fitsOneView(board, 'board landscape');
  await axeClean(board, 'board');
  // A board's code is not a kiosk's: the kind must match.
  const wrong = await staff('POST', '/api/admin/devices/pair', { code: boardCode, name: 'TV ruang tunggu', kind: 'kiosk' });
  expect([wrong.status, (wrong.body.error as { code: string }).code]).toEqual([409, 'device.kind_mismatch']);
  expect((await staff('POST', '/api/admin/devices/pair', { code: boardCode, name: 'TV ruang tunggu', kind: 'board' })).status).toBe(201);
  await expect(board.locator('.brand__branch')).toContainText('Kantor Cabang', { timeout: 15_000 });
  await expect(board.getByTestId('pairing-screen')).toHaveCount(0);

  const tabletContext = await browser.newContext({ viewport: { width: 1080, height: 1920 } });
  const tablet = await tabletContext.newPage();
  const tabletCsp = watchCsp(tablet);
  await tablet.goto(`${server.url}/survei/?loket=loket-1`);
  const tabletCode = (await tablet.getByTestId('pairing-code').textContent()) ?? '';
  await expect(tablet.getByText('Tablet survei loket', { exact: true })).toBeVisible();
  await fitsOneView(tablet, 'tablet portrait');
  await axeClean(tablet, 'tablet');
  expect((await staff('POST', '/api/admin/devices/pair', { code: tabletCode, name: 'Tablet loket 1', kind: 'counter_tablet', counterId: 'loket-1' })).status).toBe(201);
  await expect(tablet.getByTestId('pairing-screen')).toHaveCount(0, { timeout: 15_000 });
  await tablet.screenshot({ path: join(SHOTS, 'device-pairing-tablet-paired.png') });
  expect([...boardCsp, ...tabletCsp]).toEqual([]);

  // The branch head sees the paired devices and changes nothing.
  expect((await staff('POST', '/api/users', { username: 'kepala.cabang', password: 'sandi-kepala-12345', displayName: 'Kepala Cabang', role: 'supervisor' })).status).toBe(201);
  const headContext = await browser.newContext({ viewport: { width: 1600, height: 1100 } });
  const head = await headContext.newPage();
  await head.goto(`${server.url}/admin/#perangkat`);
  await head.getByLabel('Nama pengguna').fill('kepala.cabang');
  await head.getByLabel('Kata sandi').fill('sandi-kepala-12345');
  await head.getByRole('button', { name: 'Masuk' }).click();
  const list = head.locator('section[aria-labelledby="devices-title"]');
  await expect(list.getByRole('row', { name: /TV ruang tunggu/ })).toContainText('Papan antrean');
  await expect(list.getByRole('row', { name: /Tablet loket 1/ })).toContainText('Loket 1');
  await expect(list.getByRole('button', { name: 'Pasangkan' })).toHaveCount(0);
  await expect(list.getByRole('button', { name: /Cabut/ })).toHaveCount(0);
  await axeClean(head, 'admin-devices-branch-head', 'all');
  await headContext.close();
  await boardContext.close();
  await tabletContext.close();
});
