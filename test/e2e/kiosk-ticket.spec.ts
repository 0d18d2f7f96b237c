/**
 * The kiosk ticket flow in Debian's Chromium against the real queue-server: one ticket for each
 * fast-track answer, a double tap or a lost answer never makes two tickets, help reaches staff,
 * the placeholders lead somewhere useful.
 */
import { expect, test } from './fixtures/queue-server.ts';
import { KioskPage, type FastTrackChoice } from './page-models/kiosk-page.ts';

test.use({ viewport: { width: 1080, height: 1920 } });

const CHOICES: Array<{ choice: FastTrackChoice; service: string; label: string | null }> = [
  { choice: 'pregnant', service: 'jht', label: 'Sedang hamil' },
  { choice: 'disability', service: 'jkk-jkm-jp', label: 'Penyandang disabilitas' },
  { choice: 'elderly', service: 'kepesertaan', label: 'Lansia (60 tahun ke atas)' },
  { choice: 'eclaim', service: 'jht', label: 'Sudah mengajukan klaim lewat E-klaim (online)' },
  { choice: 'none', service: 'informasi', label: null },
];

for (const { choice, service, label } of CHOICES) {
  test(`a visitor choosing "${choice}" gets one ${choice === 'none' ? 'regular' : 'fast-track'} ticket for ${service}`, async ({ page, queueServer }) => {
    const kiosk = new KioskPage(page, queueServer);
    await kiosk.open();
    const before = await kiosk.staffTickets();
    const number = await kiosk.takeTicket(service, choice);
    expect(number).toMatch(/^[A-Z]-\d{3,}$/);
    if (label) await expect(page.getByTestId('result-priority')).toHaveText(label);
    else await expect(page.getByTestId('result-priority')).toHaveCount(0);
    await expect(page.getByTestId('result-ahead')).toBeVisible();
    await expect(page.getByTestId('result-wait')).toBeVisible();
    await expect(page.getByTestId('print-status')).toBeVisible();

    const after = await kiosk.staffTickets();
    expect(after).toHaveLength(before.length + 1);
    const made = after.find((t) => t.number === number);
    expect(made).toMatchObject({ serviceId: service, fastTrack: choice === 'none' ? null : choice });
  });
}

test('a double tap on confirm gives one ticket', async ({ page, queueServer }) => {
  const kiosk = new KioskPage(page, queueServer);
  await kiosk.open();
  const before = await kiosk.staffTickets();
  await kiosk.toConfirm('jht', 'none');
  await page.getByTestId('confirm').dblclick();
  const number = await kiosk.shownNumber();
  await page.getByTestId('result-done').click();
  await expect(kiosk.screen('home')).toBeVisible();

  // Two taps inside one frame, before the screen can change: the machine must ignore the second.
  await kiosk.toConfirm('jht', 'none');
  await page.getByTestId('confirm').evaluate((button: HTMLElement) => {
    button.click();
    button.click();
    button.click();
  });
  const second = await kiosk.shownNumber();
  expect(second).not.toBe(number);

  const after = await kiosk.staffTickets();
  expect(after.length).toBe(before.length + 2);
});

test('when the answer is lost, the retry with the same key shows the one ticket the server made', async ({ page, queueServer }) => {
  const kiosk = new KioskPage(page, queueServer);
  await kiosk.open('?timeout=2&retry=1');
  const before = await kiosk.staffTickets();
  const keys: string[] = [];
  let lost = 0;
  await page.route('**/api/tickets', async (route) => {
    keys.push((await route.request().headerValue('idempotency-key')) ?? '');
    if (lost === 0) {
      lost += 1;
      // The server makes the ticket, but its answer never reaches the kiosk.
      await route.fetch();
      await route.abort('timedout');
      return;
    }
    await route.continue();
  });
  await kiosk.toConfirm('kepesertaan', 'none');
  await page.getByTestId('confirm').click();
  await expect(kiosk.screen('issue-offline')).toBeVisible();
  await expect(page.getByTestId('ticket-number')).toHaveCount(0);
  const number = await kiosk.shownNumber();

  expect(keys.length).toBeGreaterThanOrEqual(2);
  expect(new Set(keys).size).toBe(1);
  const after = await kiosk.staffTickets();
  expect(after).toHaveLength(before.length + 1);
  expect(after.some((t) => t.number === number)).toBe(true);
});

test('Panggil petugas raises a help request staff can see', async ({ page, queueServer }) => {
  const kiosk = new KioskPage(page, queueServer);
  await kiosk.open('?kiosk=kiosk-e2e');
  await page.getByTestId('help').click();
  await expect(page.getByTestId('help-status')).toHaveText(/Petugas sudah dipanggil/);
  const token = await queueServer.login();
  const response = await fetch(`${queueServer.url}/api/help-requests`, { headers: { authorization: `Bearer ${token}` } });
  expect(await response.text()).toContain('kiosk-e2e');
});

test('Informasi leads to an Information ticket', async ({ page, queueServer }) => {
  const kiosk = new KioskPage(page, queueServer);
  await kiosk.open();
  await page.getByTestId('tile-faq').click();
  // The FAQ issue replaces the stand-in with its own screens; both offer an Information ticket.
  await page.locator('[data-testid="faq-take-ticket"], [data-testid="placeholder-take-ticket"]').first().click({ timeout: 30_000 });
  await expect(kiosk.screen('fast-track')).toBeVisible();
  await page.getByTestId('fast-track-none').click();
  await expect(page.getByTestId('confirm-service')).toHaveText('Informasi dan Pengaduan');
  await page.getByTestId('cancel').click();
  await expect(kiosk.screen('home')).toBeVisible();

});

test('English can be chosen and the services follow', async ({ page, queueServer }) => {
  const kiosk = new KioskPage(page, queueServer);
  await kiosk.open();
  await page.getByTestId('switch-language').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByTestId('tile-ticket').click();
  await expect(page.getByTestId('service-jht')).toContainText('JHT claim');
});

test('read aloud works out of the box: recorded Indonesian clips when the browser has no Indonesian voice', async ({ page, queueServer }) => {
  const kiosk = new KioskPage(page, queueServer);
  await kiosk.open();
  const voices = await page.evaluate(() => speechSynthesis.getVoices().filter((v) => v.lang.toLowerCase().replace('_', '-').startsWith('id')).length);
  const clips: string[] = [];
  page.on('response', (response) => {
    // Media loads may answer 206 (a range).
    if (response.url().includes('/audio/kiosk/') && response.status() < 300) clips.push(new URL(response.url()).pathname);
  });
  await page.getByTestId('open-a11y').click();
  await page.getByTestId('toggle-readAloud').click();
  await expect(page.getByTestId('toggle-readAloud')).toHaveAttribute('aria-pressed', 'true');
  // Indonesian can always be heard (a browser voice or the clips): no "no voice" warning.
  await expect(page.getByTestId('no-voice')).toHaveCount(0);
  await page.getByTestId('a11y-close').click();
  await page.getByTestId('tile-ticket').click();
  await expect(kiosk.screen('choose-service')).toBeVisible();
  if (voices === 0) {
    // Debian's Chromium here has no Indonesian voice: the screen's own recorded clip plays.
    await expect.poll(() => clips).toContain('/audio/kiosk/choose-service.ogg');
    const played = await page.evaluate(async () => {
      const audio = new Audio('/audio/kiosk/choose-service.ogg');
      await new Promise((resolve, reject) => {
        audio.addEventListener('loadedmetadata', resolve);
        audio.addEventListener('error', reject);
      });
      return audio.duration;
    });
    expect(played).toBeGreaterThan(1);
  } else {
    // A browser voice exists: it speaks, and no clip is fetched.
    await page.waitForTimeout(500);
    expect(clips).toEqual([]);
  }
  await page.getByTestId('back').click();
  expect(await kiosk.takeTicket('informasi', 'none')).toMatch(/^D-\d{3,}$/);
});
