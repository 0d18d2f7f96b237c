/**
 * Issue 15, "Officers": the CSO console in Chromium against a real server with a fake network
 * printer at the kiosk. The waiting list is in the order the policy calls, with who is next and
 * why; a number can be called out of order with a reason; the served ticket has a timer; the
 * visitor's ticket can be reprinted; a ticket can be sent to a named counter; help requests from
 * the kiosk reach the console with the chime and are answered there; a printer near the end of
 * its roll warns the console and the supervisor while tickets still print.
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { FakeNetworkPrinter } from '../../hardware/escpos/sim/fake-network-printer.ts';
import { Staff, buildPages, writeBranchConfig } from '../bench/board-server.ts';
import { startQueueServer, type QueueServer } from './fixtures/queue-server.ts';
import { callOrderOf, createOfficer, openConsole, openSupervisor, recordSounds, soundsPlayed, type Officer } from './page-models/console-page.ts';

test.use({ viewport: { width: 1600, height: 1000 } });
test.describe.configure({ mode: 'serial' });

const SHOTS = 'test/artifacts/screenshots/officers';
let server: QueueServer;
let printer: FakeNetworkPrinter;
let staff: Staff;
let cso1: Officer;
let cso2: Officer;
let head: Officer;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  mkdirSync(SHOTS, { recursive: true });
  printer = await FakeNetworkPrinter.start({ scenario: 'ready' });
  server = await startQueueServer({
    env: {
      STATIC_DIR: await buildPages(),
      KIOSK_PRINTER: `tcp://127.0.0.1:${printer.port}`,
      BRANCH_CONFIG: writeBranchConfig({ recall: { maxRecalls: 3, minIntervalSeconds: 0, missedReturnMinutes: 30 } }),
    },
  });
  staff = new Staff(server.url, await server.login());
  cso1 = await createOfficer(staff, 'cso.satu');
  cso2 = await createOfficer(staff, 'cso.dua');
  head = await createOfficer(staff, 'kacab', 'supervisor');
});
test.afterAll(async () => {
  await server?.dispose();
  await printer?.stop();
});

async function issue(serviceId: string, fastTrack: 'elderly' | null = null): Promise<{ id: string; number: string; print: string }> {
  const r = await staff.post('/api/tickets', { serviceId, fastTrack });
  const body = r.body as { ticket: { id: string; number: string }; print: { status: string } };
  expect(r.status).toBe(201);
  return { id: body.ticket.id, number: body.ticket.number, print: body.print.status };
}
const ticketNamed = async (number: string) => (await staff.tickets()).find((t) => t.number === number);
const status = (page: Page) => page.getByRole('status').first();

async function secondPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1600, height: 1000 }, locale: 'id-ID', timezoneId: 'Asia/Jakarta' });
  return context.newPage();
}

test('the waiting list is in the order the policy calls, says who is next and why; the timer runs; the ticket reprints', async ({ page }) => {
  await issue('jht');
  await issue('jht', 'elderly');
  await openConsole(page, server.url, cso1, 'Loket 1');
  // Arrival order would put A-001 first; the policy calls the fast-track ticket first.
  await expect.poll(() => callOrderOf(page)).toEqual(['A-002', 'A-001']);
  const rows = page.locator('[data-testid=call-order] li[data-ticket]');
  await expect(rows.nth(0)).toContainText('Berikutnya');
  await expect(rows.nth(0)).toContainText('Prioritas · Lansia');
  await expect(rows.nth(1)).toContainText('Urutan kedatangan');
  await page.screenshot({ path: `${SHOTS}/console-order.png` });

  await page.keyboard.press('n');
  await expect(status(page)).toHaveText('Memanggil A-002.');
  await expect.poll(() => callOrderOf(page)).toEqual(['A-001']);
  const timer = page.getByTestId('serving-timer');
  await expect(timer).toContainText(/Dipanggil 00:0\d/);
  await page.keyboard.press('m');
  await expect(timer).toContainText(/Dilayani 00:0\d/);
  const before = await timer.locator('strong').textContent();
  await expect.poll(async () => timer.locator('strong').textContent(), { timeout: 5_000 }).not.toBe(before);

  // The visitor lost the paper: the console reprints it, recorded with the officer.
  await page.getByRole('button', { name: 'Cetak ulang tiket A-002' }).first().click();
  await expect(status(page)).toContainText('Tiket A-002 dicetak ulang di printer kios (ditandai CETAK ULANG).');
  const a002 = await ticketNamed('A-002');
  const jobs = (await staff.get('/api/print-jobs')) as { jobs: { id: string; reprintOf: string | null; ticketId: string | null }[]; reprints: { ticketId: string | null; staff: { username: string } }[] };
  expect(jobs.reprints.filter((r) => r.ticketId === a002?.id).map((r) => r.staff.username)).toEqual(['cso.satu']);
  const reprintJob = jobs.jobs.find((j) => j.ticketId === a002?.id && j.reprintOf !== null);
  expect(reprintJob).toBeDefined();
  const png = await fetch(`${server.url}/api/print-jobs/${reprintJob?.id ?? ''}/preview.png`, { headers: { authorization: `Bearer ${await server.login()}` } });
  writeFileSync(`${SHOTS}/reprint-A-002.png`, Buffer.from(await png.arrayBuffer()));
  await page.screenshot({ path: `${SHOTS}/console-serving.png` });
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.filter((v) => v.impact === 'critical' || v.impact === 'serious').map((v) => v.id)).toEqual([]);
  await page.keyboard.press('s');
  await expect(status(page)).toHaveText('A-002 selesai dilayani.');
});

test('a number called out of order asks for a reason and is recorded as out of order', async ({ page }) => {
  await issue('jht');
  await openConsole(page, server.url, cso1, 'Loket 1');
  await expect.poll(() => callOrderOf(page)).toEqual(['A-001', 'A-003']);
  await page.getByRole('button', { name: 'Panggil A-003' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('Panggil A-003 di luar urutan');
  await expect(dialog).toContainText('Menurut aturan, berikutnya A-001.');
  await page.screenshot({ path: `${SHOTS}/console-call-out-of-order.png` });
  await dialog.getByRole('button', { name: 'Pengunjung sudah di depan loket' }).click();
  await expect(status(page)).toHaveText('Memanggil A-003 di luar urutan (Pengunjung sudah di depan loket); tercatat.');
  expect(await ticketNamed('A-003')).toMatchObject({ status: 'called', counterId: 'loket-1', callRule: 'out-of-order' });
});

test('a ticket sent to a named counter is called first there and by no other counter', async ({ page, browser }) => {
  await openConsole(page, server.url, cso1, 'Loket 1');
  await expect(page.locator('.current__number')).toHaveText('A-003');
  await page.keyboard.press('p');
  await page.getByRole('dialog').locator('[data-counter=loket-2]').click();
  await expect(status(page)).toHaveText('A-003 dipindah ke Loket 2 (Klaim JHT).');
  expect(await ticketNamed('A-003')).toMatchObject({ status: 'waiting', counterId: 'loket-2', serviceId: 'jht' });
  await expect.poll(() => callOrderOf(page)).toEqual(['A-001']);

  const other = await secondPage(browser);
  await openConsole(other, server.url, cso2, 'Loket 2');
  await expect.poll(() => callOrderOf(other)).toEqual(['A-003', 'A-001']);
  await expect(other.locator('[data-testid=call-order] li[data-ticket=A-003]')).toContainText('Dipindahkan ke loket ini');
  await other.screenshot({ path: `${SHOTS}/console-directed.png` });
  await other.keyboard.press('n');
  await expect(status(other)).toHaveText('Memanggil A-003.');
  await other.keyboard.press('m');
  await expect(status(other)).toHaveText('Melayani A-003.');
  await other.keyboard.press('s');
  await expect(status(other)).toHaveText('A-003 selesai dilayani.');
  await page.keyboard.press('n');
  await expect(status(page)).toHaveText('Memanggil A-001.');
  await page.keyboard.press('m');
  await expect(status(page)).toHaveText('Melayani A-001.');
  await page.keyboard.press('s');
  await expect(status(page)).toHaveText('A-001 selesai dilayani.');
  await expect(page.locator('[data-testid=call-order]')).toHaveCount(0);
  await other.context().close();
});

test('a help request from the kiosk reaches the console with the chime and is answered with "Saya datang"', async ({ page }) => {
  await recordSounds(page);
  await openConsole(page, server.url, cso1, 'Loket 1');
  const asked = await fetch(`${server.url}/api/help-requests`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ source: 'kios-1', note: 'Lansia perlu dibantu' }) });
  expect(asked.status).toBe(201);
  const banner = page.getByTestId('console-help');
  await expect(banner).toContainText('Pengunjung minta bantuan');
  await expect(banner).toContainText('kios-1');
  await expect(banner).toContainText('Lansia perlu dibantu');
  await expect.poll(async () => (await soundsPlayed(page)).filter((src) => src.endsWith('/audio/chime.ogg')).length).toBe(1);
  await page.screenshot({ path: `${SHOTS}/console-help.png` });
  await banner.getByRole('button', { name: 'Saya datang' }).click();
  await expect(status(page)).toHaveText('Anda menuju kios-1. Permintaan bantuan ditandai ditangani.');
  await expect(banner).toHaveCount(0);
  expect(((await staff.get('/api/help-requests')) as { helpRequests: unknown[] }).helpRequests).toEqual([]);
  // The chime is for a new request, not for every reload.
  expect((await soundsPlayed(page)).filter((src) => src.endsWith('/audio/chime.ogg'))).toHaveLength(1);
});

test('paper near its end warns the console and the supervisor while tickets still print; paper out says so', async ({ page, browser }) => {
  await openConsole(page, server.url, cso1, 'Loket 1');
  const boss = await secondPage(browser);
  await openSupervisor(boss, server.url, head);
  printer.scenario = 'paper-near-end';
  await staff.post('/api/printers/kiosk/check');
  const warning = page.getByTestId('console-printer-warning');
  await expect(warning).toHaveText('Kertas printer tiket kios hampir habis: siapkan gulungan baru sebelum habis.');
  await expect(boss.locator('.alerts')).toContainText('Kertas printer tiket kios hampir habis: siapkan gulungan baru sebelum habis.');
  const stillPrints = await issue('jht');
  expect(stillPrints.print).toBe('printed');
  await page.screenshot({ path: `${SHOTS}/console-paper-near-end.png` });
  await boss.screenshot({ path: `${SHOTS}/supervisor-paper-near-end.png` });

  printer.scenario = 'paper-out';
  await staff.post('/api/printers/kiosk/check');
  await expect(warning).toHaveText('Kertas printer tiket kios habis: tiket tidak tercetak. Ganti gulungan lalu cetak ulang tiket yang gagal.');
  printer.scenario = 'ready';
  await staff.post('/api/printers/kiosk/check');
  await expect(warning).toHaveCount(0);
  await expect(boss.locator('.alerts')).toHaveCount(0);
  await staff.post(`/api/tickets/${stillPrints.id}/cancel`, {}, { 'idempotency-key': 'officers-cancel-0001' });
  await boss.context().close();
});
