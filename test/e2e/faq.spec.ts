/**
 * The kiosk's FAQ ("Informasi") against the real queue-server: browse a topic page by page, search
 * with typos on the on-screen keyboard, read an answer, say it helped (the server counts it), print
 * the checklist of an answer (a print job exists), and "no result" leads to an Information ticket.
 * Then every FAQ screen in portrait and landscape, normal / large text / high contrast: axe-core
 * finds no serious or critical violation, buttons >= 64 px, text >= 24 px, screenshots written to
 * (the "Saya ingin…" life events, a life event's questions, a short answer and "no good answer" too)
 * test/artifacts/screenshots/faq-*.png for people to look at.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, REPO_ROOT, test, type QueueServer } from './fixtures/queue-server.ts';
import { kioskLayoutProblems } from './page-models/layout-checks.ts';
import { KioskPage } from './page-models/kiosk-page.ts';

const SHOTS = join(REPO_ROOT, 'test', 'artifacts', 'screenshots');
mkdirSync(SHOTS, { recursive: true });

/** Types on the on-screen keyboard, key by key, as a visitor does. */
async function typeOnScreen(page: Page, text: string): Promise<void> {
  for (const char of text) await page.getByTestId(char === ' ' ? 'key-space' : `key-${char}`).click();
}

async function staffGet(server: QueueServer, path: string): Promise<unknown> {
  const token = await server.login();
  const response = await fetch(`${server.url}${path}`, { headers: { authorization: `Bearer ${token}` } });
  expect(response.status).toBe(200);
  return response.json();
}

async function openFaq(page: Page, server: QueueServer): Promise<KioskPage> {
  const kiosk = new KioskPage(page, server);
  await kiosk.open();
  await page.getByTestId('tile-faq').click();
  await expect(kiosk.screen('faq')).toBeVisible({ timeout: 30_000 });
  return kiosk;
}

test.describe('FAQ flows (portrait 1080x1920)', () => {
  test.beforeEach(async ({ page }) => {
    await page.setViewportSize({ width: 1080, height: 1920 });
  });

  test('browse a topic page by page, read an answer, say it helped: the server counts it', async ({ page, queueServer }) => {
    const kiosk = await openFaq(page, queueServer);
    await expect(page.locator('.faq-tile')).toHaveCount(10);
    await page.getByTestId('faq-topic-jkm').click();
    await expect(kiosk.screen('faq-questions')).toBeVisible();
    await expect(page.locator('.faq-pager__status')).toHaveText(/^Halaman 1 dari \d+$/);
    const firstPage = await page.getByTestId('faq-question').first().textContent();
    await page.getByTestId('faq-page-next').click();
    await expect(page.locator('.faq-pager__status')).toHaveText(/^Halaman 2 dari/);
    expect(await page.getByTestId('faq-question').first().textContent()).not.toBe(firstPage);
    await page.getByTestId('faq-page-previous').click();
    await expect(page.locator('.faq-pager__status')).toHaveText(/^Halaman 1 dari/);

    const question = page.getByTestId('faq-question').nth(1);
    const faqId = (await question.getAttribute('data-faq-id')) ?? '';
    expect(faqId).toMatch(/^jkm-/);
    await question.click();
    await expect(kiosk.screen('faq-answer')).toBeVisible();
    expect((await page.getByTestId('faq-answer-text').textContent())?.length).toBeGreaterThan(20);
    const fontSize = await page.getByTestId('faq-answer-text').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(fontSize).toBeGreaterThanOrEqual(24);

    await page.getByTestId('faq-helpful-yes').click();
    await expect(page.getByTestId('faq-helpful-thanks')).toContainText('Terima kasih');
    // Delivered through the outbox: poll the staff summary until it is counted, exactly once.
    await expect
      .poll(async () => {
        const summary = (await staffGet(queueServer, '/api/faq/feedback/summary')) as { questions: Array<{ faqId: string; yes: number; no: number }> };
        return summary.questions.find((q) => q.faqId === faqId);
      })
      .toMatchObject({ faqId, yes: 1, no: 0 });

    await page.getByTestId('faq-back').click();
    await expect(kiosk.screen('faq-questions')).toBeVisible();
    await page.getByTestId('faq-back').click();
    await expect(kiosk.screen('faq')).toBeVisible();
  });

  test('search with typos on the on-screen keyboard shows the right questions as the visitor types', async ({ page, queueServer }) => {
    const kiosk = await openFaq(page, queueServer);
    await page.getByTestId('faq-search-open').click();
    await expect(kiosk.screen('faq-search')).toBeVisible();

    await typeOnScreen(page, 'pencairan jht brp lama');
    await expect(page.getByTestId('faq-query')).toHaveValue('pencairan jht brp lama');
    await expect(page.getByTestId('faq-question').first()).toHaveText(/Berapa lama proses pencairan klaim JHT/);

    await page.getByTestId('key-clear').click();
    await expect(page.getByTestId('faq-query')).toHaveValue('');
    await typeOnScreen(page, 'klaim jht gimna caranyx');
    await page.getByTestId('key-backspace').click();
    await typeOnScreen(page, 'a');
    await expect(page.getByTestId('faq-query')).toHaveValue('klaim jht gimna caranya');
    const hits = page.getByTestId('faq-question');
    await expect(hits.first()).toBeVisible();
    for (const hit of await hits.all()) expect(await hit.textContent()).toMatch(/JHT/);

    // Suggestions while the last word is unfinished.
    await page.getByTestId('key-clear').click();
    await typeOnScreen(page, 'syarat klaim jht resi');
    await expect(page.locator('[data-faq-id="jht-0kwcywl"]')).toBeVisible();

    await page.getByTestId('faq-question').first().click();
    await expect(kiosk.screen('faq-answer')).toBeVisible();
    await page.getByTestId('faq-back').click();
    await expect(kiosk.screen('faq-search')).toBeVisible();
    await expect(page.getByTestId('faq-query')).toHaveValue('syarat klaim jht resi');
  });

  test('a long story keeps its last words in view in the query field', async ({ page, queueServer }) => {
    await openFaq(page, queueServer);
    await page.getByTestId('faq-search-open').click();
    await typeOnScreen(page, 'suami saya meninggal waktu kerja di proyek saya dapat apa');
    const field = page.getByTestId('faq-query');
    const scroll = await field.evaluate((el) => ({ left: el.scrollLeft, width: el.clientWidth, full: el.scrollWidth }));
    expect(scroll.full).toBeGreaterThan(scroll.width); // the story is longer than the field
    expect(scroll.left + scroll.width).toBeGreaterThanOrEqual(scroll.full - 1);
    await expect(page.getByTestId('faq-question').first()).toHaveText(/ahli waris jika pekerja meninggal dunia akibat kecelakaan kerja/);
  });

  test('no result offers the topics and an Information ticket', async ({ page, queueServer }) => {
    const kiosk = await openFaq(page, queueServer);
    await page.getByTestId('faq-search-open').click();
    await typeOnScreen(page, 'xqzvw');
    await expect(page.getByTestId('faq-no-result')).toBeVisible();
    await page.getByTestId('faq-no-result-topics').click();
    await expect(kiosk.screen('faq')).toBeVisible();
    await page.getByTestId('faq-search-open').click();
    await typeOnScreen(page, 'qqqq');
    await page.getByTestId('faq-no-result-ticket').click();
    await expect(kiosk.screen('fast-track')).toBeVisible();
    await page.getByTestId('fast-track-none').click();
    await expect(page.getByTestId('confirm-service')).toHaveText('Informasi dan Pengaduan');
  });

  test('"Saya ingin…": two touches to the questions of a life event, its requirements list printed, the right queue', async ({ page, queueServer }) => {
    const kiosk = await openFaq(page, queueServer);
    await page.getByTestId('faq-life-open').click();
    await expect(kiosk.screen('faq-life')).toBeVisible();
    await expect(page.locator('.faq-life__event')).toHaveCount(8);
    await page.getByTestId('faq-life-berhenti-kerja').click();
    await expect(kiosk.screen('faq-situation')).toBeVisible();
    await expect(kiosk.screen('faq-situation').locator('h1')).toHaveText('Berhenti bekerja');
    const questions = page.getByTestId('faq-question');
    expect(await questions.count()).toBeGreaterThanOrEqual(3);
    await expect(questions.first()).toHaveAttribute('data-faq-id', 'jht-0kwcywl');

    await page.getByTestId('faq-situation-print').click();
    await expect(page.getByTestId('faq-print-outcome')).toHaveAttribute('data-status', 'printed', { timeout: 20_000 });
    const jobs = (await staffGet(queueServer, '/api/print-jobs')) as { jobs: Array<{ id: string; title: string }> };
    expect(jobs.jobs.some((j) => /Persyaratan Klaim Jaminan Hari Tua/i.test(j.title))).toBe(true);

    await questions.first().click();
    await expect(kiosk.screen('faq-answer')).toBeVisible();
    await expect(page.getByTestId('faq-back')).toHaveText(/Kembali ke pilihan/);
    await page.getByTestId('faq-back').click();
    await expect(kiosk.screen('faq-situation')).toBeVisible();
    await page.getByTestId('faq-situation-ticket').click();
    await expect(kiosk.screen('fast-track')).toBeVisible();
    await page.getByTestId('fast-track-none').click();
    await expect(page.getByTestId('confirm-service')).toHaveText(/JHT|Hari Tua/);
  });

  test('a question the guide does not answer says so and offers the Information queue, not five weak results', async ({ page, queueServer }) => {
    const kiosk = await openFaq(page, queueServer);
    await page.getByTestId('faq-search-open').click();
    await typeOnScreen(page, 'resep nasi goreng enak');
    await expect(page.getByTestId('faq-weak-answer')).toBeVisible();
    await expect(page.getByTestId('faq-weak-answer')).toContainText('Belum ada jawaban yang tepat');
    await expect(page.getByTestId('faq-weak-answer')).toHaveAttribute('data-service', 'informasi');
    expect(await page.getByTestId('faq-question').count()).toBeLessThanOrEqual(2);
    // A good answer clears the notice.
    await page.getByTestId('key-clear').click();
    await typeOnScreen(page, 'syarat klaim jht resign');
    await expect(page.getByTestId('faq-weak-answer')).toHaveCount(0);
    await page.getByTestId('key-clear').click();
    await typeOnScreen(page, 'resep nasi goreng enak');
    await page.getByTestId('faq-weak-ticket').click();
    await expect(kiosk.screen('fast-track')).toBeVisible();
    await page.getByTestId('fast-track-none').click();
    await expect(page.getByTestId('confirm-service')).toHaveText('Informasi dan Pengaduan');
  });

  test('English: the FAQ screens follow the language switch, and say the answers are in Bahasa Indonesia', async ({ page, queueServer }) => {
    const kiosk = await openFaq(page, queueServer);
    await page.getByTestId('switch-language').click();
    await expect(kiosk.screen('faq').locator('h1')).toHaveText('Information');
    await expect(kiosk.screen('faq')).toContainText('The questions and answers are in Bahasa Indonesia.');
    await expect(page.getByTestId('faq-topic-jht')).toContainText('Old Age Savings (JHT)');
    await page.getByTestId('faq-topic-jht').click();
    await expect(page.getByTestId('faq-page-next')).toHaveText(/Next/);
  });

  test('print the checklist of an answer: the kiosk shows the outcome and staff see the job', async ({ page, queueServer }) => {
    const kiosk = await openFaq(page, queueServer);
    await page.getByTestId('faq-search-open').click();
    await typeOnScreen(page, 'persyaratn klaim jht resign');
    await page.locator('[data-faq-id="jht-0kwcywl"]').click();
    await expect(kiosk.screen('faq-answer')).toBeVisible();
    await page.getByTestId('faq-print').click();
    await expect(page.getByTestId('faq-print-outcome')).toHaveAttribute('data-status', 'printed', { timeout: 20_000 });
    await expect(page.getByTestId('faq-print-outcome')).toContainText('sudah dicetak');
    const jobs = (await staffGet(queueServer, '/api/print-jobs')) as { jobs: Array<{ id: string; title: string; state: string }> };
    expect(jobs.jobs.some((j) => j.id.startsWith('daftar-') && /mengundurkan diri/i.test(j.title))).toBe(true);

    // A printer that fails: the reason is shown plainly, and the visitor can try again.
    await page.route('**/api/print/checklist', (route) => route.fulfill({ json: { print: { status: 'failed', reason: 'Printer kertas habis.' } } }));
    await page.getByTestId('faq-print').click();
    await expect(page.getByTestId('faq-print-outcome')).toHaveAttribute('data-status', 'failed');
    await expect(page.getByTestId('faq-print-outcome')).toContainText('Printer kertas habis.');
    await expect(page.getByTestId('faq-print')).toHaveText(/Coba cetak lagi/);
    await page.unroute('**/api/print/checklist');

    // "Masih butuh bantuan?" leads to an Information ticket.
    await page.getByTestId('faq-take-ticket').click();
    await expect(kiosk.screen('fast-track')).toBeVisible();
  });
});


const ORIENTATIONS = [
  { name: 'portrait', viewport: { width: 1080, height: 1920 } },
  { name: 'landscape', viewport: { width: 1920, height: 1080 } },
] as const;
const MODES = ['normal', 'large-text', 'high-contrast'] as const;

for (const orientation of ORIENTATIONS) {
  for (const mode of MODES) {
    test(`every FAQ screen, ${orientation.name}, ${mode}: no serious axe violation, big targets and text, fits the screen`, async ({ page, queueServer }) => {
      test.setTimeout(180_000);
      await page.setViewportSize(orientation.viewport);
      const kiosk = new KioskPage(page, queueServer);
      await kiosk.open();
      if (mode !== 'normal') {
        await page.getByTestId('open-a11y').click();
        await page.getByTestId(mode === 'large-text' ? 'toggle-largeText' : 'toggle-highContrast').click();
        await page.getByTestId('a11y-close').click();
      }
      const capture = async (name: string) => {
        await page.waitForTimeout(150);
        await page.screenshot({ path: join(SHOTS, `faq-${orientation.name}-${mode}-${name}.png`), fullPage: true });
        const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
        const serious = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
        // Soft: one run shows every screen's problems (and writes every screenshot).
        expect.soft(serious.map((v) => `${name}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
        // Every screen in every mode fits one view: a visitor never has to swipe (large text too).
        expect.soft(await kioskLayoutProblems(page, { checkHeight: true }), name).toEqual([]);
      };

      await page.getByTestId('tile-faq').click();
      await expect(kiosk.screen('faq')).toBeVisible({ timeout: 30_000 });
      await capture('1-topics');
      // "Saya ingin…", a life event, and a short answer that must not sit in a large empty box.
      await page.getByTestId('faq-life-open').click();
      await expect(kiosk.screen('faq-life')).toBeVisible();
      await capture('1b-life-events');
      await page.getByTestId('faq-life-berhenti-kerja').click();
      await expect(kiosk.screen('faq-situation')).toBeVisible();
      await capture('1c-situation');
      await page.getByTestId('faq-situation-print').click();
      await expect(page.getByTestId('faq-print-outcome')).toBeVisible({ timeout: 20_000 });
      await capture('1d-situation-printed');
      await page.getByTestId('faq-topics').click();
      await expect(kiosk.screen('faq')).toBeVisible();
      await page.getByTestId('faq-topic-office').click();
      await capture('2-questions');
      await page.getByTestId('faq-search-open').click();
      await typeOnScreen(page, 'syarat klaim jht resign');
      await expect(page.getByTestId('faq-question').first()).toBeVisible();
      // More than three suggestions in both orientations (two with large text).
      await expect(page.getByTestId('faq-question')).toHaveCount(mode === 'large-text' ? 2 : 4);
      await capture('3-search');
      // An answer with a document list, so the print states are laid out too.
      await page.locator('[data-faq-id="jht-0kwcywl"]').click();
      await expect(kiosk.screen('faq-answer')).toBeVisible();
      await capture('4-answer');
      await page.getByTestId('faq-print').click();
      await expect(page.getByTestId('faq-print-outcome')).toBeVisible({ timeout: 20_000 });
      await page.getByTestId('faq-helpful-no').click();
      await expect(page.getByTestId('faq-helpful-thanks')).toBeVisible();
      await capture('5-answer-printed-rated');
      // A failed print adds the longest notice: the answer box gives it room, nothing scrolls.
      await page.route('**/api/print/checklist', (route) => route.fulfill({ json: { print: { status: 'failed', reason: 'Printer kertas habis.' } } }));
      await page.getByTestId('faq-print').click();
      await expect(page.getByTestId('faq-print-outcome')).toHaveAttribute('data-status', 'failed');
      await capture('5b-answer-print-failed');
      await page.unroute('**/api/print/checklist');
      await page.getByTestId('faq-back').click();
      await page.getByTestId('key-clear').click();
      await typeOnScreen(page, 'xqzvw');
      await expect(page.getByTestId('faq-no-result')).toBeVisible();
      await capture('6-no-result');
      await page.getByTestId('key-clear').click();
      await typeOnScreen(page, 'resep nasi goreng enak');
      await expect(page.getByTestId('faq-weak-answer')).toBeVisible();
      await capture('7-no-good-answer');
      // A one-line answer: the box hugs it instead of framing a large empty space.
      await page.getByTestId('key-clear').click();
      await typeOnScreen(page, 'brp lama proses pencairan jht');
      await page.locator('[data-faq-id="jht-1scqzg8"]').click();
      await expect(kiosk.screen('faq-answer')).toBeVisible();
      await expect(page.getByTestId('faq-answer-text')).toHaveAttribute('data-fits', 'yes');
      await capture('8-short-answer');
    });
  }
}
