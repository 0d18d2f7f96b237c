/**
 * The head-office page with a branch that is behind: two real branches (queue-server services on
 * their own databases) serve two days; one pushes everything through its pusher, the other's
 * batches lose two stretches of sequence on the WAN. The page must name the branch, its incomplete
 * days and the missing sequences, and show the complete one as complete; which configuration
 * bundle each branch runs on (Bekasi one version behind), and a re-delivery asked of Bekasi.
 */
import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { openHqStore, startHq } from '../../hq-server/testing/hq-fixture.ts';
import type { Sql } from '../../hq-server/store/sql.ts';
import { cutBatch } from '../../queue-server/hq-sync/batch.ts';
import { HqPusher } from '../../queue-server/hq-sync/pusher.ts';
import { HqConfigPuller } from '../../queue-server/hq-sync/config-puller.ts';
import { KIOSK_ACTOR } from '../../queue-server/engine/actor.ts';
import { runHousekeeping } from '../../queue-server/housekeeping.ts';
import { buildServices } from '../../queue-server/services.ts';
import { openDatabase } from '../../queue-server/store/database.ts';
import { defaultBranchConfig } from '../../queue-server/testing/fixtures.ts';
import { REPO_ROOT } from './fixtures/queue-server.ts';

const SHOTS = join(REPO_ROOT, 'test', 'artifacts', 'hq');

function branch(code: string, name: string, clock: { ms: number }) {
  const base = defaultBranchConfig();
  const s = buildServices({ db: openDatabase(':memory:'), config: { ...base, branch: { ...base.branch, code, name } }, now: () => clock.ms });
  const cso = { userId: 1, username: 'cso1', role: 'cso' as const };
  for (const day of ['2026-11-30', '2026-12-01']) {
    clock.ms = Date.parse(`${day}T01:00:00Z`);
    runHousekeeping(s);
    s.counters.open(base.counters[0]!.id, cso);
    for (let i = 0; i < 12; i++) {
      clock.ms += 4 * 60_000;
      s.engine.issue({ serviceId: base.counters[0]!.serviceIds[0]!, fastTrack: null }, KIOSK_ACTOR);
      if (i % 2 === 1) {
        clock.ms += (i < 6 ? 10 : 45) * 60_000; // the later visitors of the day wait past the target
        for (let k = 0; k < 2; k++) {
          const t = s.engine.callNext(base.counters[0]!.id, cso);
          if (t) {
            s.engine.start(t.id, cso);
            s.engine.finish(t.id, cso);
          }
        }
      }
    }
    s.complaints.create({ category: s.complaints.categories()[0]!.id, reporter: { name: 'Peserta Uji', nik: '3174012345678901', phone: '081234567890' }, description: 'Antrean terlalu lama hari ini.', consent: true }, KIOSK_ACTOR);
  }
  clock.ms = Date.parse('2026-12-01T17:10:00Z'); // past midnight WIB: both days sealed
  runHousekeeping(s);
  return s;
}

let sql: Sql;
let hq: Awaited<ReturnType<typeof startHq>>;

// Head office's clock, pinned to the morning after the two days (real time runs on from there, so
// sessions and sync intervals still pass). On the real clock the test broke once the calendar left
// 2 December WIB: 2 December became a past day, and after a week the two days would leave the
// overview's 7-day window.
const HQ_MORNING_AFTER = Date.parse('2026-12-02T03:00:00Z');
const hqOffset = HQ_MORNING_AFTER - Date.now();
const hqNow = () => Date.now() + hqOffset;

test.beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  sql = await openHqStore('pglite');
  hq = await startHq(sql, { staticDir: join(REPO_ROOT, 'dist'), now: hqNow });
  const register = async (code: string, name: string, region: string) => ((await hq.api('POST', '/api/hq/branches', { code, name, region })).body as { key: string }).key;

  const clockA = { ms: 0 };
  const a = branch('KC-SLB', 'Cabang Jakarta Salemba', clockA);
  const pusherKey = await register('KC-SLB', 'Cabang Jakarta Salemba', 'DKI Jakarta');
  const pusher = new HqPusher({ hqUrl: hq.url, branchCode: 'KC-SLB', branchKey: pusherKey, uow: a.uow, repo: a.hqOutbox.repo, now: hqNow });
  for (let n = 0; n < 20; n++) {
    const o = await pusher.pushOnce();
    if (o.kind !== 'sent' || !o.more) break;
  }

  // The branch that is behind: its batches lost two stretches of sequence on the way.
  const clockB = { ms: 0 };
  const b = branch('KC-BKS', 'Cabang Bekasi', clockB);
  const keyB = await register('KC-BKS', 'Cabang Bekasi', 'Jawa Barat');
  const rows = b.hqOutbox.repo.after(0, 10_000);
  const lost = (seq: number) => (seq >= 5 && seq <= 8) || (seq >= rows.length - 30 && seq <= rows.length - 27);
  const events = cutBatch(rows.filter((r) => !lost(r.seq)), 500);
  const res = await fetch(`${hq.url}/api/hq/ingest`, {
    method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${keyB}`, 'x-branch-code': 'KC-BKS' },
    body: JSON.stringify({ branchCode: 'KC-BKS', lastSeq: rows.length, sentAt: new Date(hqNow()).toISOString(), events }),
  });
  expect(res.status).toBe(200);

  // Configuration: both branches pull version 1; only Salemba gets to version 2 (Bekasi is behind on that too).
  const pull = (services: typeof a, code: string, key: string) => new HqConfigPuller({ hqUrl: hq.url, branchCode: code, branchKey: key, config: services.hqConfig, now: hqNow }).pullOnce();
  const holidays = { version: '2026-12-01.uji', decrees: [{ id: 'kep-uji', title: 'Keputusan uji coba hari libur', signed: '2026-11-20', url: 'https://setneg.go.id/uji' }], entries: [] };
  expect((await hq.api('POST', '/api/hq/config', { holidays, note: 'kalender' })).status).toBe(201);
  const keyA = pusherKey;
  for (const [s, code, key] of [[a, 'KC-SLB', keyA], [b, 'KC-BKS', keyB]] as const) {
    expect((await pull(s, code, key)).kind).toBe('applied');
    expect((await pull(s, code, key)).kind).toBe('not_modified'); // and tells head office it runs v1
  }
  expect((await hq.api('POST', '/api/hq/config', { holidays, runningText: 'Layanan JHT kini juga daring', note: 'teks berjalan' })).status).toBe(201);
  expect((await pull(a, 'KC-SLB', keyA)).kind).toBe('applied');
  expect((await pull(a, 'KC-SLB', keyA)).kind).toBe('not_modified');
  // Head office asks Bekasi for its first lost stretch again.
  expect((await hq.api('POST', '/api/hq/branches/KC-BKS/redeliveries', { from: 5, to: 8 })).status).toBe(201);
});

test.afterAll(async () => {
  await hq.close();
  await sql.close();
});

test('the head-office page names the branch that is behind, its incomplete days and the missing sequences', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.clock.setFixedTime(hqNow()); // the page says "n menit lalu" on head office's clock
  await page.goto(`${hq.url}/hq/`);
  await page.getByLabel('Nama pengguna').fill('hqadmin');
  await page.getByLabel('Kata sandi').fill('rahasia-pusat-1');
  await page.getByRole('button', { name: 'Masuk' }).click();
  const alerts = page.getByTestId('hq-alerts');
  await expect(alerts).toContainText(/Cabang Bekasi: 2 hari belum lengkap, seq 5-8, \d+-\d+ belum diterima/);
  await expect(alerts).not.toContainText('Salemba');
  await expect(page.getByTestId('hq-branch-KC-SLB')).toContainText('lengkap');
  await expect(page.getByTestId('hq-branch-KC-BKS')).toContainText('5-8');
  await expect(page.getByTestId('hq-national')).toContainText('Dalam target');
  await expect(page.getByTestId('hq-complaint-table')).toContainText('4');
  await expect(page.getByTestId('hq-config-latest')).toContainText('versi 2');
  await expect(page.getByTestId('hq-config-KC-SLB')).toHaveText('v2');
  await expect(page.getByTestId('hq-config-KC-BKS')).toHaveText('v1');
  await expect(page.getByTestId('hq-config-KC-BKS').locator('span')).toHaveAttribute('title', 'versi terbit terbaru: v2');
  await expect(alerts).toContainText('diminta kirim ulang seq 5-8');
  await page.screenshot({ path: join(SHOTS, 'hq-behind-1920x1080.png'), fullPage: true });
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.filter((v) => v.impact === 'critical' || v.impact === 'serious').map((v) => v.id)).toEqual([]);
});
