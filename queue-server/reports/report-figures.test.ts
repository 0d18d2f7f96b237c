/**
 * Every figure of GET /api/reports/summary on generated data (demo:generate's engine run), against
 * a direct computation over the raw rows: the audit trail of every ticket (issue, call, recall,
 * start, finish, no-show, return, transfer), the ticket table's outcome and printed estimate, and
 * the counter.updated events. The triggers of migration 7 are thereby checked too.
 */
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_HEAD, generateDemo } from './demo/generate.ts';
import { startTestServer } from '../testing/http.ts';

const MIN = 60_000;
const TARGET = 30 * MIN;

interface Visit {
  id: string;
  serviceId: string;
  fastTrack: string | null;
  status: string;
  estimate: number | null;
  issuedAt: number;
  wait: number | null;
  service: number | null;
  officer: string | null;
  counter: string | null;
  rule: string | null;
  missed: boolean;
  returned: boolean;
  transferred: boolean;
}

/** Rebuilds every visit from the audit trail alone (plus the ticket's final status and estimate). */
function visitsFromAudit(dir: string, from: string, to: string): Visit[] {
  const db = new Database(join(dir, 'queue.sqlite'), { readonly: true });
  const tickets = db.prepare('SELECT id, service_id, fast_track, status, estimate_minutes, issued_at FROM tickets WHERE service_day BETWEEN ? AND ?').all(from, to) as {
    id: string; service_id: string; fast_track: string | null; status: string; estimate_minutes: number | null; issued_at: number;
  }[];
  const audit = db.prepare('SELECT at, actor, action, ticket_id, counter_id, detail FROM audit WHERE ticket_id IS NOT NULL ORDER BY id').all() as {
    at: number; actor: string; action: string; ticket_id: string; counter_id: string | null; detail: string | null;
  }[];
  db.close();
  const byTicket = new Map<string, typeof audit>();
  for (const a of audit) byTicket.set(a.ticket_id, [...(byTicket.get(a.ticket_id) ?? []), a]);
  return tickets.map((t) => {
    const trail = byTicket.get(t.id) ?? [];
    let lastCall: number | null = null;
    let wait: number | null = null;
    let started: number | null = null;
    let service: number | null = null;
    let officer: string | null = null;
    let counter: string | null = null;
    let rule: string | null = null;
    for (const a of trail) {
      if (a.action === 'call') {
        lastCall = a.at;
        rule = (JSON.parse(a.detail ?? '{}') as { rule?: string }).rule ?? null;
      }
      if (a.action === 'recall') lastCall = a.at;
      if (a.action === 'return' || a.action === 'transfer') rule = null;
      if (a.action === 'start') {
        started = a.at;
        if (wait === null && lastCall !== null) wait = lastCall - t.issued_at;
      }
      if (a.action === 'finish' && started !== null) {
        service = a.at - started;
        officer = a.actor;
        counter = a.counter_id;
      }
    }
    return {
      id: t.id, serviceId: t.service_id, fastTrack: t.fast_track, status: t.status, estimate: t.estimate_minutes, issuedAt: t.issued_at,
      wait, service, officer, counter, rule: t.status === 'done' ? rule : null,
      missed: trail.some((a) => a.action === 'no-show'), returned: trail.some((a) => a.action === 'return'), transferred: trail.some((a) => a.action === 'transfer'),
    };
  });
}

/** Nearest rank, written again here on purpose (not imported). */
function rank(values: number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round((sorted[Math.ceil((p / 100) * sorted.length) - 1] ?? 0) / 6_000) / 10;
}
const share = (part: number, whole: number) => (whole === 0 ? null : Math.round((part / whole) * 10_000) / 10_000);
const jakartaHour = (ms: number) => Number(new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Jakarta', hour: '2-digit', hourCycle: 'h23' }).format(ms));

function expectSummaryMatches(body: Record<string, any>, visits: Visit[]) { // eslint-disable-line @typescript-eslint/no-explicit-any -- checked against the contract by api()
  const served = visits.filter((v) => v.status === 'done');
  const waits = served.map((v) => v.wait ?? 0);
  expect(served.every((v) => v.wait !== null)).toBe(true);
  expect(body.issued).toBe(visits.length);
  expect(body.served).toBe(served.length);
  expect(body.missed).toBe(visits.filter((v) => v.missed).length);
  expect(body.returned).toBe(visits.filter((v) => v.returned).length);
  expect(body.transferred).toBe(visits.filter((v) => v.transferred).length);
  expect(body.cancelled).toBe(visits.filter((v) => v.status === 'cancelled').length);
  expect(body.expired).toBe(visits.filter((v) => v.status === 'expired').length);
  expect(body.waitMinutes).toEqual({ n: served.length, median: rank(waits, 50), p90: rank(waits, 90), max: rank(waits, 100) });
  expect(body.overTargetShare).toBe(share(waits.filter((w) => w > TARGET).length, waits.length));

  for (const row of body.byService) {
    const of = visits.filter((v) => v.serviceId === row.serviceId);
    const w = of.filter((v) => v.status === 'done').map((v) => v.wait ?? 0);
    expect({ id: row.serviceId, issued: row.issued, served: row.served, median: row.waitMinutes.median, p90: row.waitMinutes.p90 }).toEqual({
      id: row.serviceId, issued: of.length, served: w.length, median: rank(w, 50), p90: rank(w, 90),
    });
  }
  const hours = [...new Set(visits.map((v) => jakartaHour(v.issuedAt)))].sort((a, b) => a - b);
  expect(body.byHour.map((h: { hour: number }) => h.hour)).toEqual(hours);
  for (const h of body.byHour) {
    const of = visits.filter((v) => jakartaHour(v.issuedAt) === h.hour);
    const w = of.filter((v) => v.status === 'done').map((v) => v.wait ?? 0);
    expect([h.hour, h.issued, h.waitMinutes.p90, h.overTargetShare]).toEqual([h.hour, of.length, rank(w, 90), share(w.filter((x) => x > TARGET).length, w.length)]);
  }
  expect(body.heatmap.reduce((n: number, c: { issued: number }) => n + c.issued, 0)).toBe(visits.length);

  // Officers by name: the audit trail records usernames, the report display names; compare the counts per officer.
  const perOfficer = new Map<string, number[]>();
  for (const v of served) perOfficer.set(v.officer ?? '', [...(perOfficer.get(v.officer ?? '') ?? []), v.service ?? 0]);
  expect(body.officers.map((o: { served: number }) => o.served).sort()).toEqual([...perOfficer.values()].map((l) => l.length).sort());
  expect(body.officers.map((o: { serviceMinutes: { median: number } }) => o.serviceMinutes.median).sort()).toEqual([...perOfficer.values()].map((l) => rank(l, 50)).sort());
  for (const c of body.counters) {
    const of = served.filter((v) => v.counter === c.counterId);
    expect([c.counterId, c.served, c.serviceMinutes.p90]).toEqual([c.counterId, of.length, rank(of.map((v) => v.service ?? 0), 90)]);
  }

  for (const r of body.fairness.rules) expect([r.rule, r.served]).toEqual([r.rule, served.filter((v) => v.rule === r.rule).length]);
  const normal = served.filter((v) => v.fastTrack === null).map((v) => v.wait ?? 0);
  expect(body.fairness.longestNormalWaitMinutes).toBe(rank(normal, 100));
  expect(body.fairness.normalOverGuard).toBe(normal.filter((w) => w > 45 * MIN).length);
  for (const r of body.fairness.byReason) {
    const w = served.filter((v) => v.fastTrack === r.reason).map((v) => v.wait ?? 0);
    expect([r.reason, r.waitMinutes.median, r.overTargetShare]).toEqual([r.reason, rank(w, 50), share(w.filter((x) => x > 10 * MIN).length, w.length)]);
  }

  const pairs = served.filter((v) => v.estimate !== null);
  expect(body.honesty.total.n).toBe(pairs.length);
  expect(body.honesty.total.medianAbsErrorMinutes).toBe(rank(pairs.map((v) => Math.abs((v.wait ?? 0) - (v.estimate ?? 0) * MIN)), 50));
  expect(body.honesty.total.underestimatedShare).toBe(share(pairs.filter((v) => (v.wait ?? 0) - (v.estimate ?? 0) * MIN > 10 * MIN).length, pairs.length));
}

describe('report figures on a generated day', () => {
  const dir = mkdtempSync(join(tmpdir(), 'report-day-'));
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let token: string;
  beforeAll(async () => {
    // 2026-07-06 is a Monday, a working day.
    await generateDemo({ days: 1, perDay: 140, dataDir: dir, seed: 7, end: '2026-07-06' });
    server = await startTestServer({ dataDir: dir, start: '2026-07-07T02:00:00Z' });
    token = await server.login(DEMO_HEAD.username, DEMO_HEAD.password);
  }, 60_000);
  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('every queue figure equals the one rebuilt from the audit trail', async () => {
    const { status, body } = await server.api('GET', '/api/reports/summary?from=2026-07-06&to=2026-07-06', { token });
    expect(status).toBe(200);
    expect(body.issued).toBeGreaterThan(100);
    expectSummaryMatches(body, visitsFromAudit(dir, '2026-07-06', '2026-07-06'));
  });

  it('today (no digest yet) and the sealed days give the figures their visits give', () => {
    const reports = server.services.reports;
    expect(reports.summary({ from: '2026-07-06', to: '2026-07-07' })).toEqual(reports.summary({ from: '2026-07-06', to: '2026-07-07' }, 'visits'));
  });

  it('filters by service and counter', async () => {
    const { body } = await server.api('GET', '/api/reports/summary?from=2026-07-06&to=2026-07-06&serviceId=jht&counterId=loket-1', { token });
    const visits = visitsFromAudit(dir, '2026-07-06', '2026-07-06').filter((v) => v.serviceId === 'jht' && v.counter === 'loket-1');
    expect(body.served).toBe(visits.filter((v) => v.status === 'done').length);
    expect(body.waitMinutes.median).toBe(rank(visits.filter((v) => v.status === 'done').map((v) => v.wait ?? 0), 50));
  });

  it('open and paused counter time equals the counter.updated events of the day', async () => {
    const { body } = await server.api('GET', '/api/reports/summary?from=2026-07-06&to=2026-07-06', { token });
    const db = new Database(join(dir, 'queue.sqlite'), { readonly: true });
    const events = (db.prepare("SELECT at, data FROM events WHERE type = 'counter.updated' ORDER BY id").all() as { at: number; data: string }[]).map((e) => ({
      at: e.at, ...(JSON.parse(e.data) as { counterId: string; state: string; pauseReason: string | null }),
    }));
    db.close();
    for (const c of body.counters) {
      const of = events.filter((e) => e.counterId === c.counterId);
      let open = 0;
      let paused = 0;
      of.forEach((e, i) => {
        const next = of[i + 1]?.at ?? e.at;
        if (e.state === 'open') open += next - e.at;
        if (e.state === 'paused') paused += next - e.at;
      });
      expect([c.counterId, c.openMinutes, c.pausedMinutes]).toEqual([c.counterId, Math.round(open / 6_000) / 10, Math.round(paused / 6_000) / 10]);
      expect(c.idleMinutes).toBeLessThanOrEqual(c.openMinutes);
    }
  });

  it('refuses visitors and officers, and a reversed period', async () => {
    expect((await server.api('GET', '/api/reports/summary?from=2026-07-06&to=2026-07-06')).status).toBe(401);
    const cso = await server.login('cso.01', DEMO_HEAD.password);
    expect((await server.api('GET', '/api/reports/summary?from=2026-07-06&to=2026-07-06', { token: cso })).status).toBe(403);
    const reversed = await server.api('GET', '/api/reports/summary?from=2026-07-07&to=2026-07-06', { token });
    expect(reversed.status).toBe(400);
    expect(reversed.body.error.message).toContain('Tanggal awal');
  });
});

describe('report figures on a generated semester', () => {
  const dir = mkdtempSync(join(tmpdir(), 'report-semester-'));
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let token: string;
  beforeAll(async () => {
    await generateDemo({ days: 181, perDay: 30, dataDir: dir, seed: 11, end: '2026-06-30' });
    server = await startTestServer({ dataDir: dir, start: '2026-07-01T02:00:00Z' });
    // The audit rebuild below runs for seconds in this process; a socket the server's 5 s keep-alive
    // timer closes meanwhile would reset the next request (undici reuses it), so keep sockets longer.
    server.server.keepAliveTimeout = 120_000;
    token = await server.login(DEMO_HEAD.username, DEMO_HEAD.password);
  }, 120_000);
  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('every queue figure of Semester I equals the one rebuilt from the audit trail', async () => {
    const { body } = await server.api('GET', '/api/reports/summary?from=2026-01-01&to=2026-06-30', { token });
    expect(body.label).toBe('Semester I 2026');
    expect(body.issued).toBeGreaterThan(2500);
    expectSummaryMatches(body, visitsFromAudit(dir, '2026-01-01', '2026-06-30'));
    // Working days only: no visit on a Saturday, a Sunday or a national holiday (1 Jan, 17 Feb ...).
    expect(body.heatmap.every((c: { weekday: number }) => c.weekday >= 1 && c.weekday <= 5)).toBe(true);
    const db = new Database(join(dir, 'queue.sqlite'), { readonly: true });
    const days = (db.prepare('SELECT DISTINCT service_day AS d FROM tickets').all() as { d: string }[]).map((r) => r.d);
    db.close();
    expect(days).not.toContain('2026-01-01');
    expect(days).not.toContain('2026-08-17');
  });

  it('the day digests sealed at each day close give the figures the visits of the semester give, and a later change to a day drops its digest', () => {
    const reports = server.services.reports;
    const q = { from: '2026-01-01', to: '2026-06-30' };
    const db = server.services.db;
    // The generator leaves its last day open; the housekeeping tick closes it (and seals it) once the server runs.
    server.services.engine.closePastDays();
    const days = (db.prepare("SELECT COUNT(DISTINCT service_day) AS n FROM tickets WHERE service_day BETWEEN '2026-01-01' AND '2026-06-30'").get() as { n: number }).n;
    expect((db.prepare("SELECT COUNT(*) AS n FROM report_days WHERE service_day BETWEEN '2026-01-01' AND '2026-06-30'").get() as { n: number }).n).toBe(days);
    expect(reports.summary(q)).toEqual(reports.summary(q, 'visits'));
    // A correction to a closed day (as a restore or a repair would make) removes that day's digest in
    // its own transaction; the report then reads that day's tickets and still agrees.
    const day = (db.prepare("SELECT service_day AS d FROM tickets WHERE status = 'done' AND service_day <= '2026-06-30' ORDER BY service_day DESC LIMIT 1").get() as { d: string }).d;
    db.prepare("UPDATE tickets SET wait_ms = wait_ms + 3600000 WHERE service_day = ? AND status = 'done'").run(day);
    expect(db.prepare('SELECT COUNT(*) AS n FROM report_days WHERE service_day = ?').get(day)).toEqual({ n: 0 });
    const after = reports.summary(q);
    expect(after).toEqual(reports.summary(q, 'visits'));
    expect(after.waitMinutes.max).toBeGreaterThan(60);
    // The day is due again; the next day close seals it anew, from its tickets as they now are.
    expect(db.prepare('SELECT service_day AS d FROM report_days_due').all()).toContainEqual({ d: day });
    expect(server.services.uow.write(() => reports.sealDaysBefore('2026-07-01'))).toBe(1);
    expect(db.prepare('SELECT COUNT(*) AS n FROM report_days_due WHERE service_day < ?').get('2026-07-01')).toEqual({ n: 0 });
    expect(reports.summary(q)).toEqual(after);
    db.prepare("UPDATE tickets SET wait_ms = wait_ms - 3600000 WHERE service_day = ? AND status = 'done'").run(day);
  });

  it('complaints by category, channel and status, in-time share, and the IKM of the period', async () => {
    const { body } = await server.api('GET', '/api/reports/quality?from=2026-01-01&to=2026-06-30', { token });
    const db = new Database(join(dir, 'queue.sqlite'), { readonly: true });
    const byCategory = db.prepare('SELECT category AS key, COUNT(*) AS count FROM complaints GROUP BY category').all() as { key: string; count: number }[];
    const closed = (db.prepare('SELECT COUNT(*) AS n FROM complaints WHERE closed_at IS NOT NULL').get() as { n: number }).n;
    const responses = (db.prepare("SELECT COUNT(*) AS n FROM survey_responses WHERE service_day BETWEEN '2026-01-01' AND '2026-06-30'").get() as { n: number }).n;
    db.close();
    expect(body.complaints.received).toBe(byCategory.reduce((n, r) => n + r.count, 0));
    expect(body.complaints.received).toBeGreaterThan(0);
    expect(new Map(body.complaints.byCategory.map((k: { key: string; count: number }) => [k.key, k.count]))).toEqual(new Map(byCategory.map((r) => [r.key, r.count])));
    expect(body.complaints.closed).toBe(closed);
    expect(body.complaints.closedInTime).toBeLessThanOrEqual(closed);
    expect(body.ikm.n).toBe(responses);
    expect(body.elements).toHaveLength(9);
    expect(body.elements[2].beside).toContain('P90');
  });

  it('renders the semester PDF', async () => {
    const res = await fetch(`${server.url}/api/reports/semester.pdf?year=2026&half=1`, { headers: { authorization: `Bearer ${token}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/pdf');
    const pdf = Buffer.from(await res.arrayBuffer());
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(5_000);
  });
});
