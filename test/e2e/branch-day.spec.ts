/**
 * Issue 15, "Must show": a branch day in Chromium with everything open at once: one kiosk
 * (1080x1920), two CSO consoles (Loket 1 and Loket 2, one officer each), the board (1920x1080)
 * and the supervisor. 60 visitors (most through the API, a handful through the kiosk screens,
 * some fast track, some in large text), a pause, a no-show and its return, a transfer to a named
 * counter, a help request answered from a console, paper near its end, paper out and a reprint.
 * Throughout: the console's "Berikutnya" is the number call-next then calls, and the board shows
 * every call as the current call at the right counter. At the end every visitor was served, each
 * called once (twice for the no-show who came back and the one transferred), and a screenshot of
 * each page at its worst moment is under test/artifacts/screenshots/branch-day/.
 */
import { mkdirSync } from 'node:fs';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { FakeNetworkPrinter } from '../../hardware/escpos/sim/fake-network-printer.ts';
import { Staff, writeBranchConfig } from '../bench/board-server.ts';
import { startQueueServer, type QueueServer } from './fixtures/queue-server.ts';
import { callOrderOf, createOfficer, openConsole, openSupervisor, recordSounds, soundsPlayed } from './page-models/console-page.ts';
import { KioskPage, type FastTrackChoice } from './page-models/kiosk-page.ts';

const SHOTS = 'test/artifacts/screenshots/branch-day';
const VISITORS = 60;
const FAST_TRACK_EVERY = 6;
const REASONS = ['elderly', 'pregnant', 'disability'] as const;

let server: QueueServer;
let printer: FakeNetworkPrinter;
let staff: Staff;

test.beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  printer = await FakeNetworkPrinter.start({ scenario: 'ready' });
  server = await startQueueServer({
    env: {
      KIOSK_PRINTER: `tcp://127.0.0.1:${printer.port}`,
      BRANCH_CONFIG: writeBranchConfig({ recall: { maxRecalls: 3, minIntervalSeconds: 0, missedReturnMinutes: 30 } }),
    },
  });
  staff = new Staff(server.url, await server.login());
});
test.afterAll(async () => {
  await server?.dispose();
  await printer?.stop();
});

async function pageOf(browser: Browser, width: number, height: number): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height }, locale: 'id-ID', timezoneId: 'Asia/Jakarta' });
  return context.newPage();
}

interface Desk {
  id: 'loket-1' | 'loket-2';
  name: string;
  page: Page;
  paused: boolean;
}

test('a whole branch day: 60 visitors, two counters, kiosk, board and supervisor at once', async ({ browser }) => {
  test.setTimeout(300_000);
  const [kioskPage, board, c1, c2, boss] = await Promise.all([pageOf(browser, 1080, 1920), pageOf(browser, 1920, 1080), pageOf(browser, 1600, 1000), pageOf(browser, 1600, 1000), pageOf(browser, 1600, 1000)]);
  await recordSounds(c2);
  const kiosk = new KioskPage(kioskPage, server);
  const [cso1, cso2, head] = [await createOfficer(staff, 'cso.pagi'), await createOfficer(staff, 'cso.siang'), await createOfficer(staff, 'kepala.cabang', 'supervisor')];
  let issued = 0;

  const viaApi = async (n: number): Promise<void> => {
    for (let i = 0; i < n; i++) {
      issued++;
      const fastTrack = issued % FAST_TRACK_EVERY === 0 ? REASONS[(issued / FAST_TRACK_EVERY) % REASONS.length] : null;
      const r = await staff.post('/api/tickets', { serviceId: 'jht', fastTrack });
      expect(r.status).toBe(201);
    }
  };
  const viaKiosk = async (choice: FastTrackChoice, largeText: boolean): Promise<string> => {
    issued++;
    await kiosk.open();
    if (largeText) {
      await kioskPage.getByTestId('open-a11y').click();
      await kioskPage.getByTestId('toggle-largeText').click();
      await kioskPage.getByTestId('a11y-close').click();
    }
    return kiosk.takeTicket('jht', choice);
  };

  // Morning: the first visitors, two of them at the kiosk (one in large text, one fast track).
  await viaApi(28);
  await viaKiosk('none', true);
  await viaKiosk('elderly', false);
  await Promise.all([board.goto(`${server.url}/board/`), openConsole(c1, server.url, cso1, 'Loket 1'), openConsole(c2, server.url, cso2, 'Loket 2'), openSupervisor(boss, server.url, head)]);
  const desks: Desk[] = [
    { id: 'loket-1', name: 'Loket 1', page: c1, paused: false },
    { id: 'loket-2', name: 'Loket 2', page: c2, paused: false },
  ];
  await expect.poll(() => callOrderOf(c1).then((o) => o.length)).toBe(15); // the list shows the first 15
  await c1.screenshot({ path: `${SHOTS}/console-longest-queue.png` });

  const calls = new Map<string, number>();
  const status = (d: Desk) => d.page.getByRole('status').first();
  const eligible = async (d: Desk): Promise<string[]> =>
    (await staff.tickets()).filter((t) => t.status === 'waiting' && (t.counterId === d.id || (t.counterId === null && t.serviceId === 'jht'))).map((t) => t.number);

  /** N at a desk: the console's "Berikutnya" is the number called, and the board shows it there. */
  const callNext = async (d: Desk): Promise<string | null> => {
    const waiting = await eligible(d);
    if (waiting.length === 0) {
      await d.page.keyboard.press('n');
      await expect(status(d)).toHaveText('Tidak ada antrean menunggu untuk loket ini.');
      return null;
    }
    // Wait for the console to catch up with the last event, then read its prediction.
    await expect
      .poll(async () => {
        const shown = await callOrderOf(d.page);
        return shown.length === Math.min(waiting.length, 15) && shown.every((n) => waiting.includes(n));
      }, { timeout: 5_000 })
      .toBe(true);
    const predicted = (await callOrderOf(d.page))[0];
    await d.page.keyboard.press('n');
    await expect(status(d)).toHaveText(/^Memanggil [A-Z]-\d{3}\.$/);
    const number = /([A-Z]-\d{3})/.exec((await status(d).textContent()) ?? '')?.[1] ?? '';
    expect(number, `${d.name}: the console said ${predicted ?? '-'} was next`).toBe(predicted);
    calls.set(number, (calls.get(number) ?? 0) + 1);
    await expect(board.locator('.calling__number')).toHaveText(number);
    await expect(board.locator('.calling__to strong')).toHaveText(d.name);
    return number;
  };
  const serve = async (d: Desk, number: string): Promise<void> => {
    await d.page.keyboard.press('m');
    await expect(status(d)).toHaveText(`Melayani ${number}.`);
    await d.page.keyboard.press('s');
    await expect(status(d)).toHaveText(`${number} selesai dilayani.`);
  };

  let noShow: string | null = null;
  let transferred: string | null = null;
  let reprinted: string | null = null;
  let round = 0;
  let emptyRounds = 0;
  while (emptyRounds < 2) {
    round++;
    let anyCalled = false;
    for (const d of desks) {
      if (d.paused) continue;
      const number = await callNext(d);
      if (!number) continue;
      anyCalled = true;
      if (round === 2 && d.id === 'loket-1') {
        // A visitor does not come: Tidak hadir. The board lists the missed number.
        noShow = number;
        await d.page.keyboard.press('t');
        await expect(status(d)).toHaveText(`${number} ditandai tidak hadir dan masuk daftar terlewat.`);
        await expect(board.locator('.panel').nth(1)).toContainText(number);
        await board.screenshot({ path: `${SHOTS}/board-missed.png` });
        continue;
      }
      if (round === 4 && d.id === 'loket-1') {
        // Wrong desk for this case: send the visitor to Loket 2 by name.
        transferred = number;
        await d.page.keyboard.press('p');
        await d.page.getByRole('dialog').locator('[data-counter=loket-2]').click();
        await expect(status(d)).toHaveText(`${number} dipindah ke Loket 2 (Klaim JHT).`);
        continue;
      }
      await serve(d, number);
    }
    if (round === 3) {
      // Loket 2 pauses for prayers; the no-show visitor comes back to Loket 1.
      await c2.keyboard.press('j');
      await c2.getByRole('dialog').getByRole('button', { name: 'Sholat' }).click();
      await expect(status(desks[1] as Desk)).toHaveText('Loket dijeda: Sholat.');
      (desks[1] as Desk).paused = true;
      await c1.getByRole('button', { name: 'Kembalikan' }).click();
      await expect(status(desks[0] as Desk)).toHaveText(`${noShow ?? ''} dikembalikan ke antrean pada urutan semula.`);
    }
    if (round === 5) {
      await c2.keyboard.press('l');
      await expect(status(desks[1] as Desk)).toHaveText('Loket dibuka kembali.');
      (desks[1] as Desk).paused = false;
      await expect.poll(() => callOrderOf(c2).then((o) => o[0])).toBe(transferred);
    }
    if (round === 7) {
      // A visitor at the kiosk presses "Panggil petugas"; the roll is nearly done.
      await kiosk.open();
      await kioskPage.getByTestId('help').click();
      await expect(kioskPage.getByTestId('help-status')).not.toBeEmpty();
      await expect(c2.getByTestId('console-help')).toBeVisible();
      await expect.poll(async () => (await soundsPlayed(c2)).some((src) => src.endsWith('/audio/chime.ogg'))).toBe(true);
      printer.scenario = 'paper-near-end';
      await staff.post('/api/printers/kiosk/check');
      await expect(c1.getByTestId('console-printer-warning')).toContainText('hampir habis');
      await expect(boss.locator('.alerts')).toContainText('Kertas printer tiket kios hampir habis');
      await viaApi(10);
      await boss.screenshot({ path: `${SHOTS}/supervisor-help-and-paper.png` });
      await c2.screenshot({ path: `${SHOTS}/console-help.png` });
      await c2.getByTestId('console-help').getByRole('button', { name: 'Saya datang' }).click();
      await expect(c2.getByTestId('console-help')).toHaveCount(0);
      // The roll runs out: the next visitor's ticket does not print; the number stays on screen.
      printer.scenario = 'paper-out';
      await staff.post('/api/printers/kiosk/check');
      reprinted = await viaKiosk('none', true);
      await expect(kioskPage.getByTestId('print-status')).toHaveAttribute('data-print-status', /failed|queued/);
      await kioskPage.screenshot({ path: `${SHOTS}/kiosk-paper-out.png` });
      await expect(c1.getByTestId('console-printer-warning')).toContainText('habis');
      // New roll; the officer reprints the visitor's ticket from the console.
      printer.scenario = 'ready';
      await staff.post('/api/printers/kiosk/check');
      await expect(c1.getByTestId('console-printer-warning')).toHaveCount(0);
      await c1.getByLabel('Cetak ulang tiket nomor').fill(reprinted);
      await c1.getByRole('button', { name: 'Cetak ulang', exact: true }).click();
      await expect(status(desks[0] as Desk)).toHaveText(`Tiket ${reprinted} dicetak ulang di printer kios (ditandai CETAK ULANG).`);
    }
    if (round === 9) {
      // Midday: the rest arrive, two of them at the kiosk in large text and fast track.
      await viaKiosk('pregnant', true);
      await viaKiosk('none', false);
      await viaApi(VISITORS - issued);
      await board.screenshot({ path: `${SHOTS}/board-busy.png` });
    }
    emptyRounds = anyCalled ? 0 : emptyRounds + 1;
  }

  // The end of the day: everyone served, each called once (the returned and transferred twice).
  const tickets = await staff.tickets();
  expect(tickets).toHaveLength(VISITORS);
  expect(tickets.filter((t) => t.status !== 'done').map((t) => `${t.number} ${t.status}`)).toEqual([]);
  expect(tickets.filter((t) => t.fastTrack !== null).length).toBeGreaterThanOrEqual(8);
  const twice = [noShow, transferred].filter((n): n is string => n !== null).sort();
  expect(twice).toHaveLength(2);
  expect([...calls.entries()].filter(([, n]) => n !== 1).map(([num]) => num).sort()).toEqual(twice);
  expect([...calls.values()].every((n) => n <= 2)).toBe(true);
  expect(new Set(calls.keys()).size).toBe(VISITORS);
  const jobs = (await staff.get('/api/print-jobs')) as { reprints: { ticketId: string | null; staff: { username: string } }[] };
  const reprintedId = tickets.find((t) => t.number === reprinted)?.id;
  expect(jobs.reprints.filter((r) => r.ticketId === reprintedId).map((r) => r.staff.username)).toEqual(['cso.pagi']);
  await c1.screenshot({ path: `${SHOTS}/console-end-of-day.png` });
  await boss.screenshot({ path: `${SHOTS}/supervisor-end-of-day.png` });
  await Promise.all([kioskPage, board, c1, c2, boss].map((p) => p.context().close()));
});
