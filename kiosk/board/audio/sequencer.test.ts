import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { AudioBlockedError, CallSequencer, type Announcement, type Announcer, type SequencerEvent } from './sequencer.ts';

/** An announcer whose calls end only when the test says so, and which records overlap. */
class FakeAnnouncer implements Announcer {
  said: string[] = [];
  active = 0;
  maxActive = 0;
  #finishers: Array<() => void> = [];
  /** Errors to throw on the next say() calls, in order. */
  failNext: Error[] = [];
  manual = false;

  async say(a: Announcement): Promise<void> {
    const err = this.failNext.shift();
    if (err) throw err;
    this.active++;
    this.maxActive = Math.max(this.maxActive, this.active);
    if (this.manual) await new Promise<void>((r) => this.#finishers.push(r));
    else await Promise.resolve();
    this.active--;
    this.said.push(a.key);
  }

  finishOne(): void {
    this.#finishers.shift()?.();
  }
}

const call = (key: string, queuedAt?: number): Omit<Announcement, 'queuedAt'> & { queuedAt?: number } => ({
  key,
  label: key,
  clips: ['chime', key],
  sentence: null,
  ...(queuedAt === undefined ? {} : { queuedAt }),
});
const tick = (): Promise<void> => new Promise((r) => setTimeout(r, 0));
const noSleep = (): Promise<void> => Promise.resolve();

describe('CallSequencer', () => {
  it('says calls one at a time in arrival order; a new call waits for the one being said', async () => {
    const a = new FakeAnnouncer();
    a.manual = true;
    const s = new CallSequencer(a, { sleep: noSleep });
    s.enqueue(call('A-001'));
    await tick();
    s.enqueue(call('A-002'));
    s.enqueue(call('B-001'));
    expect(s.pending.map((p) => p.key)).toEqual(['A-001', 'A-002', 'B-001']);
    expect(a.active).toBe(1);
    for (let i = 0; i < 3; i++) {
      a.finishOne();
      await tick();
    }
    await s.whenIdle();
    expect(a.said).toEqual(['A-001', 'A-002', 'B-001']);
    expect(a.maxActive).toBe(1);
    expect(s.pending).toEqual([]);
  });

  it('says an event once even if it arrives twice, but says a recall (a new event) again', async () => {
    const a = new FakeAnnouncer();
    const events: SequencerEvent[] = [];
    const s = new CallSequencer(a, { sleep: noSleep, onEvent: (e) => events.push(e) });
    expect(s.enqueue(call('ev-7'))).toBe(true);
    expect(s.enqueue(call('ev-7'))).toBe(false);
    expect(s.enqueue(call('ev-9'))).toBe(true);
    await tick();
    await s.whenIdle();
    expect(a.said).toEqual(['ev-7', 'ev-9']);
    expect(events.filter((e) => e.type === 'duplicate').map((e) => e.key)).toEqual(['ev-7']);
  });

  it('pauses the gap between two calls and not after the last', async () => {
    const a = new FakeAnnouncer();
    const sleeps: number[] = [];
    const s = new CallSequencer(a, { gapMs: 700, sleep: async (ms) => void sleeps.push(ms) });
    s.enqueue(call('1'));
    s.enqueue(call('2'));
    await tick();
    await s.whenIdle();
    expect(sleeps).toEqual([700]);
  });

  it('when audio is blocked keeps every call and resumes from the blocked one after unblock', async () => {
    const a = new FakeAnnouncer();
    a.failNext = [new AudioBlockedError('blocked')];
    const events: SequencerEvent[] = [];
    const s = new CallSequencer(a, { sleep: noSleep, onEvent: (e) => events.push(e) });
    s.enqueue(call('A-001'));
    await tick();
    expect(s.blocked).toBe(true);
    s.enqueue(call('A-002'));
    await tick();
    expect(a.said).toEqual([]);
    expect(s.pending.map((p) => p.key)).toEqual(['A-001', 'A-002']);
    s.unblock();
    await tick();
    await s.whenIdle();
    expect(a.said).toEqual(['A-001', 'A-002']);
    expect(events.map((e) => e.type)).toEqual(['queued', 'started', 'blocked', 'queued', 'unblocked', 'started', 'finished', 'started', 'finished']);
  });

  it('skips calls that waited too long (blocked for minutes) but says the fresh ones', async () => {
    let now = 0;
    const a = new FakeAnnouncer();
    a.failNext = [new AudioBlockedError('blocked')];
    const events: SequencerEvent[] = [];
    const s = new CallSequencer(a, { sleep: noSleep, staleAfterMs: 60_000, now: () => now, onEvent: (e) => events.push(e) });
    s.enqueue(call('old'));
    await tick();
    now = 120_000;
    s.enqueue(call('fresh'));
    s.unblock();
    await tick();
    await s.whenIdle();
    expect(a.said).toEqual(['fresh']);
    expect(events.filter((e) => e.type === 'stale').map((e) => e.key)).toEqual(['old']);
  });

  it('a broken call is logged and the next one is still said', async () => {
    const a = new FakeAnnouncer();
    a.failNext = [new Error('decode error')];
    const events: SequencerEvent[] = [];
    const s = new CallSequencer(a, { sleep: noSleep, onEvent: (e) => events.push(e) });
    s.enqueue(call('bad'));
    s.enqueue(call('good'));
    await tick();
    await s.whenIdle();
    expect(a.said).toEqual(['good']);
    expect(events.find((e) => e.type === 'failed')).toMatchObject({ key: 'bad', detail: 'decode error' });
  });

  it('for any burst of events says each distinct key exactly once, in first-arrival order, never overlapping', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.integer({ min: 1, max: 20 }), { maxLength: 40 }), fc.array(fc.boolean(), { maxLength: 40 }), async (ids, yields) => {
        const a = new FakeAnnouncer();
        const s = new CallSequencer(a, { sleep: noSleep });
        for (const [i, id] of ids.entries()) {
          s.enqueue(call(`ev-${id}`));
          if (yields[i]) await tick();
        }
        await tick();
        await s.whenIdle();
        const expected = [...new Set(ids.map((id) => `ev-${id}`))];
        expect(a.said).toEqual(expected);
        expect(a.maxActive).toBeLessThanOrEqual(1);
      }),
      { numRuns: 60 },
    );
  });

  it('forgets very old keys so memory stays bounded', async () => {
    const a = new FakeAnnouncer();
    const s = new CallSequencer(a, { sleep: noSleep, rememberKeys: 2 });
    s.enqueue(call('1'));
    s.enqueue(call('2'));
    s.enqueue(call('3'));
    await tick();
    await s.whenIdle();
    expect(s.enqueue(call('1'))).toBe(true);
  });
});
