/**
 * The board on the floor (issue 15, "The board"), against a real queue-server in Debian's Chromium:
 * - a missed (no-show) ticket does not stay the current call, and a called ticket that is then
 *   transferred does not vanish from the last calls (live, and again after a reload from the snapshot);
 * - the board lays out without overlap, the called number whole and visible, at 1280x720,
 *   1366x768, 1920x1080, 3840x2160 and a 1080p TV at 150% scaling (1280x720 CSS px at DPR 1.5);
 * - "Aktifkan suara" leaves the running text readable.
 * It starts its own server and leaves no waiting ticket behind.
 */
import { chromium, expect, test, type Browser, type Page } from '@playwright/test';
import { Staff, buildPages } from '../bench/board-server.ts';
import { AUTOPLAY, chromiumLaunch } from './fixtures/chromium.ts';
import { startQueueServer, type QueueServer } from './fixtures/queue-server.ts';

test.use({ viewport: { width: 1920, height: 1080 }, launchOptions: chromiumLaunch([AUTOPLAY]) });
test.describe.configure({ mode: 'serial' });

let server: QueueServer;
let staff: Staff;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  server = await startQueueServer({ env: { STATIC_DIR: await buildPages() } });
  staff = new Staff(server.url, await server.login());
});
test.afterAll(async () => {
  // Nothing left waiting for the next spec's "next call".
  for (const t of (await staff.tickets()).filter((x) => x.status === 'waiting' || x.status === 'called' || x.status === 'serving')) await staff.post(`/api/tickets/${t.id}/cancel`);
  await server?.dispose();
});

async function openBoard(page: Page): Promise<void> {
  await page.goto(`${server.url}/board/`);
  await expect(page.locator('.brand__branch')).toContainText('Kantor Cabang');
  await expect(page.locator('.offline')).toHaveCount(0);
}

async function currentOf(counterId: string) {
  return (await staff.counters()).find((c) => c.id === counterId)?.current ?? null;
}

async function callNext(counterId: string): Promise<string> {
  const r = await staff.ticketPost(`/api/counters/${counterId}/call-next`);
  expect(r.status).toBe(200);
  return r.ticket?.number ?? '';
}

async function serveAndFinish(counterId: string): Promise<void> {
  const cur = await currentOf(counterId);
  if (!cur) return;
  if (cur.status === 'called') await staff.post(`/api/tickets/${cur.id}/start`);
  await staff.post(`/api/tickets/${cur.id}/finish`);
}

/** The last-calls list as "A-005 Loket 1" lines. */
const recentLines = (page: Page) => page.locator('.recent li').evaluateAll((els) => els.map((e) => (e as HTMLElement).innerText.replace(/\s+/g, ' ').trim()));

async function expectPanelAndList(page: Page): Promise<void> {
  // Neither the missed A-004 nor the transferred A-005 stands at a counter: the big panel names no
  // one "silakan menuju —"; the last calls keep both, A-005 with the counter it was called to, A-004
  // as not present (it is also under Nomor Terlewat).
  await expect(page.locator('.calling__number')).toHaveCount(0);
  await expect(page.locator('.calling')).not.toContainText('—');
  await expect(page.locator('.calling__idle')).toHaveText('Menunggu panggilan berikutnya');
  await expect.poll(() => recentLines(page)).toEqual(['A-005 Loket 1', 'A-004 tidak hadir', 'A-003 Loket 1', 'A-002 Loket 1', 'A-001 Loket 1']);
}

test('a no-show leaves the big panel; a called ticket that is transferred stays in the last calls with its counter', async ({ page }) => {
  await staff.post('/api/counters/loket-1/open');
  for (let i = 0; i < 5; i++) await staff.issue('jht');
  await openBoard(page);
  for (const n of ['A-001', 'A-002', 'A-003']) {
    expect(await callNext('loket-1')).toBe(n);
    await serveAndFinish('loket-1');
  }

  expect(await callNext('loket-1')).toBe('A-004');
  await expect(page.locator('.calling__number')).toHaveText('A-004', { timeout: 1000 });
  const a004 = (await currentOf('loket-1'))?.id ?? '';
  expect((await staff.post(`/api/tickets/${a004}/no-show`)).status).toBe(200);
  // Tidak hadir: A-004 is no longer the current call (it is listed under Nomor Terlewat instead).
  await expect(page.locator('.calling__number')).toHaveCount(0, { timeout: 1000 });
  await expect(page.locator('.chips')).toContainText('A-004');

  expect(await callNext('loket-1')).toBe('A-005');
  await expect(page.locator('.calling__number')).toHaveText('A-005', { timeout: 1000 });
  await expect(page.locator('.calling__to')).toContainText('Loket 1');
  const a005 = (await currentOf('loket-1'))?.id ?? '';
  expect((await staff.post(`/api/tickets/${a005}/transfer`, { serviceId: 'informasi' })).status).toBe(200);
  await expectPanelAndList(page);
  await page.screenshot({ path: 'test/artifacts/screenshots/board-floor-missed-transferred.png' });

  // The same after a reload: the snapshot (GET /api/queue) says it as the events did.
  await page.reload();
  await expect(page.locator('.brand__branch')).toContainText('Kantor Cabang');
  await expectPanelAndList(page);

  // The transferred visitor is called again at the information desk: that call is the current one.
  await staff.post('/api/counters/loket-6/open');
  expect(await callNext('loket-6')).toBe('A-005');
  await expect(page.locator('.calling__number')).toHaveText('A-005', { timeout: 1000 });
  await expect(page.locator('.calling__to')).toContainText('Loket 6');
  await expect.poll(() => recentLines(page)).toEqual(['A-005 Loket 6', 'A-004 tidak hadir', 'A-003 Loket 1', 'A-002 Loket 1', 'A-001 Loket 1']);
  await serveAndFinish('loket-6');
});

interface Box {
  name: string;
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The regions of the board and the called number, measured in the page. */
async function measure(page: Page) {
  return page.evaluate(() => {
    const box = (name: string, el: Element): Box => {
      const r = el.getBoundingClientRect();
      return { name, left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    };
    const one = (sel: string) => {
      const el = document.querySelector(sel);
      if (!el) throw new Error(`no ${sel}`);
      return el;
    };
    const regions = [box('top', one('.top')), box('calling', one('.calling')), box('counters', one('.counters')), ...Array.from(document.querySelectorAll('.bottom .panel')).map((p, i) => box(`panel-${i}`, p)), box('ticker', one('.ticker'))];
    const number = one('.calling__number') as HTMLElement;
    // The glyphs themselves (a range over the text), not the element: this is what must be seen.
    const range = document.createRange();
    range.selectNodeContents(number);
    const r = range.getBoundingClientRect();
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    // Everything inside a region must stay inside it (a tile or list row cut off or spilling out).
    const spills: string[] = [];
    for (const region of Array.from(document.querySelectorAll('.top, .calling, .counters, .bottom .panel'))) {
      const outer = region.getBoundingClientRect();
      for (const child of Array.from(region.querySelectorAll('h1, h2, .calling__number, .calling__to, .counter, .recent li, .chips li, .waiting li, .brand, .clock'))) {
        const c = child.getBoundingClientRect();
        if (c.width === 0) continue;
        if (c.left < outer.left - 1 || c.right > outer.right + 1 || c.top < outer.top - 1 || c.bottom > outer.bottom + 1) spills.push(`${child.className || child.tagName} "${(child as HTMLElement).innerText.slice(0, 20)}" outside ${region.className}`);
      }
    }
    return {
      regions,
      number: { name: 'number', left: r.left, top: r.top, right: r.right, bottom: r.bottom },
      numberText: number.innerText,
      numberClipped: number.scrollWidth > number.clientWidth + 1,
      numberOnTop: hit !== null && number.contains(hit),
      numberFontPx: parseFloat(getComputedStyle(number).fontSize),
      spills,
      scroll: { width: document.documentElement.scrollWidth, height: document.documentElement.scrollHeight },
      viewport: { width: innerWidth, height: innerHeight },
    };
  });
}

const overlap = (a: Box, b: Box) => Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) * Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));

const SIZES = [
  { name: '1280x720', width: 1280, height: 720, scale: 1 },
  { name: '1366x768', width: 1366, height: 768, scale: 1 },
  { name: '1920x1080', width: 1920, height: 1080, scale: 1 },
  { name: '3840x2160', width: 3840, height: 2160, scale: 1 },
  // A 1080p TV set to 150% scaling gives the page 1280x720 CSS pixels at device pixel ratio 1.5.
  { name: '1080p-at-150', width: 1280, height: 720, scale: 1.5 },
];

test('the board lays out without overlap, the number whole and visible, at every TV size', async ({ browser }) => {
  test.setTimeout(120_000);
  // A busy moment: every counter holds a number, one is called, one is missed.
  for (let i = 0; i < 8; i++) await staff.issue('jht');
  await staff.issue('kepesertaan');
  await staff.issue('informasi');
  for (const id of ['loket-1', 'loket-2', 'loket-3', 'loket-4', 'loket-5', 'loket-6']) {
    await staff.post(`/api/counters/${id}/open`);
    await serveAndFinish(id);
    await callNext(id);
  }
  const missed = (await currentOf('loket-4'))?.id ?? '';
  await staff.post(`/api/tickets/${missed}/no-show`);
  await callNext('loket-4');

  for (const size of SIZES) {
    const context = await browser.newContext({ viewport: { width: size.width, height: size.height }, deviceScaleFactor: size.scale });
    const page = await context.newPage();
    await openBoard(page);
    await expect(page.locator('.calling__number')).toHaveCount(1);
    await page.waitForTimeout(300);
    const m = await measure(page);
    const where = `${size.name}: `;
    expect(m.viewport, where).toEqual({ width: size.width, height: size.height });
    expect(m.scroll, `${where}no scrolling`).toEqual({ width: size.width, height: size.height });
    for (const r of [...m.regions, m.number]) {
      expect([r.left >= -1, r.top >= -1, r.right <= size.width + 1, r.bottom <= size.height + 1], `${where}${r.name} inside the screen ${JSON.stringify(r)}`).toEqual([true, true, true, true]);
    }
    const overlaps: string[] = [];
    for (let i = 0; i < m.regions.length; i++) {
      for (let j = i + 1; j < m.regions.length; j++) {
        const [a, b] = [m.regions[i], m.regions[j]];
        if (a && b && overlap(a, b) > 1) overlaps.push(`${a.name} x ${b.name}`);
      }
    }
    expect(overlaps, `${where}regions overlap`).toEqual([]);
    const calling = m.regions.find((r) => r.name === 'calling');
    expect(calling && overlap(calling, m.number), `${where}the number inside the big panel`).toBeCloseTo((m.number.right - m.number.left) * (m.number.bottom - m.number.top), 0);
    expect(m.numberClipped, `${where}number clipped`).toBe(false);
    expect(m.numberOnTop, `${where}number covered`).toBe(true);
    expect(m.numberText).toMatch(/^[A-D]-\d{3}$/);
    // Read from across the room: at least a tenth of the screen height.
    expect(m.numberFontPx, `${where}number size`).toBeGreaterThanOrEqual(size.height / 10);
    expect(m.spills, `${where}content spilling out of its region`).toEqual([]);
    await page.screenshot({ path: `test/artifacts/screenshots/board-floor-${size.name}.png` });
    await context.close();
  }
});

test('"Aktifkan suara" leaves the running text readable', async () => {
  test.setTimeout(60_000);
  // Its own browser without the autoplay flag, so the board must ask for a touch.
  const browser: Browser = await chromium.launch(chromiumLaunch());
  try {
    for (const viewport of [{ width: 1920, height: 1080 }, { width: 1280, height: 720 }]) {
      const page = await browser.newPage({ viewport });
      await openBoard(page);
      const enable = page.getByRole('button', { name: /Aktifkan suara/ });
      await expect(enable).toBeVisible({ timeout: 10_000 });
      const seen = await page.evaluate(() => {
        const ticker = document.querySelector('.ticker');
        const button = document.querySelector('.enable-audio');
        if (!ticker || !button) return null;
        const t = ticker.getBoundingClientRect();
        const b = button.getBoundingClientRect();
        // Points along the running text's band: each must show the ticker, not the button.
        const covered = [0.1, 0.3, 0.5, 0.7, 0.9].filter((x) => {
          const hit = document.elementFromPoint(t.left + t.width * x, t.top + t.height / 2);
          return hit === null || !ticker.contains(hit);
        });
        return { ticker: { top: t.top, bottom: t.bottom, height: t.height }, button: { top: b.top, bottom: b.bottom }, covered, bottom: innerHeight };
      });
      expect(seen).not.toBeNull();
      expect(seen?.covered, `${viewport.width}: running text covered at`).toEqual([]);
      expect(seen?.ticker.height ?? 0).toBeGreaterThan(20);
      expect(seen?.ticker.bottom ?? 0).toBeLessThanOrEqual(viewport.height + 1);
      expect((seen?.button.bottom ?? 0) <= (seen?.ticker.top ?? 0) + 1 || (seen?.button.top ?? 0) >= (seen?.ticker.bottom ?? 0) - 1, 'button and running text do not overlap').toBe(true);
      await expect(page.locator('.ticker__track')).toContainText('Selamat datang');
      await page.screenshot({ path: `test/artifacts/screenshots/board-floor-audio-blocked-${viewport.width}.png` });
      await page.close();
    }
  } finally {
    await browser.close();
  }
});
