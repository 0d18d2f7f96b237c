/**
 * What the board, the kiosk and the branch head see (QueueViews), the counter rules
 * (CounterService) and the help button (HelpRequests), through their public methods.
 */
import { describe, expect, it } from 'vitest';
import { AppError } from '../../shared/errors.ts';
import type { BranchConfig } from '../../shared/contracts/branch-config.ts';
import { makeTestServices, officer, smallBranchConfig } from '../testing/fixtures.ts';
import { KIOSK_ACTOR, type Actor } from './actor.ts';

const MIN = 60_000;
const cso = officer(1);
const supervisor: Actor = { userId: 9, username: 'kepala', role: 'supervisor' };

function branch(overrides: Partial<BranchConfig> = {}) {
  return makeTestServices({ config: smallBranchConfig(overrides) });
}
type Services = ReturnType<typeof branch>;
const issue = (s: Services, fastTrack: 'elderly' | null = null, serviceId = 'jht') => s.engine.issue({ serviceId, fastTrack }, KIOSK_ACTOR).ticket;

function codeOf(action: () => unknown): string | null {
  try {
    action();
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
  return null;
}

const eventTypes = (s: Services) => (s.db.prepare('SELECT type FROM events ORDER BY id').all() as { type: string }[]).map((e) => e.type);

describe('supervisor alerts at the wait targets', () => {
  it('a normal ticket alerts at exactly 30 minutes of waiting, not a millisecond before', () => {
    const s = branch();
    const t = issue(s);
    s.clock.ms += 30 * MIN - 1;
    expect(s.views.overview().alerts).toEqual([]);
    expect(s.views.overview().longestWaitMinutes).toBe(29);
    s.clock.ms += 1;
    expect(s.views.overview().alerts).toEqual([
      { kind: 'wait', ticketNumber: t.number, serviceId: 'jht', minutes: 30, message: 'Nomor A-001 sudah menunggu 30 menit (target 30 menit).' },
    ]);
  });

  it('a fast-track ticket alerts at its own, shorter target', () => {
    const s = branch();
    issue(s, 'elderly');
    s.clock.ms += 10 * MIN - 1;
    expect(s.views.overview().alerts).toEqual([]);
    s.clock.ms += 1;
    const o = s.views.overview();
    expect(o.alerts).toEqual([
      { kind: 'fast-track-wait', ticketNumber: 'A-001', serviceId: 'jht', minutes: 10, message: 'Nomor prioritas A-001 sudah menunggu 10 menit (target 10 menit).' },
    ]);
    expect(o.longestFastTrackWaitMinutes).toBe(10);
    expect(o.longestWaitMinutes).toBe(0);
  });

  it('both alerts at once, each about the longest-waiting ticket of its line', () => {
    const s = branch({ targets: { waitMinutes: 5, fastTrackWaitMinutes: 2 } });
    issue(s);
    s.clock.advanceMinutes(1);
    issue(s, 'elderly');
    issue(s);
    s.clock.advanceMinutes(6);
    expect(s.views.overview().alerts.map((a: { kind: string; ticketNumber: string; minutes: number }) => [a.kind, a.ticketNumber, a.minutes])).toEqual([
      ['wait', 'A-001', 7],
      ['fast-track-wait', 'A-002', 6],
    ]);
  });
});

describe('the branch head’s overview', () => {
  it('shows each counter’s state, officer, current ticket and today’s counts', async () => {
    const s = branch();
    await s.auth.prepare('admin:rahasia-cabang');
    const user = await s.auth.createUser({ username: 'sari', password: 'sandi-sari-123', displayName: 'Sari', role: 'cso' });
    const sari: Actor = { userId: user.id, username: 'sari', role: 'cso' };
    const a = issue(s);
    const b = issue(s);
    issue(s);
    s.engine.callNext('l1', sari);
    s.engine.start(a.id, sari);
    s.engine.finish(a.id, sari);
    s.engine.callNext('l1', sari);
    s.engine.noShow(b.id, sari);
    s.engine.callNext('l1', sari);
    // An officer id without a user row (removed since) shows no name rather than failing.
    // (A closed counter is nobody's to pause: the officer opens it first.)
    s.counters.open('l2', officer(7));
    s.counters.pause('l2', 'Istirahat', officer(7));
    const o = s.views.overview();
    expect(o.serviceDay).toBe('2026-11-23');
    expect(o.generatedAt).toBe(new Date(s.clock.now()).toISOString());
    expect(o.targets).toEqual({ waitMinutes: 30, fastTrackWaitMinutes: 10 });
    const [l1, l2] = o.counters;
    expect(l1).toMatchObject({ id: 'l1', name: 'Loket 1', serviceIds: ['jht'], state: 'open', pauseReason: null, officer: 'Sari', today: { called: 3, finished: 1, missed: 1, transferred: 0 } });
    expect(l1?.current).toMatchObject({ number: 'A-003', status: 'called', fastTrack: null });
    expect(l2).toMatchObject({ id: 'l2', state: 'paused', pauseReason: 'Istirahat', officer: null, current: null, today: { called: 0, finished: 0, missed: 0, transferred: 0 } });
    expect(o.services.map((x: { id: string; waiting: number }) => [x.id, x.waiting])).toEqual([
      ['jht', 0],
      ['info', 0],
    ]);
    expect(o.helpRequests).toEqual([]);
  });

  it('counts only today’s actions, from the branch’s local midnight', () => {
    const s = makeTestServices({ config: smallBranchConfig(), start: '2026-11-23T16:59:00Z' }); // 23:59 WIB
    issue(s);
    s.engine.callNext('l1', cso);
    s.clock.advanceMinutes(2); // 00:01 WIB the next day
    issue(s);
    expect(s.views.overview().counters[0]?.today.called).toBe(0);
    s.engine.callNext('l1', cso);
    expect(s.views.overview().counters[0]?.today.called).toBe(1);
  });

  it('adds the facts other modules provide', () => {
    const s = branch();
    s.views.addOverviewExtras(() => ({ printers: [{ id: 'kiosk-1', online: true }] }));
    s.views.addOverviewExtras(() => ({ devices: 2 }));
    const o = s.views.overview() as Record<string, unknown>;
    expect(o.printers).toEqual([{ id: 'kiosk-1', online: true }]);
    expect(o.devices).toBe(2);
  });

  it('lists open help requests', () => {
    const s = branch();
    s.help.raise('kios-1', 'Printer macet');
    expect(s.views.overview().helpRequests.map((h: { source: string; note: string | null; status: string }) => [h.source, h.note, h.status])).toEqual([['kios-1', 'Printer macet', 'open']]);
  });
});

describe('the board’s snapshot', () => {
  it('names the branch, the day, the last event, and keeps the fast-track reason private', () => {
    const s = branch();
    const a = issue(s, 'elderly');
    s.engine.callNext('l1', cso);
    const snap = s.views.snapshot();
    const { code, name, timeZone, runningText } = smallBranchConfig().branch;
    expect(snap.branch).toEqual({ code, name, timeZone, runningText });
    expect(snap.serviceDay).toBe('2026-11-23');
    expect(snap.generatedAt).toBe('2026-11-23T02:00:00.000Z');
    expect(snap.lastEventId).toBe((s.db.prepare('SELECT MAX(id) AS id FROM events').get() as { id: number }).id);
    expect(snap.rules).toEqual({ recall: { maxRecalls: 3, minIntervalSeconds: 20, missedReturnMinutes: 30 } });
    expect(snap.counters.map((c) => [c.id, c.name, c.spokenNumber, c.serviceIds, c.state, c.current?.id ?? null])).toEqual([
      ['l1', 'Loket 1', 1, ['jht'], 'open', a.id],
      ['l2', 'Loket 2', 2, ['jht', 'info'], 'closed', null],
    ]);
    expect(snap.recentCalls).toEqual([{ id: a.id, number: 'A-001', serviceId: 'jht', status: 'called', counterId: 'l1', isFastTrack: true, calledAt: snap.generatedAt }]);
    expect(JSON.stringify(snap)).not.toContain('elderly');
  });

  it('shows the six most recent calls, newest first', () => {
    const s = branch();
    const ids = Array.from({ length: 8 }, () => issue(s).id);
    for (let i = 0; i < 8; i++) {
      s.clock.advanceSeconds(1);
      const called = s.engine.callNext('l1', cso);
      if (called) s.engine.noShow(called.id, cso);
    }
    expect(s.views.snapshot().recentCalls.map((t) => t.id)).toEqual(ids.slice(2).reverse());
  });

  it('lists services with their waiting count and estimate, in the configured order', () => {
    const s = branch();
    issue(s);
    issue(s);
    issue(s, null, 'info');
    expect(s.views.services()).toEqual([
      { id: 'jht', prefix: 'A', name: 'Klaim JHT', description: 'Klaim JHT.', nameEn: undefined, descriptionEn: undefined, waiting: 2, estimatedWaitMinutes: 10 },
      { id: 'info', prefix: 'D', name: 'Informasi', description: 'Informasi.', nameEn: undefined, descriptionEn: undefined, waiting: 1, estimatedWaitMinutes: 5 },
    ]);
  });
});

describe('counters', () => {
  it('one officer per counter; a supervisor may take it over with force', () => {
    const s = branch();
    s.counters.open('l1', cso);
    expect(codeOf(() => s.counters.open('l1', officer(2)))).toBe('counter.busy');
    expect(codeOf(() => s.counters.open('l1', officer(2), true))).toBe('counter.busy');
    expect(codeOf(() => s.counters.open('l1', supervisor))).toBe('counter.busy');
    expect(s.counters.open('l1', supervisor, true)).toMatchObject({ state: 'open', userId: 9 });
    expect(s.counters.open('l1', { ...supervisor, role: 'admin', userId: 10 }, true).userId).toBe(10);
  });

  it('the holder opening again keeps a pause; a takeover ends it', () => {
    const s = branch();
    s.counters.open('l1', cso);
    s.counters.pause('l1', 'Sholat', cso);
    expect(s.counters.open('l1', cso)).toMatchObject({ state: 'paused', pauseReason: 'Sholat' });
    expect(s.counters.open('l1', supervisor, true).state).toBe('open');
  });

  it('a closed counter may be opened by anyone', () => {
    const s = branch();
    s.counters.open('l1', cso);
    s.counters.close('l1', cso);
    expect(s.counters.open('l1', officer(2))).toMatchObject({ state: 'open', userId: 2, pauseReason: null });
  });

  it('close and pause need the holder (or a supervisor) and an idle counter', () => {
    const s = branch();
    const t = issue(s);
    s.counters.open('l1', cso);
    expect(codeOf(() => s.counters.close('l1', officer(2)))).toBe('counter.held_by_other');
    expect(codeOf(() => s.counters.pause('l1', 'Rapat', officer(2)))).toBe('counter.held_by_other');
    expect(codeOf(() => s.counters.resume('l1', officer(2)))).toBe('counter.held_by_other');
    s.engine.callNext('l1', cso);
    expect(codeOf(() => s.counters.close('l1', cso))).toBe('counter.has_active_ticket');
    expect(() => s.counters.pause('l1', 'Rapat', cso)).toThrowError(/Tidak bisa jeda: Loket 1 masih menangani nomor A-001/);
    expect(() => s.counters.close('l1', cso)).toThrowError(/Tidak bisa menutup loket: Loket 1/);
    s.engine.start(t.id, cso);
    s.engine.finish(t.id, cso);
    expect(s.counters.close('l1', supervisor)).toMatchObject({ state: 'closed', userId: null, pauseReason: null });
  });

  it('resume only a paused counter, and it opens again for the holder', () => {
    const s = branch();
    s.counters.open('l1', cso);
    expect(codeOf(() => s.counters.resume('l1', cso))).toBe('counter.not_paused');
    s.counters.pause('l1', 'Istirahat', cso);
    expect(s.counters.resume('l1', cso)).toMatchObject({ state: 'open', pauseReason: null, userId: 1 });
  });

  it('every change is announced to the board with the counter’s new state', () => {
    const s = branch();
    s.counters.open('l1', cso);
    s.counters.pause('l1', 'Istirahat', cso);
    const data = (s.db.prepare("SELECT data FROM events WHERE type = 'counter.updated' ORDER BY id").all() as { data: string }[]).map((e) => JSON.parse(e.data) as unknown);
    expect(data).toEqual([
      { counterId: 'l1', state: 'open', pauseReason: null },
      { counterId: 'l1', state: 'paused', pauseReason: 'Istirahat' },
    ]);
  });

  it('an unknown counter is a clear error, for the counter service and for call-next', () => {
    const s = branch();
    expect(codeOf(() => s.counters.open('l9', cso))).toBe('counter.not_found');
    expect(codeOf(() => s.engine.callNext('l9', cso))).toBe('counter.not_found');
    expect(() => s.engine.counter('l9')).toThrowError('Loket "l9" tidak dikenal.');
  });

  it('call-next opens a closed counter for the officer and announces it once', () => {
    const s = branch();
    issue(s);
    issue(s);
    const t = s.engine.callNext('l1', cso);
    expect(s.views.counters()[0]?.state).toBe('open');
    s.engine.noShow(t!.id, cso);
    s.engine.callNext('l1', cso);
    expect(eventTypes(s).filter((e) => e === 'counter.updated')).toHaveLength(1);
  });

  it('a paused counter refuses call-next with the code counter.paused', () => {
    const s = branch();
    issue(s);
    s.counters.open('l1', cso);
    s.counters.pause('l1', 'Istirahat', cso);
    expect(codeOf(() => s.engine.callNext('l1', cso))).toBe('counter.paused');
  });

  it('call-next with a ticket being served names it as served', () => {
    const s = branch();
    const t = issue(s);
    issue(s);
    s.engine.callNext('l1', cso);
    s.engine.start(t.id, cso);
    expect(() => s.engine.callNext('l1', cso)).toThrowError('Loket 1 masih melayani nomor A-001. Selesaikan atau tandai tidak hadir dulu.');
  });
});

describe('call pads (an actor without a user id)', () => {
  const pad: Actor = { userId: null, username: 'tombol-panggil:pad-1', role: 'cso' };

  it('a pad may call at a counter an officer holds, and an officer may use a counter a pad opened', () => {
    const s = branch();
    const a = issue(s);
    const b = issue(s);
    issue(s);
    expect(s.engine.callNext('l1', pad)?.id).toBe(a.id);
    s.engine.noShow(a.id, pad);
    expect(s.engine.callNext('l1', cso)?.id).toBe(b.id);
    s.engine.noShow(b.id, cso);
    expect(s.engine.callNext('l1', pad)?.number).toBe('A-003');
  });

  it('a counter a pad opened is free for an officer to open and close', () => {
    const s = branch();
    s.engine.callNext('l1', pad);
    expect(s.counters.open('l1', cso)).toMatchObject({ state: 'open', userId: 1 });
    expect(s.counters.close('l1', cso)).toMatchObject({ state: 'closed', userId: null });
  });
});

describe('a supervisor acting on an officer’s counter', () => {
  it('pausing or resuming it hands the counter to the supervisor', () => {
    const s = branch();
    s.counters.open('l1', cso);
    expect(s.counters.pause('l1', 'Rapat', supervisor)).toMatchObject({ state: 'paused', userId: 9 });
    // The officer now needs the supervisor to let go (or to resume it) before using it again.
    expect(codeOf(() => s.counters.open('l1', cso))).toBe('counter.busy');
    expect(s.views.overview().counters[0]?.state).toBe('paused');
  });

  it('resuming by the supervisor, too; the holder keeps it when resuming', () => {
    const s = branch();
    s.counters.open('l1', cso);
    s.counters.pause('l1', 'Rapat', cso);
    expect(s.counters.resume('l1', { ...supervisor, role: 'admin' })).toMatchObject({ state: 'open', userId: 9 });
    const t = branch();
    t.counters.open('l1', cso);
    t.counters.pause('l1', 'Rapat', cso);
    expect(t.counters.resume('l1', cso).userId).toBe(1);
  });
});

describe('the estimate of a ticket no longer waiting', () => {
  it('is zero once called, even with people still waiting ahead of it', () => {
    const s = branch({ fastTrack: { maxNormalWaitMinutes: 45, maxConsecutiveFastTrack: 1 } });
    issue(s, 'elderly');
    issue(s, 'elderly');
    const normal = issue(s);
    s.engine.callNext('l1', cso);
    s.engine.noShow(s.engine.ticketsOfDay(s.engine.today())[0]!.id, cso);
    // The run limit gives the normal ticket its turn while a fast-track ticket, earlier, still waits.
    const called = s.engine.callNext('l1', cso);
    expect(called?.id).toBe(normal.id);
    expect(s.engine.estimateFor(called!)).toEqual({ ahead: 0, estimatedWaitMinutes: 0 });
    expect(s.engine.estimateFor({ ...called!, status: 'waiting' }).ahead).toBe(1);
  });
});

describe('help requests', () => {
  it('one open request per kiosk; resolving it twice is refused', () => {
    const s = branch();
    const first = s.help.raise('kios-1', 'Bingung');
    expect(first.created).toBe(true);
    expect(first.request).toMatchObject({ source: 'kios-1', note: 'Bingung', status: 'open', resolvedAt: null, resolvedBy: null, createdAt: '2026-11-23T02:00:00.000Z' });
    const again = s.help.raise('kios-1', null);
    expect(again).toEqual({ request: first.request, created: false });
    expect(s.help.raise('kios-2', null).created).toBe(true);
    expect(s.help.open().map((h) => h.source)).toEqual(['kios-1', 'kios-2']);

    s.clock.advanceMinutes(2);
    const done = s.help.resolve(first.request.id, cso);
    expect(done).toMatchObject({ status: 'resolved', resolvedBy: 'cso1', resolvedAt: '2026-11-23T02:02:00.000Z' });
    expect(codeOf(() => s.help.resolve(first.request.id, cso))).toBe('help.already_resolved');
    expect(codeOf(() => s.help.resolve(999, cso))).toBe('help.not_found');
    expect(s.help.open().map((h) => h.source)).toEqual(['kios-2']);
    expect(s.help.raise('kios-1', null).created).toBe(true);
    expect(eventTypes(s)).toEqual(['help.requested', 'help.requested', 'help.resolved', 'help.requested']);
  });
});

describe('engine look-ups', () => {
  it('unknown service and ticket ids are clear errors', () => {
    const s = branch();
    expect(codeOf(() => s.engine.issue({ serviceId: 'nope', fastTrack: null }, KIOSK_ACTOR))).toBe('service.unknown');
    expect(codeOf(() => s.engine.service('nope'))).toBe('service.not_found');
    expect(codeOf(() => s.engine.ticket('t-404'))).toBe('ticket.not_found');
    expect(s.engine.findTicket('t-404')).toBeNull();
    const t = issue(s);
    expect(s.engine.findTicket(t.id)?.number).toBe('A-001');
    expect(codeOf(() => s.engine.transfer(t.id, 'jht', cso))).toBe('ticket.same_service');
  });

  it('every action is audited with who did it and at which counter, and announced with its own event', () => {
    const s = branch();
    const t = issue(s);
    s.engine.callNext('l1', cso);
    s.clock.advanceSeconds(20);
    s.engine.recall(t.id, cso);
    s.engine.start(t.id, cso);
    s.engine.transfer(t.id, 'info', cso);
    s.engine.callNext('l2', officer(2));
    s.engine.noShow(t.id, officer(2));
    s.engine.returnToQueue(t.id, officer(2));
    s.engine.cancel(t.id, officer(2));
    const audit = s.db.prepare('SELECT actor, action, counter_id AS counterId FROM audit ORDER BY id').all();
    expect(audit).toEqual([
      { actor: 'kiosk', action: 'issue', counterId: null },
      { actor: 'cso1', action: 'call', counterId: 'l1' },
      { actor: 'cso1', action: 'recall', counterId: 'l1' },
      { actor: 'cso1', action: 'start', counterId: 'l1' },
      { actor: 'cso1', action: 'transfer', counterId: 'l1' },
      { actor: 'cso2', action: 'call', counterId: 'l2' },
      { actor: 'cso2', action: 'no-show', counterId: 'l2' },
      { actor: 'cso2', action: 'return', counterId: null },
      { actor: 'cso2', action: 'cancel', counterId: null },
    ]);
    expect(eventTypes(s).filter((e) => e.startsWith('ticket.'))).toEqual([
      'ticket.issued',
      'ticket.called',
      'ticket.recalled',
      'ticket.started',
      'ticket.transferred',
      'ticket.called',
      'ticket.missed',
      'ticket.returned',
      'ticket.cancelled',
    ]);
    const transferred = (s.db.prepare("SELECT data FROM events WHERE type = 'ticket.transferred'").get() as { data: string }).data;
    expect(JSON.parse(transferred)).toMatchObject({ counterId: 'l1', ticket: { id: t.id, serviceId: 'info', status: 'waiting', counterId: null, isFastTrack: false } });
  });

  it('a transfer clears the call facts and keeps the arrival', () => {
    const s = branch();
    const t = issue(s);
    s.engine.callNext('l1', cso);
    s.engine.start(t.id, cso);
    expect(s.engine.transfer(t.id, 'info', cso)).toMatchObject({ serviceId: 'info', status: 'waiting', counterId: null, calledAt: null, startedAt: null, recallCount: 0, callRule: null, queuedAt: t.queuedAt });
  });

  it('the issued ticket records its facts and the fast-track reason only in the audit detail', () => {
    const s = branch();
    const t = issue(s, 'elderly');
    expect(t).toMatchObject({ serviceDay: '2026-11-23', serviceId: 'jht', originServiceId: 'jht', seq: 1, status: 'waiting', issuedAt: s.clock.now(), queuedAt: s.clock.now(), counterId: null, recallCount: 0, callRule: null, closedReason: null, fastTrack: 'elderly' });
    const detail = (s.db.prepare("SELECT detail FROM audit WHERE action = 'issue'").get() as { detail: string }).detail;
    expect(JSON.parse(detail)).toEqual({ fastTrack: 'elderly' });
  });
});
