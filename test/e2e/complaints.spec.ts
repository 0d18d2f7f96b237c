/**
 * Complaints in Chromium against the real server: filed at the kiosk with the on-screen keyboard
 * (the receipt on the simulated printer, looked at as a picture), looked up on a phone, kept on
 * the kiosk while the server is down and delivered once when it returns, filed by a CSO at the
 * counter, handled in the complaint officer's console (asked for data, 30 days later closed by
 * itself; another resolved). Then every complaint screen in both orientations and all display
 * modes: axe-core clean, big targets and text, no scrolling.
 */
import AxeBuilder from '@axe-core/playwright';
import { copyFileSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { REPO_ROOT, startQueueServer, type QueueServer } from './fixtures/queue-server.ts';
import { kioskLayoutProblems } from './page-models/layout-checks.ts';
import { KioskPage } from './page-models/kiosk-page.ts';

const SHOTS = join(REPO_ROOT, 'test', 'artifacts', 'screenshots');
mkdirSync(SHOTS, { recursive: true });
test.describe.configure({ mode: 'serial' });

const env: Record<string, string> = { QUEUE_CLOCK_OFFSET_MS: '0' };
let server: QueueServer;
test.beforeAll(async () => {
  server = await startQueueServer({ env });
});
test.afterAll(async () => {
  await server?.dispose();
});

async function api(path: string, init: { method?: string; token?: string; body?: unknown } = {}) {
  const res = await fetch(`${server.url}${path}`, {
    method: init.method ?? 'GET',
    headers: { 'content-type': 'application/json', ...(init.token ? { authorization: `Bearer ${init.token}` } : {}) },
    ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
  });
  return { status: res.status, body: (await res.json().catch(() => null)) as Record<string, any> }; // eslint-disable-line @typescript-eslint/no-explicit-any -- loose test reads
}

async function userToken(username: string, role: string): Promise<string> {
  const admin = await server.login();
  const password = `sandi-${username}-uji-1`;
  await api('/api/users', { method: 'POST', token: admin, body: { username, password, displayName: username, role } });
  return (await api('/api/auth/login', { method: 'POST', body: { username, password } })).body.token as string;
}

/** Types on the on-screen keyboard where it can, the physical keyboard for the rest. */
async function typeKeys(page: Page, text: string): Promise<void> {
  for (const ch of text) {
    const key = ch === ' ' ? page.getByTestId('cmp-key-space') : page.getByTestId(`cmp-key-${/[a-z]/i.test(ch) && !(await page.locator('.cmp-keys--code').count()) ? ch.toLowerCase() : ch}`);
    if (await key.count()) await key.first().click();
    else await page.keyboard.type(ch);
  }
}

const screen = (page: Page, id: string) => page.locator(`[data-screen="${id}"]`);

async function fileUpToReview(page: Page, name: string): Promise<void> {
  await page.getByTestId('tile-complaint').click();
  await expect(screen(page, 'complaint-intro')).toBeVisible({ timeout: 30_000 });
  await page.getByTestId('cmp-consent').click();
  await typeKeys(page, name);
  await page.getByTestId('cmp-next').click();
  await expect(screen(page, 'complaint-nik')).toBeVisible();
  await typeKeys(page, '3273014101900009');
  // Masked as typed: only the last digit shows.
  await expect(page.getByTestId('cmp-field')).toHaveValue('•••• •••• •••• •••9');
  await page.getByTestId('cmp-next').click();
  await page.getByTestId('cmp-skip').click(); // KPJ
  await typeKeys(page, '081234567890');
  await page.getByTestId('cmp-next').click();
  // The optional e-mail, typed on the on-screen keyboard (its @ and the ".com" key).
  await expect(screen(page, 'complaint-email')).toBeVisible();
  await typeKeys(page, 'siti.aminah_01@mail');
  await page.getByTestId('cmp-key-.com').click();
  await expect(page.getByTestId('cmp-field')).toHaveValue('siti.aminah_01@mail.com');
  await page.getByTestId('cmp-next').click();
  await page.getByTestId('cmp-category-klaim-jht').click();
  await page.getByTestId('cmp-when-Hari ini').click();
  await page.getByTestId('cmp-place-Di kantor cabang ini').click();
  await page.getByTestId('cmp-next').click();
  await expect(screen(page, 'complaint-description')).toBeVisible();
  await page.keyboard.type('Klaim JHT saya belum cair tiga minggu.');
  await page.getByTestId('cmp-next').click();
  await expect(screen(page, 'complaint-ticketNumber')).toBeVisible();
  // The USB barcode scanner types the ticket number and presses Enter.
  await page.keyboard.type('A-012');
  await page.keyboard.press('Enter');
  await expect(screen(page, 'complaint-review')).toBeVisible();
}

test('a complaint filed at the kiosk: receipt on screen and on the simulated printer, status on a phone', async ({ page, browser }) => {
  await page.setViewportSize({ width: 1080, height: 1920 });
  const kiosk = new KioskPage(page, server);
  await kiosk.open();
  await fileUpToReview(page, 'Siti Aminah');
  const review = page.getByTestId('cmp-review');
  await expect(review).toContainText('3273 •••• •••• 0009');
  await expect(review).toContainText('0812 •••• 7890');
  await expect(review).toContainText('s•••@mail.com');
  await expect(review).not.toContainText('3273014101900009');
  await expect(review).not.toContainText('siti.aminah_01');
  await page.screenshot({ path: join(SHOTS, 'complaint-review.png') });
  await page.getByTestId('cmp-submit').click();
  await expect(screen(page, 'complaint-receipt')).toBeVisible();
  const reference = (await page.getByTestId('cmp-reference').textContent()) ?? '';
  const code = (await page.getByTestId('cmp-check-code').textContent()) ?? '';
  expect(reference).toMatch(/^PGD-\d{8}-\d{3}$/);
  expect(code).toMatch(/^[A-Z2-9]{6}$/);
  await expect(page.getByTestId('cmp-print')).toHaveText('Tanda terima sudah dicetak.', { timeout: 20_000 });
  await page.screenshot({ path: join(SHOTS, 'complaint-receipt-screen.png') });

  // The simulated printer wrote the receipt's picture; keep a copy to look at.
  const dir = join(server.dataDir, 'printer-sim', 'kiosk');
  const findPng = () => (existsSync(dir) ? readdirSync(dir).find((f) => f.includes(reference) && f.endsWith('.png')) : undefined);
  await expect.poll(findPng, { timeout: 10_000 }).toBeDefined();
  const png = findPng();
  copyFileSync(join(dir, png ?? ''), join(SHOTS, 'complaint-receipt-paper.png'));

  // A phone opens the QR's address: status and dates, no personal data.
  const phoneContext = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, locale: 'id-ID' });
  const phone = await phoneContext.newPage();
  await phone.goto(`${server.url}/pengaduan/?ref=${reference}&code=${code}`);
  await expect(phone.getByTestId('status-value')).toHaveText('Diterima');
  await expect(phone.getByTestId('status-result')).not.toContainText('Siti');
  await phone.screenshot({ path: join(SHOTS, 'complaint-phone-status.png'), fullPage: true });
  const axe = await new AxeBuilder({ page: phone }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  // A wrong code looks like an unknown reference.
  await phone.goto(`${server.url}/pengaduan/?ref=${reference}&code=AAAAAA`);
  await expect(phone.getByRole('alert')).toContainText('tidak ditemukan');
  await phoneContext.close();
});

test('the server stops during submission: the complaint is kept on the kiosk and arrives once when it returns', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  const kiosk = new KioskPage(page, server);
  await kiosk.open();
  await fileUpToReview(page, 'Budi Santoso');
  await server.stop();
  await page.getByTestId('cmp-submit').click();
  await expect(screen(page, 'complaint-queued')).toBeVisible({ timeout: 20_000 });
  await page.screenshot({ path: join(SHOTS, 'complaint-queued.png') });
  await page.getByTestId('cmp-finish').click();
  await server.start();
  // The kiosk page reloads as the server comes back (its own restart, a power blink): nobody opens
  // Pengaduan again, and the kept complaint must still arrive, sent by the page's own sender.
  await page.reload();
  await expect(kiosk.screen('home')).toBeVisible();
  const officer = await userToken('rina', 'complaint_officer');
  await expect
    .poll(async () => ((await api('/api/complaints?status=open', { token: officer })).body.complaints as { reporterName: string }[]).filter((c) => c.reporterName === 'Budi Santoso').length, { timeout: 60_000, intervals: [1000] })
    .toBe(1);
  // A while later, still exactly one (the outbox does not resend what was delivered).
  await page.waitForTimeout(6_000);
  const again = (await api('/api/complaints?status=open', { token: officer })).body.complaints as { reporterName: string; channel: string }[];
  expect(again.filter((c) => c.reporterName === 'Budi Santoso')).toEqual([expect.objectContaining({ channel: 'kiosk' })]);
});

test('the CSO files a complaint at the counter for the visitor being served', async ({ page }) => {
  await page.setViewportSize({ width: 1600, height: 1000 });
  const cso = await userToken('dewi', 'cso');
  const admin = await server.login();
  await api('/api/tickets', { method: 'POST', token: admin, body: { serviceId: 'informasi' } });
  await page.goto(`${server.url}/counter/`);
  await page.getByLabel('Nama pengguna').fill('dewi');
  await page.getByLabel('Kata sandi').fill('sandi-dewi-uji-1');
  await page.getByRole('button', { name: 'Masuk' }).click();
  await page.getByRole('button', { name: /^Loket 6/ }).click();
  await page.locator('[data-action=callNext]').click();
  await expect(page.getByRole('status').first()).toContainText('D-001');
  await page.getByTestId('counter-complaint-toggle').click();
  const form = page.getByTestId('staff-complaint-form');
  await expect(form).toContainText('D-001');
  await form.getByLabel('Nama lengkap').fill('Andi Wijaya');
  await form.getByLabel('NIK').fill('3171011203850001');
  await form.getByLabel('Nomor HP').fill('081298765432');
  await form.getByLabel('Kategori').selectOption('pelayanan');
  await form.getByLabel('Uraian').fill('Petugas satpam meminta saya antre dua kali untuk layanan yang sama.');
  await form.getByRole('button', { name: 'Catat pengaduan' }).click();
  await expect(page.getByTestId('staff-complaint-message')).toContainText(/Pengaduan PGD-\d{8}-\d{3} diterima/);
  await page.screenshot({ path: join(SHOTS, 'complaint-counter.png'), fullPage: true });
  const officer = (await api('/api/auth/login', { method: 'POST', body: { username: 'rina', password: 'sandi-rina-uji-1' } })).body.token as string;
  const list = (await api('/api/complaints', { token: officer })).body.complaints as { reporterName: string; channel: string; reference: string }[];
  const filed = list.find((c) => c.reporterName === 'Andi Wijaya');
  expect(filed?.channel).toBe('counter');
  const detail = (await api(`/api/complaints/${filed?.reference ?? ''}`, { token: officer })).body.complaint;
  expect(detail).toMatchObject({ ticketNumber: 'D-001', counterId: 'loket-6', receivedBy: 'dewi' });
  expect(cso).toBeTruthy();
});

test('the complaint officer asks for data, 30 days pass and it closes itself; another is resolved', async ({ page }) => {
  await page.setViewportSize({ width: 1600, height: 1000 });
  const list = (await api('/api/complaints', { token: (await api('/api/auth/login', { method: 'POST', body: { username: 'rina', password: 'sandi-rina-uji-1' } })).body.token })).body.complaints as { reporterName: string; reference: string }[];
  const siti = list.find((c) => c.reporterName === 'Siti Aminah')?.reference ?? '';
  const budi = list.find((c) => c.reporterName === 'Budi Santoso')?.reference ?? '';
  await page.goto(`${server.url}/complaints/`);
  await page.getByLabel('Nama pengguna').fill('rina');
  await page.getByLabel('Kata sandi').fill('sandi-rina-uji-1');
  await page.getByRole('button', { name: 'Masuk' }).click();
  // Free text with HTML (sent as a kiosk would): shown literally, never run.
  const html = '<img src=x onerror="document.title=1"><b>tebal</b> klaim saya ditolak tanpa alasan.';
  const hostile = (await api('/api/complaints', { method: 'POST', body: { reporter: { name: 'Uji Teks', nik: '3273010101900009', phone: '081200001111' }, category: 'lainnya', description: html, consent: true } })).body.complaint.reference as string;
  await page.getByTestId('cc-list').getByRole('button', { name: hostile }).click();
  await expect(page.locator('#cc-detail-title')).toContainText(hostile);
  await expect(page.getByTestId('cc-description')).toHaveText(html);
  expect(await page.locator('[data-testid="cc-description"] img, [data-testid="cc-description"] b').count()).toBe(0);
  // The category filter asks by id (the list shows names): only the JHT claims remain.
  await page.getByTestId('cc-filter-category').selectOption('klaim-jht');
  await expect(page.getByTestId('cc-list').getByRole('button', { name: hostile })).toHaveCount(0);
  await expect(page.getByTestId('cc-list').getByRole('button', { name: siti })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await page.getByTestId('cc-filter-category').selectOption('');
  await page.getByTestId('cc-list').getByRole('button', { name: siti }).click();
  await expect(page.locator('#cc-detail-title')).toContainText(siti);
  const detail = page.getByTestId('cc-detail');
  await expect(page.getByTestId('cc-description')).toHaveText('Klaim JHT saya belum cair tiga minggu.');
  await expect(detail).toContainText('3273014101900009');
  await expect(page.getByTestId('cc-email')).toHaveText('siti.aminah_01@mail.com');
  // The timeline speaks Indonesian: no action code shows.
  await expect(page.getByTestId('cc-timeline')).toContainText('Rincian dibuka');
  await expect(page.getByTestId('cc-timeline')).toContainText('Diterima: melalui kanal Kios-K');
  await page.getByTestId('cc-note').fill('Mohon kirim foto buku tabungan ke care@bpjsketenagakerjaan.go.id.');
  await page.getByTestId('cc-action-request_data').click();
  await expect(page.getByTestId('cc-status')).toHaveText('Menunggu kelengkapan data');
  await expect(page.getByTestId('cc-clock')).toContainText('Dijeda');
  await expect(page.getByTestId('cc-clock')).toContainText('rina');
  await page.screenshot({ path: join(SHOTS, 'complaint-console-paused.png'), fullPage: true });
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

  // Another one is resolved: verified, then resolved with the answer given to the participant.
  await page.getByTestId('cc-list').getByRole('button', { name: budi }).click();
  await expect(page.locator('#cc-detail-title')).toContainText(budi);
  // Same NIK and category as Siti's open complaint: a hint, with a recorded link.
  await expect(page.getByTestId('cc-duplicate')).toContainText(siti);
  await page.getByTestId('cc-note').fill('Identitas dan tiket cocok.');
  await page.getByTestId('cc-action-verify').click();
  await expect(page.getByTestId('cc-status')).toHaveText('Diverifikasi');
  await page.getByTestId('cc-note').fill('Klaim sudah dibayar; bukti transfer dikirim lewat WhatsApp.');
  await page.getByTestId('cc-action-resolve').click();
  await expect(page.getByTestId('cc-status')).toHaveText('Selesai');
  await expect(page.getByTestId('cc-timeline')).toContainText('Klaim sudah dibayar');
  await expect(page.getByTestId('cc-timeline')).toContainText('Diselesaikan');
  await expect(page.getByTestId('cc-timeline')).not.toContainText(/\b(verify|resolve|request_data|participant_accepts)\b/);

  // 31 days later (the server's clock moved forward and restarted): closed by itself.
  env.QUEUE_CLOCK_OFFSET_MS = String(31 * 86_400_000);
  await server.stop();
  await server.start();
  const officer = (await api('/api/auth/login', { method: 'POST', body: { username: 'rina', password: 'sandi-rina-uji-1' } })).body.token as string;
  const closed = (await api(`/api/complaints/${siti}`, { token: officer })).body.complaint;
  expect(closed.status).toBe('ditutup_tidak_lengkap');
  await page.reload();
  // The stored session expired with the 31 days: the page finds out from its first list request,
  // so wait for that answer before deciding whether to sign in again.
  await page.waitForLoadState('networkidle');
  if (await page.getByLabel('Nama pengguna').count()) {
    await page.getByLabel('Nama pengguna').fill('rina');
    await page.getByLabel('Kata sandi').fill('sandi-rina-uji-1');
    await page.getByRole('button', { name: 'Masuk' }).click();
  }
  await page.getByTestId('cc-filter-status').selectOption('');
  await page.getByTestId('cc-list').getByRole('button', { name: siti }).click();
  await expect(page.locator('#cc-detail-title')).toContainText(siti);
  await expect(page.getByTestId('cc-status')).toHaveText('Ditutup (data tidak lengkap)');
  await expect(page.getByTestId('cc-timeline')).toContainText('Ditutup otomatis');
  await page.screenshot({ path: join(SHOTS, 'complaint-console-closed.png'), fullPage: true });
  env.QUEUE_CLOCK_OFFSET_MS = '0';
  await server.stop();
  await server.start();
});

const ORIENTATIONS = [
  { name: 'portrait', viewport: { width: 1080, height: 1920 } },
  { name: 'landscape', viewport: { width: 1920, height: 1080 } },
] as const;
const MODES = ['normal', 'large-text', 'high-contrast'] as const;

for (const orientation of ORIENTATIONS) {
  for (const mode of MODES) {
    test(`every complaint screen, ${orientation.name}, ${mode}: axe clean, big targets and text, fits the screen`, async ({ page }) => {
      test.setTimeout(180_000);
      await page.setViewportSize(orientation.viewport);
      const kiosk = new KioskPage(page, server);
      await kiosk.open();
      if (mode !== 'normal') {
        await page.getByTestId('open-a11y').click();
        await page.getByTestId(mode === 'large-text' ? 'toggle-largeText' : 'toggle-highContrast').click();
        await page.getByTestId('a11y-close').click();
      }
      const capture = async (name: string) => {
        await page.waitForTimeout(150);
        await page.screenshot({ path: join(SHOTS, `complaint-${orientation.name}-${mode}-${name}.png`) });
        const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
        expect.soft(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${name}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
        expect.soft(await kioskLayoutProblems(page, { checkHeight: true }), name).toEqual([]);
      };
      await page.getByTestId('tile-complaint').click();
      await expect(screen(page, 'complaint-intro')).toBeVisible({ timeout: 30_000 });
      await capture('01-intro');
      await page.getByTestId('cmp-consent').click();
      await typeKeys(page, 'Siti');
      await capture('02-name');
      await typeKeys(page, ' Aminah');
      await page.getByTestId('cmp-next').click();
      await typeKeys(page, '3273014101900009');
      await capture('03-nik');
      await page.getByTestId('cmp-next').click();
      await capture('04-kpj');
      await page.getByTestId('cmp-skip').click();
      await expect(screen(page, 'complaint-phone')).toBeVisible();
      await page.keyboard.type('081234567890');
      await capture('05-phone');
      await page.getByTestId('cmp-next').click();
      await expect(screen(page, 'complaint-email')).toBeVisible();
      await typeKeys(page, 'siti');
      await page.getByTestId('cmp-key-@gmail.com').click();
      await capture('05b-email');
      await page.getByTestId('cmp-next').click();
      await capture('06-category');
      await page.getByTestId('cmp-category-data-kepesertaan').click();
      await page.getByTestId('cmp-when-Kemarin').click();
      await capture('07-when');
      await page.getByTestId('cmp-next').click();
      await expect(screen(page, 'complaint-description')).toBeVisible();
      await page.keyboard.type('Nomor kartu saya berbeda dengan yang tampil di aplikasi JMO sejak bulan lalu.');
      await capture('08-description');
      await page.getByTestId('cmp-next').click();
      await capture('09-ticket');
      await page.getByTestId('cmp-skip').click();
      await capture('10-review');
      await page.getByTestId('cmp-submit').click();
      await expect(screen(page, 'complaint-receipt')).toBeVisible();
      await expect(page.getByTestId('cmp-print')).not.toHaveText('Mencetak tanda terima…', { timeout: 20_000 });
      await capture('11-receipt');
      await page.getByTestId('cmp-finish').click();
      await page.getByTestId('tile-complaint').click();
      await page.getByTestId('cmp-suggestion').click();
      await expect(screen(page, 'complaint-suggestion')).toBeVisible();
      await page.keyboard.type('Mohon tambah kursi di ruang tunggu.');
      await capture('12-suggestion');
      await page.getByTestId('cmp-next').click();
      await expect(screen(page, 'complaint-suggestion-done')).toBeVisible();
      await capture('13-suggestion-done');
      await page.getByTestId('cmp-finish').click();
      await page.getByTestId('tile-complaint').click();
      await page.getByTestId('cmp-lookup').click();
      await expect(screen(page, 'complaint-lookupReference')).toBeVisible();
      await page.keyboard.type('PGD-20260101-001');
      await capture('14-lookup-reference');
      await page.getByTestId('cmp-next').click();
      await expect(screen(page, 'complaint-lookupCode')).toBeVisible();
      await page.keyboard.type('ABC234');
      await page.getByTestId('cmp-next').click();
      await expect(screen(page, 'complaint-lookup-result')).toBeVisible();
      await capture('15-lookup-result');
      expect(existsSync(SHOTS)).toBe(true);
    });
  }
}
