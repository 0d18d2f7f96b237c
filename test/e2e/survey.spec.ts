/**
 * The satisfaction survey in Chromium against the real server: the CSO finishes a ticket on the
 * console and the counter tablet opens the survey for it; one visitor gives only the quick rating,
 * another answers all nine; a second answer for the same ticket is refused; the kiosk's Survei
 * tile with a typed number; an answer given while the server is down arrives once after it
 * returns; the phone page from the paper's QR.
 */
import { expect, test, type Page } from '@playwright/test';
import { startQueueServer, type QueueServer } from './fixtures/queue-server.ts';

test.describe.configure({ mode: 'serial' });
test.use({ viewport: { width: 1080, height: 1920 } });

let server: QueueServer;
let token: string;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  server = await startQueueServer();
  token = await server.login();
});
test.afterAll(async () => server?.dispose());

async function call(method: string, path: string, body?: unknown, key?: string): Promise<{ status: number; body: Record<string, unknown> }> {
  const headers: Record<string, string> = { authorization: `Bearer ${token}` };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (key) headers['idempotency-key'] = key;
  const res = await fetch(server.url + path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await res.text();
  return { status: res.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
}

/** Issue, call, start and finish one ticket at a counter through the API; returns its number and id. */
async function serve(counterId: string): Promise<{ id: string; number: string; survey: { token: string; url: string } }> {
  const issued = await call('POST', '/api/tickets', { serviceId: 'jht' });
  const ticket = issued.body.ticket as { id: string; number: string };
  await call('POST', `/api/counters/${counterId}/call-next`);
  await call('POST', `/api/tickets/${ticket.id}/start`);
  const finished = await call('POST', `/api/tickets/${ticket.id}/finish`);
  return { ...ticket, survey: finished.body.survey as { token: string; url: string } };
}

async function responses(): Promise<number> {
  const day = new Date().toLocaleDateString('en-CA', { timeZone: 'Asia/Jakarta' });
  const ikm = await call('GET', `/api/surveys/ikm?from=${day}&to=${day}`);
  return (ikm.body.overall as { responses: number }).responses;
}

async function openTablet(page: Page, counterId: string, extra = ''): Promise<void> {
  await page.goto(`${server.url}/survei/?loket=${counterId}&poll=2&flush=1${extra}`);
  await expect(page.getByTestId('survey-idle')).toBeVisible();
}

test('the CSO finishes on the console and the tablet opens the survey; the quick rating alone is one answer', async ({ browser }) => {
  const consoleContext = await browser.newContext({ viewport: { width: 1600, height: 900 } });
  const consolePage = await consoleContext.newPage();
  const tabletContext = await browser.newContext({ viewport: { width: 1080, height: 1920 } });
  const tablet = await tabletContext.newPage();
  await openTablet(tablet, 'loket-1');
  await expect(tablet.getByText('Loket 1', { exact: true })).toBeVisible();

  const issued = await call('POST', '/api/tickets', { serviceId: 'jht' });
  const number = (issued.body.ticket as { number: string }).number;
  await consolePage.goto(`${server.url}/counter/`);
  await consolePage.getByLabel('Nama pengguna').fill(server.admin.username);
  await consolePage.getByLabel('Kata sandi').fill(server.admin.password);
  await consolePage.getByRole('button', { name: 'Masuk' }).click();
  await consolePage.getByRole('button', { name: /^Loket 1/ }).click();
  await consolePage.locator('[data-action=callNext]').click();
  await expect(consolePage.getByRole('status')).toHaveText(`Memanggil ${number}.`);
  await consolePage.keyboard.press('m');
  await expect(consolePage.getByRole('status')).toHaveText(`Melayani ${number}.`);
  // Not yet done: the tablet stays calm.
  await expect(tablet.getByTestId('survey-idle')).toBeVisible();
  await consolePage.keyboard.press('s');
  await expect(consolePage.getByRole('status')).toHaveText(`${number} selesai dilayani.`);

  await expect(tablet.getByTestId('survey-ticket')).toHaveText(`Tiket ${number} · Klaim JHT`);
  await tablet.getByTestId('face-3').click();
  await tablet.getByTestId('survey-finish').click();
  await expect(tablet.getByTestId('survey-thanks')).toBeVisible();
  // No answer stays on the tablet: thanks shows none, then the calm idle screen returns.
  await expect(tablet.locator('body')).not.toContainText('Puas');
  await tablet.getByTestId('survey-close').click();
  await expect(tablet.getByTestId('survey-idle')).toBeVisible();
  await expect.poll(responses).toBe(1);
  const stored = await tablet.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const open = indexedDB.open('kios-k');
        open.onsuccess = () => {
          const count = open.result.transaction('outbox').objectStore('outbox').count();
          count.onsuccess = () => resolve(count.result);
        };
      }),
  );
  expect(stored).toBe(0);
  await consoleContext.close();
  await tabletContext.close();
});

test('another visitor answers all nine elements and a comment on the tablet', async ({ page }) => {
  await openTablet(page, 'loket-2');
  const served = await serve('loket-2');
  await expect(page.getByTestId('survey-ticket')).toHaveText(`Tiket ${served.number} · Klaim JHT`);
  await page.getByTestId('face-4').click();
  await page.getByTestId('survey-elements-start').click();
  for (let i = 1; i <= 9; i++) {
    await expect(page.getByTestId('survey-progress')).toContainText(`Pertanyaan ${i} dari 9`);
    await page.getByTestId(i === 4 ? 'option-4' : 'option-3').click();
  }
  await page.getByTestId('survey-comment').fill('Petugas ramah, antrean tertib.');
  await page.getByTestId('survey-comment-send').click();
  await expect(page.getByTestId('survey-thanks')).toBeVisible();
  await expect.poll(responses).toBe(2);
  const day = new Date().toLocaleDateString('en-CA', { timeZone: 'Asia/Jakarta' });
  const ikm = await call('GET', `/api/surveys/ikm?from=${day}&to=${day}&counterId=loket-2`);
  // u4 = 4, the rest 3: (8 x 3 + 4) / 9 x 25 = 77.78 -> B.
  expect(ikm.body).toMatchObject({ n: 1, ikm: 77.78, grade: 'B' });
});

test('a second answer for the same ticket is refused kindly at the kiosk; the kiosk tile takes a typed number', async ({ page }) => {
  const answered = await serve('loket-3');
  const post = await fetch(`${server.url}/api/surveys`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ token: answered.survey.token, overall: 4 }) });
  expect(post.status).toBe(201);
  const fresh = await serve('loket-3');

  await page.goto(`${server.url}/`);
  await page.getByTestId('tile-survey').click();
  await expect(page.locator('[data-screen="survey-ticket"]')).toBeVisible();
  for (const ch of answered.number.replace('-', '')) await page.getByTestId(`key-${ch}`).click();
  await page.getByTestId('survey-ticket-submit').click();
  await expect(page.getByTestId('survey-ticket-problem')).toHaveText(`Survei untuk tiket ${answered.number} sudah diisi. Terima kasih atas partisipasi Anda.`);

  // The USB scanner types like a keyboard and ends with Enter; a typed number works the same.
  await page.getByTestId('key-delete').click({ clickCount: 6 });
  await page.getByTestId('survey-ticket-input').fill('');
  await page.getByTestId('survey-ticket-input').pressSequentially(fresh.number);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('survey-ticket')).toHaveText(`Tiket ${fresh.number} · Klaim JHT`);
  await page.getByTestId('face-2').click();
  await page.getByTestId('survey-finish').click();
  await expect(page.getByTestId('survey-thanks')).toBeVisible();
  await expect.poll(responses).toBe(4);
  // The same ticket again: refused.
  const again = await fetch(`${server.url}/api/surveys/claim`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ ticket: fresh.number }) });
  expect(again.status).toBe(409);
});

test('an answer given while the server is down arrives exactly once after it returns', async ({ page }) => {
  await openTablet(page, 'loket-4');
  const served = await serve('loket-4');
  await expect(page.getByTestId('survey-ticket')).toHaveText(`Tiket ${served.number} · Klaim JHT`);
  const before = await responses();
  const sent: string[] = [];
  page.on('request', (r) => {
    if (r.url().endsWith('/api/surveys') && r.method() === 'POST') sent.push(r.headers()['idempotency-key'] ?? '');
  });
  await server.stop();
  await page.getByTestId('face-1').click();
  await page.getByTestId('survey-finish').click();
  await expect(page.getByTestId('survey-thanks')).toBeVisible();
  // Let the outbox try (and fail) a few times against the stopped server.
  await page.waitForTimeout(2_500);
  await server.start();
  token = await server.login();
  await expect.poll(async () => (await responses()) - before, { timeout: 30_000 }).toBe(1);
  await page.waitForTimeout(2_000);
  expect((await responses()) - before).toBe(1);
  expect(new Set(sent).size).toBe(1);
});

test('the phone: the status page from the paper QR offers the survey once the ticket is done', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const issued = await call('POST', '/api/tickets', { serviceId: 'jht' });
  const ticket = issued.body.ticket as { id: string; number: string };
  const keyPage = await fetch(`${server.url}/tiket/${ticket.id}`);
  expect(await keyPage.text()).not.toContain('Isi survei');
  await call('POST', '/api/counters/loket-1/call-next');
  const res = await call('POST', `/api/tickets/${ticket.id}/start`);
  expect(res.status).toBe(200);
  await call('POST', `/api/tickets/${ticket.id}/finish`);
  // The QR the simulated printer put on the paper ticket: its URL carries the paper's key (?k=).
  const simulatedQr = (await import('node:fs')).readdirSync(`${server.dataDir}`, { recursive: true }).map(String).find((f) => f.includes(`tiket-${ticket.id}`) && f.endsWith('.png'));
  expect(simulatedQr, 'the simulated printer wrote the paper ticket').toBeDefined();
  const { PNG } = await import('pngjs');
  const jsQR = (await import('jsqr')).default;
  const png = PNG.sync.read((await import('node:fs')).readFileSync(`${server.dataDir}/${simulatedQr}`));
  const url = jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data ?? '';
  expect(url).toContain(`/tiket/${ticket.id}?k=`);
  await page.goto(url.replace(/^https?:\/\/[^/]+/, server.url));
  await page.getByTestId('open-survey').click();
  await expect(page.getByTestId('survey-ticket')).toHaveText(`Tiket ${ticket.number} · Klaim JHT`);
  await page.getByTestId('face-4').click();
  await page.getByTestId('survey-finish').click();
  await expect(page.getByTestId('survey-thanks')).toBeVisible();
  await page.goto(url.replace(/^https?:\/\/[^/]+/, server.url));
  await expect(page.getByTestId('open-survey')).toHaveCount(0);
});
