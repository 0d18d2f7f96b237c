import { describe, expect, it } from 'vitest';
import type { IngestBody } from '../../shared/contracts/hq-sync.ts';
import { KIOSK_ACTOR } from '../engine/actor.ts';
import { makeTestServices, smallBranchConfig } from '../testing/fixtures.ts';
import { HqPusher } from './pusher.ts';

/** A head office in a function: keeps what it got, answers the contiguous high. */
function fakeHq(fail: (n: number) => boolean = () => false) {
  const stored = new Set<number>();
  const bodies: IngestBody[] = [];
  let calls = 0;
  const fetchFn: typeof fetch = async (_url, init) => {
    calls++;
    if (fail(calls)) throw new Error('ECONNREFUSED');
    const body = JSON.parse(String(init?.body)) as IngestBody;
    bodies.push(body);
    for (const e of body.events) stored.add(e.seq);
    let high = 0;
    while (stored.has(high + 1)) high++;
    return new Response(JSON.stringify({ storedSeq: high, inserted: body.events.length, gaps: [], serverTime: new Date(Date.parse(body.sentAt) + 1500).toISOString() }), { status: 200 });
  };
  return { stored, bodies, fetchFn, calls: () => calls };
}

function branch() {
  const s = makeTestServices({ config: smallBranchConfig() });
  for (let i = 0; i < 30; i++) s.engine.issue({ serviceId: 'jht', fastTrack: null }, KIOSK_ACTOR);
  return s;
}

describe('the pusher', () => {
  it('sends batches bounded by count and bytes until head office holds everything, then only heartbeats', async () => {
    const s = branch();
    const hq = fakeHq();
    const pusher = new HqPusher({ hqUrl: 'http://hq.test', branchCode: 'KC-1', branchKey: 'k', uow: s.uow, repo: s.hqOutbox.repo, now: s.now, fetch: hq.fetchFn, maxEvents: 8, maxBytes: 2500 });
    let outcome = await pusher.pushOnce();
    while (outcome.kind === 'sent' && outcome.more) outcome = await pusher.pushOnce();
    expect([...hq.stored].sort((a, b) => a - b)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    for (const b of hq.bodies) {
      expect(b.events.length).toBeLessThanOrEqual(8);
      expect(Buffer.byteLength(JSON.stringify(b.events))).toBeLessThanOrEqual(2500);
    }
    expect(hq.bodies.length).toBeGreaterThan(30 / 8);
    expect(s.hqOutbox.repo.state()).toMatchObject({ ackedSeq: 30, lastSeq: 30, clockSkewMs: 1500, lastError: null });
    expect(await pusher.pushOnce()).toEqual({ kind: 'idle' });
    s.clock.advanceSeconds(31);
    expect((await pusher.pushOnce()).kind).toBe('sent'); // the heartbeat: an empty batch
    expect(hq.bodies.at(-1)?.events).toEqual([]);
  });

  it('backs off exponentially with jitter while head office cannot be reached, and resumes where it stood', async () => {
    const s = branch();
    const hq = fakeHq((n) => n <= 4);
    const pusher = new HqPusher({ hqUrl: 'http://hq.test', branchCode: 'KC-1', branchKey: 'k', uow: s.uow, repo: s.hqOutbox.repo, now: s.now, fetch: hq.fetchFn, random: () => 0.5, baseBackoffMs: 1000 });
    const waits: number[] = [];
    for (let i = 0; i < 4; i++) {
      const o = await pusher.pushOnce();
      if (o.kind !== 'failed') throw new Error('expected a failure');
      waits.push(o.retryInMs);
      expect(pusher.due()).toBe(false);
      s.clock.advanceSeconds(o.retryInMs / 1000);
    }
    expect(waits).toEqual([750, 1500, 3000, 6000]);
    expect(s.hqOutbox.repo.state().lastError).toContain('ECONNREFUSED');
    const o = await pusher.pushOnce();
    expect(o).toMatchObject({ kind: 'sent', sent: 30, more: false });
    expect(s.hqOutbox.repo.state().lastError).toBeNull();
  });

  it('a batch head office stored but whose answer was lost is sent again, and stored once', async () => {
    const s = branch();
    const hq = fakeHq();
    let lose = true;
    const lossy: typeof fetch = async (url, init) => {
      const res = await hq.fetchFn(url, init);
      if (lose) {
        lose = false;
        throw new Error('connection reset');
      }
      return res;
    };
    const pusher = new HqPusher({ hqUrl: 'http://hq.test', branchCode: 'KC-1', branchKey: 'k', uow: s.uow, repo: s.hqOutbox.repo, now: s.now, fetch: lossy, maxEvents: 10 });
    expect((await pusher.pushOnce()).kind).toBe('failed');
    expect(s.hqOutbox.repo.state().ackedSeq).toBe(0);
    const again = await pusher.pushOnce();
    expect(again).toMatchObject({ kind: 'sent', answer: { storedSeq: 10 } });
    expect(hq.bodies.map((b) => b.events[0]?.seq)).toEqual([1, 1]);
  });
});
