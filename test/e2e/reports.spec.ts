/**
 * The branch head's reports page on a generated Semester II 2026 (demo:generate through the engine,
 * July to November, 40 visitors a working day): the semester report at 1920x1080 and 1280x720, the
 * A4 printout (page.pdf with print media), a filter, a CSV export, the server's semester PDF;
 * axe-core finds nothing serious. Its own server: the generated folder is its data dir.
 */
import AxeBuilder from '@axe-core/playwright';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { DEMO_HEAD, generateDemo } from '../../queue-server/reports/demo/generate.ts';
import { startServerProcess, type ServerProcess } from '../support/server-process.ts';
import { REPO_ROOT, ensureBuilt } from './fixtures/queue-server.ts';

const SHOTS = join(REPO_ROOT, 'test', 'artifacts', 'screenshots');
mkdirSync(SHOTS, { recursive: true });
const dataDir = mkdtempSync(join(tmpdir(), 'kios-k-reports-e2e-'));
let server: ServerProcess;

test.describe.configure({ timeout: 240_000 });

test.beforeAll(async () => {
  test.setTimeout(240_000);
  ensureBuilt();
  await generateDemo({ days: 153, perDay: 40, dataDir, seed: 5, end: '2026-11-30' });
  server = await startServerProcess({ DATA_DIR: dataDir });
});

test.afterAll(async () => {
  await server.kill();
  rmSync(dataDir, { recursive: true, force: true });
});

async function openSemester(page: Page): Promise<void> {
  await page.goto(`${server.url}/reports/?period=semester&date=2026-09-15`);
  await page.getByLabel('Nama pengguna').fill(DEMO_HEAD.username);
  await page.getByLabel('Kata sandi').fill(DEMO_HEAD.password);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await expect(page.getByRole('heading', { name: 'Laporan Monitoring dan Evaluasi Semester' })).toBeVisible();
  await expect(page.getByTestId('kpi-ikm')).toBeVisible();
}

async function expectAxeClean(page: Page): Promise<void> {
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
}

for (const size of [{ width: 1920, height: 1080 }, { width: 1280, height: 720 }]) {
  test(`the semester report at ${size.width}x${size.height}: figures, charts with tables, no horizontal scroll, axe clean`, async ({ page }) => {
    await page.setViewportSize(size);
    await openSemester(page);
    await expect(page.getByTestId('report-period')).toHaveText('Semester II 2026');
    const issued = Number((await page.getByTestId('kpi-issued').textContent())?.replace(/\./g, ''));
    expect(issued).toBeGreaterThan(3000);
    await expect(page.getByTestId('table-per-jam').locator('tbody tr').first()).toContainText('08.00');
    // Eight charts of the queue and quality sections and the FAQ's most read answers.
    await expect(page.locator('figure.chart svg[role="img"]')).toHaveCount(9);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(SHOTS, `reports-semester-${size.width}x${size.height}.png`) });
    await page.screenshot({ path: join(SHOTS, `reports-semester-${size.width}x${size.height}-full.png`), fullPage: true });
    await expect(page.getByTestId('table-faq-dibaca').locator('tbody tr')).toHaveCount(10);
    await page.locator('section[aria-labelledby="sec-faq"]').screenshot({ path: join(SHOTS, `reports-semester-faq-${size.width}x${size.height}.png`) });
    await expectAxeClean(page);
  });
}

test('filters, CSV of a table, the A4 printout and the server PDF', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openSemester(page);
  const all = Number((await page.getByTestId('kpi-issued').textContent())?.replace(/\./g, ''));
  await page.getByTestId('filter-service').selectOption('jht');
  await expect.poll(async () => Number((await page.getByTestId('kpi-issued').textContent())?.replace(/\./g, ''))).toBeLessThan(all);
  await expect(page.getByTestId('table-per-layanan').locator('tbody tr')).toHaveCount(4);
  await expect(page.getByTestId('table-per-layanan').locator('tbody tr').nth(1)).toContainText('0');

  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByTestId('csv-per-jam').click()]);
  const text = readFileSync(await csv.path(), 'utf8');
  expect(text.split('\r\n')[0]).toBe('\uFEFFJam,Tiket,Dilayani,Median (menit),P90 (menit),Lewat target');
  expect(csv.suggestedFilename()).toBe('laporan-per-jam-2026-07-01_2026-12-31.csv');

  await page.getByTestId('filter-service').selectOption('');
  await expect.poll(async () => Number((await page.getByTestId('kpi-issued').textContent())?.replace(/\./g, ''))).toBe(all);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByTestId('print')).toBeHidden();
  await page.screenshot({ path: join(SHOTS, 'reports-semester-print-media.png'), fullPage: true });
  const printout = await page.pdf({ format: 'A4', printBackground: true, path: join(SHOTS, 'reports-semester-printout.pdf') });
  expect(printout.subarray(0, 5).toString()).toBe('%PDF-');
  await page.emulateMedia({ media: 'screen' });

  const [pdf] = await Promise.all([page.waitForEvent('download'), page.getByTestId('semester-pdf').click()]);
  expect(pdf.suggestedFilename()).toBe('laporan-monev-semester-2-2026.pdf');
  await pdf.saveAs(join(SHOTS, 'reports-semester-server.pdf'));
  const bytes = readFileSync(await pdf.path());
  expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
});

test('an answer read and a search without a useful answer at the kiosk appear in the report of the day', async ({ page }) => {
  await page.setViewportSize({ width: 1080, height: 1920 });
  await page.goto(`${server.url}/`);
  await expect(page.locator('body[data-ready="true"]')).toHaveCount(1);
  await page.getByTestId('tile-faq').click();
  await expect(page.locator('[data-screen="faq"]')).toBeVisible({ timeout: 30_000 });
  await page.getByTestId('faq-search-open').click();
  for (const char of 'resep nasi goreng') await page.getByTestId(char === ' ' ? 'key-space' : `key-${char}`).click();
  await expect(page.getByTestId('faq-weak-answer')).toBeVisible();
  // Leaving the search without opening an answer: recorded as a search with no useful answer.
  const delivered = (kind: string) => page.waitForResponse((r) => r.url().endsWith('/api/faq/usage') && (r.request().postData() ?? '').includes(`"kind":"${kind}"`) && r.status() === 201);
  const searchSent = delivered('no-answer');
  await page.getByTestId('faq-back').click();
  await searchSent;
  await page.getByTestId('faq-topic-jkm').click();
  const question = page.getByTestId('faq-question').first();
  const asked = (await question.textContent()) ?? '';
  const readSent = delivered('read');
  await question.click();
  await expect(page.locator('[data-screen="faq-answer"]')).toBeVisible();
  await readSent;
  const title = (await page.locator('[data-screen="faq-answer"] h1').first().textContent()) ?? '';
  expect(asked).toContain(title.trim());

  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(Date.now());
  await page.goto(`${server.url}/reports/?period=day&date=${today}`);
  await page.getByLabel('Nama pengguna').fill(DEMO_HEAD.username);
  await page.getByLabel('Kata sandi').fill(DEMO_HEAD.password);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await expect(page.getByTestId('kpi-faq-reads')).toBeVisible();
  await expect(page.getByTestId('kpi-faq-reads')).toHaveText('1');
  await expect(page.getByTestId('kpi-faq-no-answer')).toHaveText('1');
  await expect(page.getByTestId('table-faq-dibaca').locator('tbody tr')).toHaveCount(1);
  await expect(page.getByTestId('table-faq-dibaca').locator('tbody tr').first()).toContainText(title.trim());
  await expect(page.getByTestId('table-faq-tanpa-jawaban').locator('tbody tr').first()).toContainText('resep nasi goreng');
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.locator('section[aria-labelledby="sec-faq"]').screenshot({ path: join(SHOTS, 'reports-day-faq-usage-1280x720.png') });
});
