/**
 * The branch head's IKM page for a generated quarter (Triwulan IV 2026): 1,500 visitors served,
 * 211 of them answered, written straight into the branch database while the server is stopped.
 * The page shows "Triwulan IV 2026: 211 dari 306 responden", the index and grade the survey:ikm
 * command computes from the page's own per-response export, the nine bars, the months and the
 * method line; a CSO is kept out.
 */
import AxeBuilder from '@axe-core/playwright';
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { ikmCliOutput } from '../../shared/survey/ikm-cli.ts';
import { REPO_ROOT, startQueueServer, type QueueServer } from './fixtures/queue-server.ts';

const SHOTS = join(REPO_ROOT, 'test', 'artifacts', 'screenshots');
mkdirSync(SHOTS, { recursive: true });
let server: QueueServer;

/** A small deterministic generator, so the quarter is the same on every run. */
function lcg(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1_103_515_245 + 12_345) % 2_147_483_648;
    return s / 2_147_483_648;
  };
}

function generateQuarter(dataDir: string): void {
  const db = new Database(join(dataDir, 'queue.sqlite'));
  const random = lcg(2026);
  const services = [
    { id: 'jht', prefix: 'A', counters: ['loket-1', 'loket-2', 'loket-3'] },
    { id: 'kepesertaan', prefix: 'C', counters: ['loket-5', 'loket-6'] },
  ];
  const insertTicket = db.prepare(
    `INSERT INTO tickets (id, service_day, service_id, origin_service_id, seq, number, priority, status, issued_at, queued_at, called_at, started_at, finished_at, counter_id)
     VALUES (?, ?, ?, ?, ?, ?, 0, 'done', ?, ?, ?, ?, ?, ?)`,
  );
  const insertToken = db.prepare('INSERT INTO survey_tokens (ticket_id, token_hash, service_day, service_id, counter_id, officer_id, minted_at, expires_at, used_at) VALUES (?, ?, ?, ?, ?, 1, ?, ?, ?)');
  const insertResponse = db.prepare(
    `INSERT INTO survey_responses (ticket_id, service_day, service_id, counter_id, officer_id, questionnaire, overall, u1, u2, u3, u4, u5, u6, u7, u8, u9, comment, language, created_at)
     VALUES (?, ?, ?, ?, 1, 'skm-permenpanrb-14-2017-v1', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, 'id', ?)`,
  );
  const days: string[] = [];
  for (let d = Date.UTC(2026, 9, 1); d <= Date.UTC(2026, 10, 30); d += 86_400_000) {
    const day = new Date(d);
    if (day.getUTCDay() !== 0 && day.getUTCDay() !== 6) days.push(day.toISOString().slice(0, 10));
  }
  let made = 0;
  let answered = 0;
  db.transaction(() => {
    for (let i = 0; i < 1500; i++) {
      const day = days[i % days.length] ?? '2026-10-01';
      const service = services[i % 5 === 0 ? 1 : 0] ?? services[0];
      if (!service) continue;
      const counter = service.counters[i % service.counters.length] ?? 'loket-1';
      const seq = Math.floor(i / days.length) + 1 + (service.id === 'kepesertaan' ? 500 : 0);
      const at = Date.parse(`${day}T02:00:00Z`) + i * 1000;
      const id = `gen-${String(i).padStart(5, '0')}`;
      insertTicket.run(id, day, service.id, service.id, seq, `${service.prefix}-${String(seq).padStart(3, '0')}`, at, at, at, at, at + 600_000, counter);
      made += 1;
      // Every seventh visitor answers; the service's score level differs a little.
      if (i % 7 === 0 && answered < 211) {
        const bias = service.id === 'jht' ? 0.15 : 0;
        const score = () => (random() < 0.12 ? null : random() < 0.5 + bias ? 4 : random() < 0.8 ? 3 : 2);
        insertToken.run(id, `hash-${id}`, day, service.id, counter, at, at + 86_400_000, at + 700_000);
        insertResponse.run(id, day, service.id, counter, random() < 0.6 ? 4 : 3, ...Array.from({ length: 9 }, score), at + 700_000);
        answered += 1;
      }
    }
  })();
  db.close();
  if (made !== 1500 || answered !== 211) throw new Error(`generated ${made} tickets and ${answered} answers`);
}

test.beforeAll(async () => {
  test.setTimeout(120_000);
  server = await startQueueServer();
  await server.stop();
  generateQuarter(server.dataDir);
  await server.start();
});
test.afterAll(async () => server?.dispose());

test('Triwulan IV 2026 on the IKM page: progress to the Krejcie-Morgan sample, the index the CLI agrees with, bars, months', async ({ page }) => {
  await page.setViewportSize({ width: 1600, height: 1000 });
  await page.goto(`${server.url}/ikm/?from=2026-10-01&to=2026-12-31`);
  await page.getByLabel('Nama pengguna').fill(server.admin.username);
  await page.getByLabel('Kata sandi').fill(server.admin.password);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await expect(page.getByTestId('ikm-progress')).toHaveText('Triwulan IV 2026: 211 dari 306 responden');
  await expect(page.getByTestId('ikm-method')).toContainText('bobot 1/9 per unsur, n=211, N=1.500 dilayani, sampel Krejcie-Morgan 306, periode Triwulan IV 2026');

  // The per-response export, read back by the survey:ikm command, gives the page's figures.
  const token = await server.login();
  const csv = await (await fetch(`${server.url}/api/surveys/export/responses.csv?from=2026-10-01&to=2026-12-31`, { headers: { authorization: `Bearer ${token}` } })).text();
  const cli = JSON.parse(ikmCliOutput(csv).stdout) as { n: number; ikm: number; grade: string };
  expect(cli.n).toBe(211);
  await expect(page.getByTestId('ikm-value')).toHaveText(cli.ikm.toLocaleString('id-ID', { minimumFractionDigits: 2 }));
  await expect(page.getByTestId('ikm-grade')).toHaveText(cli.grade);
  await expect(page.getByTestId('ikm-bars').locator('.bars__row')).toHaveCount(9);
  await expect(page.getByTestId('ikm-trend')).toContainText('Oktober 2026');
  await expect(page.getByTestId('ikm-trend')).toContainText('Desember 2026');
  await expect(page.getByTestId('ikm-by-service')).toContainText('Klaim JHT');
  await expect(page.getByTestId('ikm-by-counter')).toContainText('Loket 5');

  const download = page.waitForEvent('download');
  await page.getByTestId('export-summary').click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('ikm-ringkasan-2026-10-01-2026-12-31.csv');

  await page.screenshot({ path: join(SHOTS, 'survey-ikm-triwulan-iv-2026.png'), fullPage: true });
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);

  // A CSO never sees the results.
  await fetch(`${server.url}/api/users`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'cso-satu', password: 'sandi-cso-satu', displayName: 'CSO Satu', role: 'cso' }),
  });
  await page.getByRole('button', { name: 'Keluar' }).click();
  await page.getByLabel('Nama pengguna').fill('cso-satu');
  await page.getByLabel('Kata sandi').fill('sandi-cso-satu');
  await page.getByRole('button', { name: 'Masuk' }).click();
  await expect(page.getByRole('alert')).toContainText('Petugas loket tidak melihat hasil survei');
  await expect(page.getByTestId('ikm-value')).toHaveCount(0);
});
