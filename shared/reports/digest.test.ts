/**
 * Day digests against the row functions of visits.ts: random visits (waits on and around every
 * rounding edge and every target), split into random "days", digested, stored as JSON, added up;
 * every figure must equal queueFigures over the same rows.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CALL_RULES, FAST_TRACK_REASONS, TICKET_STATUSES } from '../queue/ticket.ts';
import { digestFigures, digestVisits, durationKey, emptyDigest, histDistribution, histOver, mergeDigests } from './digest.ts';
import { addDigestJson, DigestFormatError, digestFromJson, digestToJson } from './digest-json.ts';
import { minutesDistribution, shareOver } from './stats.ts';
import { queueFigures, type VisitRow } from './visits.ts';

const MIN = 60_000;
const OFFSET = 420;
const SERVICES = ['jht', 'jkk', 'info'];
const BASE = Date.UTC(2026, 6, 6, 1, 0);

// Durations that land on the edges: exact tenths, half tenths (Math.round goes up), and the 10, 30, 45-minute limits +-1 ms.
const edge = fc.constantFrom(0, 1, 2_999, 3_000, 3_001, 5_999, 6_000, 6_001, 10 * MIN - 1, 10 * MIN, 10 * MIN + 1, 30 * MIN - 3_000, 30 * MIN - 1, 30 * MIN, 30 * MIN + 1, 30 * MIN + 2_999, 30 * MIN + 3_000, 45 * MIN, 45 * MIN + 1);
const duration = fc.oneof(edge, fc.integer({ min: 0, max: 150 * MIN }));

const visit: fc.Arbitrary<VisitRow> = fc.record({
  serviceId: fc.constantFrom(...SERVICES, 'old-service'),
  counterId: fc.constantFrom('loket-1', 'loket-2', null),
  officerId: fc.constantFrom(1, 2, 3, null),
  fastTrack: fc.constantFrom(null, null, ...FAST_TRACK_REASONS),
  status: fc.constantFrom('done', 'done', 'done', ...TICKET_STATUSES),
  issuedAt: fc.integer({ min: BASE, max: BASE + 14 * 86_400_000 }),
  waitMs: fc.option(duration, { freq: 8 }),
  serviceMs: fc.option(duration, { freq: 8 }),
  callRule: fc.constantFrom(null, ...CALL_RULES),
  estimateMinutes: fc.option(fc.integer({ min: 0, max: 90 }), { freq: 6 }),
  missed: fc.boolean(),
  returned: fc.boolean(),
  transferred: fc.boolean(),
});

const targets = { waitMinutes: 30, fastTrackWaitMinutes: 10, guardMinutes: 45 };

describe('day digests', () => {
  it('give every figure queueFigures gives over the same rows, split into any days', () => {
    fc.assert(
      fc.property(fc.array(visit, { maxLength: 150 }), fc.integer({ min: 1, max: 5 }), (rows, parts) => {
        const days = Array.from({ length: parts }, (_, i) => rows.filter((_, j) => j % parts === i));
        // Through the stored form: JSON out and back in, added up as a period read does.
        const merged = emptyDigest();
        for (const d of days) addDigestJson(merged, digestToJson(digestVisits(d, OFFSET)));
        const expected = queueFigures(rows, targets, SERVICES, FAST_TRACK_REASONS, OFFSET);
        expect(digestFigures(merged, targets, SERVICES, FAST_TRACK_REASONS)).toEqual(expected);
        expect(digestFigures(mergeDigests(days.map((d) => digestVisits(d, OFFSET))), targets, SERVICES, FAST_TRACK_REASONS)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('keep the distribution and the share over a limit exact at every rounding edge', () => {
    fc.assert(
      fc.property(fc.array(duration, { maxLength: 80 }), fc.integer({ min: 1, max: 60 }), (values, limit) => {
        const h = new Map<number, number>();
        for (const v of values) h.set(durationKey(v), (h.get(durationKey(v)) ?? 0) + 1);
        expect(histDistribution(h)).toEqual(minutesDistribution(values));
        expect(histOver(h, limit)).toBe(values.filter((v) => v > limit * MIN).length);
        if (values.length > 0) expect(histOver(h, limit) / values.length).toBeCloseTo(shareOver(values, limit * MIN) ?? 0, 3);
      }),
      { numRuns: 500 },
    );
  });

  it('a key never decreases as the duration grows', () => {
    fc.assert(
      fc.property(duration, duration, (a, b) => {
        expect(Math.sign(durationKey(b) - durationKey(a)) * Math.sign(b - a)).toBeGreaterThanOrEqual(0);
      }),
    );
    // 30 min exactly is not over 30; 30 min + 1 ms is, although both show as 30,0.
    expect(Math.floor(durationKey(30 * MIN) / 3)).toBe(Math.floor(durationKey(30 * MIN + 1) / 3));
    expect(histOver(new Map([[durationKey(30 * MIN), 1]]), 30)).toBe(0);
    expect(histOver(new Map([[durationKey(30 * MIN + 1), 1]]), 30)).toBe(1);
  });

  it('refuse a stored digest of another shape, adding nothing of it', () => {
    const good = digestToJson(digestVisits([{ serviceId: 'jht', counterId: 'loket-1', officerId: 1, fastTrack: null, status: 'done', issuedAt: BASE, waitMs: 5 * MIN, serviceMs: MIN, callRule: 'normal', estimateMinutes: 5, missed: false, returned: false, transferred: false }], OFFSET));
    const into = digestFromJson(good);
    const before = digestToJson(into);
    for (const bad of ['{', '[]', good.replace('"s":[["jht",1', '"s":[["jht",1.5'), good.replace('"hh":[[', '"hh":[["8",'), good.replace(/\]\]\}$/, ',1]]}')]) {
      expect(() => addDigestJson(into, bad)).toThrow(DigestFormatError);
    }
    expect(digestToJson(into)).toBe(before);
  });
});
