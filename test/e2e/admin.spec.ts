/**
 * An administrator runs the branch from the browser: adds a service and a counter, changes the
 * opening hours and a branch closure, creates a CSO who signs in at once (and finds the new
 * counter), while a kiosk left open on its home screen offers the new service without a reload.
 * Every section passes axe; the metrics scraped afterwards pass promtool and agree with the day's
 * ticket list. Its own server: the settings it changes must not reach the other specs.
 */
import AxeBuilder from '@axe-core/playwright';
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { REPO_ROOT, startQueueServer, type QueueServer } from './fixtures/queue-server.ts';
import { KioskPage } from './page-models/kiosk-page.ts';

const SHOTS = join(REPO_ROOT, 'test', 'artifacts', 'screenshots');
mkdirSync(SHOTS, { recursive: true });
let server: QueueServer;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  server = await startQueueServer();
});
test.afterAll(async () => server?.dispose());

async function axeClean(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SHOTS, `admin-${name}.png`), fullPage: true });
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), name).toEqual([]);
}

async function staffGet(path: string, token: string): Promise<string> {
  const res = await fetch(`${server.url}${path}`, { headers: { authorization: `Bearer ${token}` } });
  expect(res.status, path).toBe(200);
  return res.text();
}

async function signInAt(page: Page, username: string, password: string): Promise<void> {
  await page.getByLabel('Nama pengguna').fill(username);
  await page.getByLabel('Kata sandi').fill(password);
  await page.getByRole('button', { name: 'Masuk' }).click();
}

/** Counts the staff event streams the page opened (answered 200): the console's live connection. */
function countStaffStreams(page: Page): () => number {
  let opened = 0;
  page.on('response', (r) => {
    if (r.url().includes('/api/staff/events') && r.status() === 200) opened += 1;
  });
  return () => opened;
}

/** Opens the counter (or finds it open) and waits until the console's staff stream connected after `before`. */
async function openCounterLive(page: Page, counterName: string, streams: () => number, before: number): Promise<void> {
  const picker = page.getByRole('button', { name: new RegExp(`^${counterName}`) });
  const open = page.getByRole('heading', { level: 1, name: counterName, exact: true });
  await expect(page.getByRole('heading', { name: 'Pilih loket Anda' }).or(open)).toBeVisible();
  if (await picker.isVisible()) await picker.click();
  await expect(open).toBeVisible();
  await expect.poll(streams, { timeout: 20_000 }).toBeGreaterThan(before);
}

test('an administrator adds a service and a counter, changes hours and a closure, creates a CSO; the open kiosk offers the new service', async ({ page, browser }) => {
  test.setTimeout(180_000);
  // The kiosk is open before anything changes, and is never reloaded.
  const kioskPage = await browser.newPage({ viewport: { width: 1080, height: 1920 } });
  const kiosk = new KioskPage(kioskPage, server);
  await kiosk.open();

  await page.setViewportSize({ width: 1600, height: 1100 });
  await page.goto(`${server.url}/admin/`);
  await page.getByLabel('Nama pengguna').fill(server.admin.username);
  await page.getByLabel('Kata sandi').fill(server.admin.password);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await expect(page.getByRole('heading', { name: 'Data cabang', level: 2 })).toBeVisible();
  await axeClean(page, 'cabang');

  // Two administrators on the same section: the second save, from the older page, is refused with who saved.
  const otherAdmin = await browser.newContext({ viewport: { width: 1600, height: 1100 } });
  const other = await otherAdmin.newPage();
  await other.goto(`${server.url}/admin/`);
  await signInAt(other, server.admin.username, server.admin.password);
  await expect(other.getByRole('heading', { name: 'Data cabang', level: 2 })).toBeVisible();
  await page.getByLabel('Teks berjalan', { exact: true }).fill('Selamat datang di BPJS Ketenagakerjaan');
  await page.getByRole('button', { name: 'Simpan teks berjalan' }).click();
  await expect(page.getByText('Teks berjalan tersimpan dan berlaku sekarang.')).toBeVisible();
  await other.getByLabel('Teks berjalan', { exact: true }).fill('Teks dari halaman lama');
  await other.getByRole('button', { name: 'Simpan teks berjalan' }).click();
  await expect(other.getByRole('alert')).toContainText(`Pengaturan ini sudah diubah oleh ${server.admin.username} (`);
  await expect(other.getByRole('alert')).toContainText('muat ulang halaman untuk melihat perubahannya lalu simpan lagi');
  await other.screenshot({ path: join(SHOTS, 'admin-conflict.png'), fullPage: true });
  await other.reload();
  await expect(other.getByLabel('Teks berjalan', { exact: true })).toHaveValue('Selamat datang di BPJS Ketenagakerjaan');
  await otherAdmin.close();

  // A service: a new letter E, names in both languages, only the elderly and disability lanes.
  await page.getByRole('button', { name: 'Layanan', exact: true }).click();
  const services = page.locator('section[aria-labelledby="services-title"]');
  await services.getByRole('button', { name: 'Tambah layanan' }).click();
  const added = services.locator(':scope > fieldset').last();
  await added.getByLabel('Id (huruf kecil, tetap)').fill('pensiun');
  await expect(added.getByLabel('Huruf layanan')).toHaveValue('E');
  await added.getByLabel('Nama (Indonesia)').fill('Layanan Pensiun');
  await added.getByLabel('Nama (Inggris)').fill('Pension service');
  await added.getByLabel('Keterangan (Indonesia)').fill('Klaim dan informasi Jaminan Pensiun.');
  await added.getByLabel('Lama layanan bawaan (menit)').fill('12');
  await added.getByLabel('Ibu hamil').uncheck();
  await added.getByLabel('E-klaim').uncheck();
  await services.getByRole('button', { name: 'Simpan layanan' }).click();
  await expect(services.getByRole('status')).toHaveText('Layanan tersimpan dan berlaku sekarang.');
  await axeClean(page, 'layanan');

  // A counter serving it.
  await page.getByRole('button', { name: 'Loket', exact: true }).click();
  const counters = page.locator('section[aria-labelledby="counters-title"]');
  await counters.getByRole('button', { name: 'Tambah loket' }).click();
  const counter = counters.locator(':scope > fieldset').last();
  await expect(counter.getByLabel('Nama loket')).toHaveValue('Loket 7');
  await counter.getByLabel('E Layanan Pensiun').check();
  await counters.getByRole('button', { name: 'Simpan loket' }).click();
  await expect(counters.getByRole('status')).toHaveText('Loket tersimpan dan berlaku sekarang.');
  await axeClean(page, 'loket');

  // Opening hours: Saturday mornings too, closing at 16.00; and a branch closure with its source.
  await page.getByRole('button', { name: 'Jam layanan dan libur' }).click();
  const hours = page.locator('section[aria-labelledby="hours-title"]');
  await hours.getByLabel('Sabtu').check();
  await hours.getByLabel('Jam tutup').fill('16:00');
  // The test runs at any hour: the kiosk keeps issuing outside the hours.
  await hours.getByLabel('Kios-K tetap memberi nomor di luar jam layanan').check();
  await hours.getByRole('button', { name: 'Simpan jam layanan' }).click();
  await expect(hours.getByRole('status').first()).toHaveText('Jam layanan tersimpan dan berlaku sekarang.');
  await hours.getByLabel('Tanggal').fill('2027-03-15');
  await hours.getByLabel('Keterangan').fill('Renovasi ruang layanan');
  await hours.getByLabel('Dasar hukum (surat edaran, keputusan)').fill('SE Kepala Cabang No. 3/2027');
  await hours.getByRole('button', { name: 'Simpan penutupan' }).click();
  await expect(hours.getByRole('row', { name: /2027-03-15 Penutupan cabang Renovasi ruang layanan SE Kepala Cabang No. 3\/2027/ })).toBeVisible();
  await expect(hours.getByRole('row', { name: /2027-01-01 Libur nasional/ })).toBeVisible();
  await axeClean(page, 'jam');

  // A CSO account; the CSO signs in at once and finds the new counter.
  await page.getByRole('button', { name: 'Akun petugas' }).click();
  const users = page.locator('section[aria-labelledby="users-title"]');
  await users.getByLabel('Nama pengguna').fill('cso.rina');
  await users.getByLabel('Nama tampilan').fill('Rina');
  await users.getByLabel('Kata sandi awal (minimal 10 karakter)').fill('sandi-rina-2026');
  await users.getByLabel(/^Peran(?! akun)/).selectOption('cso');
  await users.getByRole('button', { name: 'Buat akun' }).click();
  await expect(users.getByRole('status')).toContainText('Akun cso.rina dibuat');
  await expect(users.getByRole('cell', { name: 'cso.rina', exact: true })).toBeVisible();
  await axeClean(page, 'akun');
  const csoContext = await browser.newContext();
  const cso = await csoContext.newPage();
  const csoStreams = countStaffStreams(cso);
  await cso.goto(`${server.url}/counter/`);
  await cso.getByLabel('Nama pengguna').fill('cso.rina');
  await cso.getByLabel('Kata sandi').fill('sandi-rina-2026');
  await cso.getByRole('button', { name: 'Masuk' }).click();
  await expect(cso.getByRole('heading', { name: 'Pilih loket Anda' })).toBeVisible();
  await expect(cso.getByRole('button', { name: /Loket 7/ })).toBeVisible();
  await cso.screenshot({ path: join(SHOTS, 'admin-cso-picker.png'), fullPage: true });
  // The console keeps no token where its scripts could read it: the session is an HttpOnly cookie.
  const cookies = await csoContext.cookies();
  expect(cookies.find((c) => c.name === 'kiosk_session')).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
  expect(await cso.evaluate(() => JSON.stringify({ ...sessionStorage }) + document.cookie)).not.toContain(cookies.find((c) => c.name === 'kiosk_session')?.value ?? '-');
  await openCounterLive(cso, 'Loket 7', csoStreams, 0);

  // Disabled: the CSO's console ends its session at once and says why on the sign-in screen.
  await users.getByRole('button', { name: 'Nonaktifkan cso.rina' }).click();
  await expect(users.getByRole('status')).toContainText('Akun cso.rina dinonaktifkan');
  await expect(users.getByRole('row', { name: /cso\.rina Rina .* Nonaktif/ })).toBeVisible();
  await expect(cso.getByTestId('session-notice')).toHaveText('Sesi Anda berakhir karena akun Anda dinonaktifkan oleh administrator. Hubungi administrator cabang.', { timeout: 10_000 });
  await expect(cso.getByRole('heading', { name: 'Konsol Petugas Loket' })).toBeVisible();
  await cso.screenshot({ path: join(SHOTS, 'admin-cso-disabled.png'), fullPage: true });
  await signInAt(cso, 'cso.rina', 'sandi-rina-2026');
  await expect(cso.getByRole('alert')).toHaveText('Nama pengguna atau kata sandi salah.');

  // Enabled again, with a new password from the administrator (checked in the browser first).
  await users.getByRole('button', { name: 'Aktifkan cso.rina' }).click();
  await expect(users.getByRole('status')).toContainText('Akun cso.rina aktif kembali');
  await users.getByRole('button', { name: 'Atur ulang sandi cso.rina' }).click();
  const newPassword = users.getByLabel('Kata sandi baru untuk cso.rina (minimal 10 karakter)');
  await newPassword.fill('pendek');
  await users.getByRole('button', { name: 'Simpan sandi baru cso.rina' }).click();
  await expect(users.getByRole('alert')).toHaveText('Kata sandi baru: kata sandi minimal 10 karakter.');
  await newPassword.fill('sandi-baru-rina-7');
  await axeClean(page, 'akun-atur-ulang');
  await users.getByRole('button', { name: 'Simpan sandi baru cso.rina' }).click();
  await expect(users.getByRole('status')).toContainText('Kata sandi cso.rina diatur ulang');
  await signInAt(cso, 'cso.rina', 'sandi-rina-2026');
  await expect(cso.getByRole('alert')).toHaveText('Nama pengguna atau kata sandi salah.');
  const streamsBefore = csoStreams();
  await signInAt(cso, 'cso.rina', 'sandi-baru-rina-7');
  await openCounterLive(cso, 'Loket 7', csoStreams, streamsBefore);

  // A role change ends the session too (the next sign-in carries the new role).
  await users.getByLabel('Peran akun cso.rina').selectOption('supervisor');
  await users.getByRole('button', { name: 'Simpan peran cso.rina' }).click();
  await expect(users.getByRole('status')).toContainText('Peran cso.rina sekarang Kepala cabang (supervisor)');
  await expect(cso.getByTestId('session-notice')).toContainText('peran akun Anda diubah', { timeout: 10_000 });
  await axeClean(page, 'akun-daftar');
  await csoContext.close();

  // The kiosk, never reloaded, offers the new service the next time a visitor starts.
  await kioskPage.getByTestId('tile-ticket').click();
  await expect(kioskPage.getByTestId('service-pensiun')).toBeVisible({ timeout: 60_000 });
  await expect(kioskPage.getByTestId('service-pensiun')).toContainText('Layanan Pensiun');
  await kioskPage.screenshot({ path: join(SHOTS, 'admin-kiosk-new-service.png') });
  await kioskPage.getByTestId('service-pensiun').click();
  await expect(kiosk.screen('fast-track')).toBeVisible();
  // Only the lanes the service offers are shown.
  await expect(kioskPage.getByTestId('fast-track-elderly')).toBeVisible();
  await kioskPage.getByTestId('fast-track-none').click();
  await kioskPage.getByTestId('confirm').click();
  expect(await kiosk.shownNumber()).toBe('E-001');

  // The audit trail shows the settings and the account, by the administrator.
  await page.getByRole('button', { name: 'Jejak audit' }).click();
  const audit = page.locator('section[aria-labelledby="audit-title"]');
  await audit.getByLabel('Kategori').selectOption('settings');
  await audit.getByRole('button', { name: 'Tampilkan' }).click();
  await expect(audit.getByRole('row', { name: /e2e-admin Loket diubah/ })).toBeVisible();
  await expect(audit.getByRole('row', { name: /e2e-admin Layanan diubah .*added: pensiun\(E\)/ })).toBeVisible();
  await expect(audit.getByRole('row', { name: /e2e-admin Jam layanan diubah/ })).toBeVisible();
  await axeClean(page, 'audit');

  // Metrics scraped now pass promtool and agree with the day's ticket list.
  const token = await server.login();
  const metrics = await staffGet('/metrics', token);
  const dir = join(REPO_ROOT, 'test', 'artifacts');
  writeFileSync(join(dir, 'admin-metrics.txt'), metrics);
  expect(execFileSync('sh', ['-c', `promtool check metrics < "${join(dir, 'admin-metrics.txt')}" 2>&1`], { encoding: 'utf8' })).toBe('');
  const tickets = await kiosk.staffTickets();
  for (const serviceId of ['pensiun', 'jht']) {
    const line = metrics.split('\n').find((l) => l.startsWith(`kiosk_tickets_issued_today{service="${serviceId}"} `));
    expect(Number(line?.split(' ')[1]), serviceId).toBe(tickets.filter((t) => t.serviceId === serviceId).length);
  }
  expect(metrics).toMatch(/kiosk_print_jobs_total\{printer="kiosk",outcome="printed"\} [1-9]/);

  // The supervisor page shows the last good backup and the disk, with a warning when there is none.
  await page.goto(`${server.url}/supervisor/`);
  const panel = page.getByTestId('backup-panel');
  await expect(panel).toContainText('Cadangan terakhir yang baik:');
  await expect(panel).toContainText('Sisa disk:');
  const health = JSON.parse(await staffGet('/api/admin/health', token)) as { backup: { lastAt: string | null }; warnings: string[] };
  if (health.backup.lastAt === null) await expect(panel.getByRole('alert')).toContainText('Belum ada cadangan basis data');
  await axeClean(page, 'supervisor-backup');

  // Leave no waiting ticket behind.
  for (const t of tickets) await fetch(`${server.url}/api/tickets/${t.id}/cancel`, { method: 'POST', headers: { authorization: `Bearer ${token}` } });
  await kioskPage.close();
});

test('an administrator sets the kiosk printer to 58 mm paper from the Printer tab: saved and applied without a restart', async ({ page }) => {
  await page.setViewportSize({ width: 1600, height: 1100 });
  await page.goto(`${server.url}/admin/`);
  await signInAt(page, server.admin.username, server.admin.password);
  await page.getByRole('button', { name: 'Printer', exact: true }).click();
  const section = page.locator('section[aria-labelledby="printers-title"]');
  await expect(section.getByLabel('Alamat printer kiosk')).not.toHaveValue('');
  await section.getByLabel('Lebar kertas kiosk').selectOption('58mm');
  await section.getByRole('button', { name: 'Simpan printer kiosk' }).click();
  await expect(section.getByRole('status').first()).toHaveText('Printer tersimpan dan berlaku sekarang.');
  await axeClean(page, 'printer');
  // A bad address is refused in Indonesian and nothing changes.
  await section.getByLabel('Alamat printer kiosk').fill('ftp://printer');
  await section.getByRole('button', { name: 'Simpan printer kiosk' }).click();
  await expect(section.getByRole('alert')).toContainText('tidak dikenal: gunakan tcp://host:port');
  const token = await server.login();
  const printers = JSON.parse(await staffGet('/api/printers', token)) as { printers: { printerId: string; paperWidth?: string; setting?: string }[] };
  expect(printers.printers.find((p) => p.printerId === 'kiosk')).toMatchObject({ paperWidth: '58mm', setting: 'simulated' });
  await page.reload();
  await page.getByRole('button', { name: 'Printer', exact: true }).click();
  await expect(section.getByLabel('Lebar kertas kiosk')).toHaveValue('58mm');
});
