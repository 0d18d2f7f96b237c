/**
 * The clock-jump warning on the supervisor page, in Chromium against the real server whose wall
 * clock libfaketime sets a day back (test/clock-faketime.test.ts has the queue's side): the branch
 * head sees what the server does, numbers go on, and confirming the clock clears the warning.
 */
import AxeBuilder from '@axe-core/playwright';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { Staff, buildPages } from '../bench/board-server.ts';
import { startQueueServer, type QueueServer } from './fixtures/queue-server.ts';

test.use({ viewport: { width: 1600, height: 900 } });

const stampDir = mkdtempSync(join(tmpdir(), 'kiosk-faketime-e2e-'));
const stamp = join(stampDir, 'faketime.rc');
const setWallClock = (offset: string) => writeFileSync(stamp, `${offset}\n`);
let server: QueueServer;

interface Issued {
  id: string;
  number: string;
  serviceDay: string;
}

async function issue(staff: Staff): Promise<Issued> {
  const res = await staff.post('/api/tickets', { serviceId: 'jht' });
  expect(res.status).toBe(201);
  return (res.body as { ticket: Issued }).ticket;
}

test.beforeAll(async () => {
  test.setTimeout(120_000);
  setWallClock('+0');
  server = await startQueueServer({
    env: {
      STATIC_DIR: await buildPages(),
      LD_PRELOAD: '/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1',
      FAKETIME_TIMESTAMP_FILE: stamp,
      FAKETIME_NO_CACHE: '1',
      FAKETIME_DONT_FAKE_MONOTONIC: '1',
    },
  });
});
test.afterAll(async () => {
  await server?.dispose();
  rmSync(stampDir, { recursive: true, force: true });
});

test('a clock set a day back: the supervisor sees the warning, numbering goes on, and confirming clears it', async ({ page }) => {
  const token = await server.login();
  const staff = new Staff(server.url, token);
  const first = await issue(staff);
  const clockState = async () => ((await (await fetch(`${server.url}/api/admin/clock`, { headers: { authorization: `Bearer ${token}` } })).json()) as { state: string }).state;
  expect(await clockState()).toBe('ok');

  setWallClock('-1d');
  const second = await issue(staff);
  expect(second.number).toBe('A-002');
  expect(second.serviceDay).toBe(first.serviceDay);
  expect(await clockState()).toBe('jumped');
  await page.goto(`${server.url}/supervisor/`);
  await page.getByLabel('Nama pengguna').fill(server.admin.username);
  await page.getByLabel('Kata sandi').fill(server.admin.password);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await expect(page.getByRole('heading', { name: 'Pemantauan Cabang' })).toBeVisible();
  const warning = page.getByTestId('clock-warning');
  await expect(warning).toContainText('melompat mundur 24 jam');
  await expect(warning).toContainText('tidak ada nomor yang terbit dua kali');
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
  await page.screenshot({ path: 'test/artifacts/screenshots/supervisor-clock-jump.png', fullPage: true });

  await page.getByTestId('clock-confirm').click();
  await expect(page.getByTestId('clock-message')).toContainText('Hari layanan dan penomoran tidak mundur');
  await expect(page.getByTestId('clock-warning')).toHaveCount(0);
  await page.screenshot({ path: 'test/artifacts/screenshots/supervisor-clock-confirmed.png', fullPage: true });
  // Confirmed an earlier clock: the service day and its numbers still do not go back.
  const third = await issue(staff);
  expect(third).toMatchObject({ number: 'A-003', serviceDay: first.serviceDay });
  // This spec has a server of its own (disposed after it): the waiting numbers go with it.
});
