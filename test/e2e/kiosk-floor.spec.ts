/**
 * Issue 15, "Visitors at the kiosk": what a branch day showed, each kept fixed in Chromium against
 * the real queue-server. A finished session resets at once; wait estimates say what is true, the
 * same on screen and on the phone page; outside the hours the kiosk explains them; fast track only
 * where the branch configured it; QR codes never point to loopback; help says someone is coming;
 * the header carries the branch's identity (and its logo when configured).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, REPO_ROOT, startQueueServer, test, type QueueServer } from './fixtures/queue-server.ts';
import { KioskPage } from './page-models/kiosk-page.ts';

test.use({ viewport: { width: 1080, height: 1920 } });

async function staffPost(server: QueueServer, path: string, body: unknown = {}): Promise<Response> {
  const token = await server.login();
  return fetch(`${server.url}${path}`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
}

test('after Selesai the next visitor finds the defaults at once: language, large text, contrast, scroll', async ({ page, queueServer }) => {
  const kiosk = new KioskPage(page, queueServer);
  await kiosk.open('?result=60');
  await page.getByTestId('switch-language').click();
  await page.getByTestId('open-a11y').click();
  await page.getByTestId('toggle-largeText').click();
  await page.getByTestId('toggle-highContrast').click();
  await page.getByTestId('a11y-close').click();
  await kiosk.takeTicket('kepesertaan', 'none');
  await expect(page.locator('html')).toHaveClass(/text-large/);
  await page.getByTestId('result-done').click();
  // No idle timer involved (60 s result, default idle): the reset is immediate.
  await expect(kiosk.screen('home')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'id', { timeout: 1_000 });
  await expect(page.locator('html')).not.toHaveClass(/text-large|theme-contrast/, { timeout: 1_000 });
  await expect(page.getByTestId('tile-ticket')).toContainText('Ambil nomor antrean');
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
});

test('wait estimates say what is true: no counter open, then hours and minutes as a range, the same on screen and phone', async ({ page, queueServer }) => {
  const kiosk = new KioskPage(page, queueServer);
  // Every counter is closed on a fresh day.
  await kiosk.open('?result=60');
  await page.getByTestId('tile-ticket').click();
  const jht = page.getByTestId('service-jht');
  await expect(jht).toContainText(/belum ada loket yang buka/i);
  await expect(jht).not.toContainText('Bisa segera dilayani');
  await page.getByTestId('back').click();
  const first = await kiosk.takeTicket('jht', 'none');
  await expect(page.getByTestId('result-wait')).toContainText(/belum ada loket yang buka/i);
  const shownClosed = ((await page.getByTestId('result-wait').textContent()) ?? '').trim();
  await expect(page.getByTestId('result-wait')).not.toContainText('Segera dipanggil');
  const firstTicket = (await kiosk.staffTickets()).find((t) => t.number === first);
  const phone = await (await fetch(`${queueServer.url}/tiket/${firstTicket?.id ?? ''}`)).text();
  // The phone page says the same words as the screen.
  expect(phone).toContain(shownClosed);
  await page.getByTestId('result-done').click();

  // One counter open, one paused, 14 people waiting: hours and minutes, a range, never "210 menit".
  expect((await staffPost(queueServer, '/api/counters/loket-1/open')).status).toBe(200);
  expect((await staffPost(queueServer, '/api/counters/loket-2/open', { force: true })).status).toBeLessThan(300);
  expect((await staffPost(queueServer, '/api/counters/loket-2/pause', { reason: 'istirahat' })).status).toBeLessThan(300);
  for (let i = 0; i < 13; i += 1) {
    const issued = await fetch(`${queueServer.url}/api/tickets`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ serviceId: 'jht' }) });
    expect(issued.status).toBe(201);
  }
  await kiosk.open('?result=60');
  await kiosk.takeTicket('jht', 'none');
  const wait = page.getByTestId('result-wait');
  await expect(wait).toContainText(/sekitar \d+ jam( \d+ menit)? - \d+ jam/);
  await expect(wait).not.toContainText(/\b\d{3} menit/);
  const shown = (await wait.textContent()) ?? '';
  const tickets = await kiosk.staffTickets();
  const last = tickets[tickets.length - 1];
  const phoneNow = await (await fetch(`${queueServer.url}/tiket/${last?.id ?? ''}`)).text();
  expect(phoneNow).toContain(shown.trim());
});

test('fast track belongs to its services: e-klaim only for JHT, refused elsewhere, and the question promises nothing', async ({ page, queueServer }) => {
  const refused = await fetch(`${queueServer.url}/api/tickets`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ serviceId: 'informasi', fastTrack: 'eclaim' }) });
  expect(refused.status).toBe(400);
  expect(await refused.json()).toMatchObject({ error: { code: 'ticket.fast_track_not_offered', message: expect.stringContaining('tidak berlaku untuk layanan Informasi dan Pengaduan') } });

  const kiosk = new KioskPage(page, queueServer);
  await kiosk.open();
  await page.getByTestId('tile-ticket').click();
  await page.getByTestId('service-informasi').click();
  const question = kiosk.screen('fast-track');
  await expect(question).toBeVisible();
  await expect(page.getByTestId('fast-track-eclaim')).toHaveCount(0);
  await expect(page.getByTestId('fast-track-pregnant')).toBeVisible();
  await expect(question).not.toContainText('akan dilayani lebih dahulu');
  await expect(question).toContainText('bergantian dengan antrean biasa');
  await page.getByTestId('back').click();
  await page.getByTestId('service-jht').click();
  await expect(page.getByTestId('fast-track-eclaim')).toBeVisible();
});

test('Panggil petugas: a clear confirmation that someone is coming', async ({ page, queueServer }) => {
  const kiosk = new KioskPage(page, queueServer);
  await kiosk.open('?kiosk=kiosk-floor');
  await page.getByTestId('help').click();
  const dialog = page.getByTestId('help-coming');
  await expect(dialog).toBeVisible();
  await expect(dialog).toHaveAttribute('role', 'alertdialog');
  await expect(dialog).toContainText('Petugas sedang menuju ke sini');
  await expect(dialog).toContainText('Mohon tunggu di dekat layar ini');
  await page.getByTestId('help-coming-ok').click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByTestId('help-status')).toContainText('Petugas sudah dipanggil');
});

test('the header names the branch with the neutral mark by default', async ({ page, queueServer }) => {
  const kiosk = new KioskPage(page, queueServer);
  await kiosk.open();
  const identity = page.getByTestId('branch-identity');
  await expect(identity).toContainText('BPJS Ketenagakerjaan Kantor Cabang Jakarta Salemba');
  await expect(page.getByTestId('branch-neutral-mark')).toBeVisible();
  await expect(identity).not.toHaveText(/^K\b/);
});

test.describe('a branch file with its own logo, a loopback public address, and the real opening hours', () => {
  let server: QueueServer;
  let closed: QueueServer;
  test.beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kios-k-floor-'));
    const branch: Record<string, unknown> = JSON.parse(readFileSync(join(REPO_ROOT, 'queue-server', 'config', 'branch.default.json'), 'utf8'));
    writeFileSync(join(dir, 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10" fill="#0a4d8c"/></svg>');
    const withLogo = { ...branch, branch: { ...(branch.branch as object), logoPath: 'logo.svg' } };
    writeFileSync(join(dir, 'branch-logo.json'), JSON.stringify(withLogo));
    server = await startQueueServer({ env: { BRANCH_CONFIG: join(dir, 'branch-logo.json'), PUBLIC_BASE_URL: 'http://localhost:3000' } });
    // Closed today, whatever the day: the branch serves every weekday except today's.
    const today = ((new Date(Date.now() + 7 * 3_600_000).getUTCDay() + 6) % 7) + 1;
    const days = [1, 2, 3, 4, 5, 6, 7].filter((d) => d !== today);
    writeFileSync(join(dir, 'branch-closed.json'), JSON.stringify({ ...branch, openingHours: { days, opens: '08:00', closes: '15:30' } }));
    closed = await startQueueServer({ env: { BRANCH_CONFIG: join(dir, 'branch-closed.json'), KIOSK_ISSUE_OUTSIDE_HOURS: '0' } });
  });
  test.afterAll(async () => {
    await server?.dispose();
    await closed?.dispose();
  });

  test('the configured logo is served and shown in the header', async ({ page }) => {
    const kiosk = new KioskPage(page, server);
    await kiosk.open();
    const logo = page.getByTestId('branch-logo');
    await expect(logo).toBeVisible();
    expect(await logo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
    const served = await fetch(`${server.url}/api/kiosk/logo`);
    expect(served.headers.get('content-type')).toContain('image/svg+xml');
  });

  test('a loopback public address: refused for QR codes at start-up with a clear message; the kiosk shows no localhost QR', async ({ page }) => {
    expect(server.output()).toContain('Kode QR pada karcis dimatikan: alamat http://localhost:3000 hanya menunjuk ke komputer ini');
    const info: unknown = await (await fetch(`${server.url}/api/kiosk/info`)).json();
    expect(info).toMatchObject({ ticketStatusUrl: null });
    const kiosk = new KioskPage(page, server);
    await kiosk.open('?resultLong=60');
    await page.route('**/api/tickets', async (route) => {
      const answer = await route.fetch();
      const body: unknown = await answer.json();
      await route.fulfill({ response: answer, json: typeof body === 'object' && body !== null ? { ...body, print: { status: 'failed', reason: 'Printer karcis kehabisan kertas.' } } : body });
    });
    await kiosk.takeTicket('jht', 'none');
    await expect(page.getByTestId('print-status')).toContainText('Kode QR tidak tersedia');
    await expect(page.getByTestId('ticket-qr')).toHaveCount(0);
  });

  test('outside the opening hours the kiosk explains them instead of issuing', async ({ page }) => {
    const kiosk = new KioskPage(page, closed);
    await kiosk.open();
    const before = await kiosk.staffTickets();
    await page.getByTestId('tile-ticket').click();
    const screen = kiosk.screen('closed');
    await expect(screen).toBeVisible();
    await expect(screen).toContainText('Layanan loket sedang tutup');
    await expect(screen).toContainText('Jam layanan:');
    await expect(screen).toContainText('08.00-15.30');
    await expect(screen).toContainText(/Nomor antrean dapat diambil lagi hari \w+ pukul 08\.00/);
    await expect(kiosk.screen('choose-service')).toHaveCount(0);
    await page.getByTestId('back').click();
    await expect(kiosk.screen('home')).toBeVisible();
    expect(await kiosk.staffTickets()).toHaveLength(before.length);
  });
});
