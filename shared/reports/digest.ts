/**
 * Day digests: everything the queue figures of visits.ts need, as counts and histograms that add
 * up exactly across days, so a semester merges ~130 day digests instead of reading 200,000 visits.
 *
 * Exactness: every figure from a digest equals the one visits.ts computes from the rows.
 * - A duration is kept as a histogram key: 3 x (its value rounded to a tenth of a minute, the
 *   resolution every report shows) + 0, 1 or 2 when the exact value is below, on or above that
 *   tenth. The key never decreases as the duration grows, so the nearest-rank median, P90 and
 *   maximum over keys are the keys of the rows' median, P90 and maximum, and the key names their
 *   rounded minutes exactly (rounding commutes with order statistics).
 * - "Longer than L minutes" (L a whole number of tenths) is a key comparison: a rounded value above
 *   L is above it, one below is below, and one equal to L is above exactly when the raw value was
 *   above its tenth. So the 30-minute target, the 10-minute fast-track target and the 45-minute
 *   guard come out exact from the digest whatever the branch configures later.
 * Pure: rows in, digests out; the store keeps one digest per closed service day.
 */
import { CALL_RULES, type FastTrackReason } from '../queue/ticket.ts';
import { localClock, ratio, type Distribution } from './stats.ts';
import type { HonestyRow, Outcomes, QueueFigures, ServiceTimeRow, VisitRow, WaitTargets } from './visits.ts';

/** Bump when the digest's content changes: stored digests of another version are not used. */
export const DIGEST_VERSION = 1;

const TENTH_MS = 6_000;
const MINUTE = 60_000;
/** The honesty section's slack: a visit waited "longer than promised" past 10 minutes more. */
const PROMISE_SLACK_TENTHS = 100;

/** Histogram: duration key (see above) -> number of visits. */
export type Hist = Map<number, number>;

export function durationKey(ms: number): number {
  const tenths = Math.round(ms / TENTH_MS);
  return 3 * tenths + Math.sign(ms - tenths * TENTH_MS) + 1;
}

const keyMinutes = (key: number): number => Math.floor(key / 3) / 10;

function add<K>(h: Map<K, number>, key: K, n = 1): void {
  h.set(key, (h.get(key) ?? 0) + n);
}

function mergeHist(into: Hist, from: Hist): void {
  for (const [k, n] of from) add(into, k, n);
}

function total(h: Hist): number {
  let n = 0;
  for (const c of h.values()) n += c;
  return n;
}

/** n, median, P90 and maximum in minutes, by the nearest rank (the same rule as stats.ts). */
export function histDistribution(h: Hist): Distribution {
  const keys = [...h.keys()].sort((a, b) => a - b);
  const n = total(h);
  if (n === 0) return { n: 0, median: null, p90: null, max: null };
  const at = (p: number): number => {
    const rank = Math.max(1, Math.ceil((p / 100) * n));
    let seen = 0;
    for (const k of keys) {
      seen += h.get(k) ?? 0;
      if (seen >= rank) return keyMinutes(k);
    }
    return keyMinutes(keys[keys.length - 1] ?? 0);
  };
  return { n, median: at(50), p90: at(90), max: keyMinutes(keys[keys.length - 1] ?? 0) };
}

/** Visits of h that lasted strictly longer than `minutes` (a whole number of tenths). */
export function histOver(h: Hist, minutes: number): number {
  const limit = 3 * Math.round(minutes * 10) + 1;
  let over = 0;
  for (const [k, n] of h) if (k > limit) over += n;
  return over;
}

const histShareOver = (h: Hist, minutes: number): number | null => ratio(histOver(h, minutes), total(h));

export interface WaitGroup {
  outcomes: Outcomes;
  /** Waits of the served visits. */
  wait: Hist;
}

export interface ServiceGroup {
  served: number;
  service: Hist;
  servingMs: number;
}

export interface HonestyGroup {
  n: number;
  estimate: Hist;
  actual: Hist;
  absError: Hist;
  underestimated: number;
}

export interface VisitDigest {
  byService: Map<string, WaitGroup>;
  /** '' = not fast track. */
  byReason: Map<string, WaitGroup>;
  /** weekday x 100 + hour of issue (branch-local). */
  byCell: Map<number, WaitGroup>;
  /** '' = finished at a counter nobody had signed in to; else the officer's id. */
  byOfficer: Map<string, ServiceGroup>;
  byCounter: Map<string, ServiceGroup>;
  /** Served visits per call rule. */
  rules: Map<string, number>;
  honestyByService: Map<string, HonestyGroup>;
  honestyByHour: Map<number, HonestyGroup>;
}

export function emptyDigest(): VisitDigest {
  return { byService: new Map(), byReason: new Map(), byCell: new Map(), byOfficer: new Map(), byCounter: new Map(), rules: new Map(), honestyByService: new Map(), honestyByHour: new Map() };
}

const noOutcomes = (): Outcomes => ({ issued: 0, served: 0, missed: 0, returned: 0, transferred: 0, cancelled: 0, expired: 0 });
const newWait = (): WaitGroup => ({ outcomes: noOutcomes(), wait: new Map() });
const newService = (): ServiceGroup => ({ served: 0, service: new Map(), servingMs: 0 });
const newHonesty = (): HonestyGroup => ({ n: 0, estimate: new Map(), actual: new Map(), absError: new Map(), underestimated: 0 });

function slot<K, V>(m: Map<K, V>, key: K, make: () => V): V {
  let v = m.get(key);
  if (v === undefined) {
    v = make();
    m.set(key, v);
  }
  return v;
}

function count(g: WaitGroup, r: VisitRow): void {
  const o = g.outcomes;
  o.issued++;
  if (r.status === 'done') o.served++;
  if (r.status === 'cancelled') o.cancelled++;
  if (r.status === 'expired') o.expired++;
  if (r.missed) o.missed++;
  if (r.returned) o.returned++;
  if (r.transferred) o.transferred++;
  if (r.status === 'done' && r.waitMs !== null) add(g.wait, durationKey(r.waitMs));
}

/** The digest of some visits (one service day's, as the store keeps them). */
export function digestVisits(rows: readonly VisitRow[], offsetMinutes: number): VisitDigest {
  const d = emptyDigest();
  for (const r of rows) {
    const clock = localClock(r.issuedAt, offsetMinutes);
    count(slot(d.byService, r.serviceId, newWait), r);
    count(slot(d.byReason, r.fastTrack ?? '', newWait), r);
    count(slot(d.byCell, clock.weekday * 100 + clock.hour, newWait), r);
    const honesty = slot(d.honestyByService, r.serviceId, newHonesty);
    const honestyHour = slot(d.honestyByHour, clock.hour, newHonesty);
    if (r.status !== 'done') continue;
    const serviceKey = r.serviceMs === null ? null : durationKey(r.serviceMs);
    const officer = slot(d.byOfficer, r.officerId === null ? '' : String(r.officerId), newService);
    officer.served++;
    if (serviceKey !== null) add(officer.service, serviceKey);
    if (r.counterId !== null) {
      const counter = slot(d.byCounter, r.counterId, newService);
      counter.served++;
      counter.servingMs += r.serviceMs ?? 0;
      if (serviceKey !== null) add(counter.service, serviceKey);
    }
    if (r.callRule !== null) add(d.rules, r.callRule);
    if (r.waitMs !== null && r.estimateMinutes !== null) {
      const est = r.estimateMinutes * MINUTE;
      for (const h of [honesty, honestyHour]) {
        h.n++;
        add(h.estimate, durationKey(est));
        add(h.actual, durationKey(r.waitMs));
        add(h.absError, durationKey(Math.abs(r.waitMs - est)));
        if (r.waitMs - est > PROMISE_SLACK_TENTHS * TENTH_MS) h.underestimated++;
      }
    }
  }
  return d;
}

function mergeOutcomes(into: Outcomes, from: Outcomes): void {
  for (const k of Object.keys(into) as (keyof Outcomes)[]) into[k] += from[k];
}

function mergeMap<K, V>(into: Map<K, V>, from: Map<K, V>, make: () => V, fold: (a: V, b: V) => void): void {
  for (const [k, v] of from) fold(slot(into, k, make), v);
}

const foldWait = (a: WaitGroup, b: WaitGroup) => {
  mergeOutcomes(a.outcomes, b.outcomes);
  mergeHist(a.wait, b.wait);
};
const foldService = (a: ServiceGroup, b: ServiceGroup) => {
  a.served += b.served;
  a.servingMs += b.servingMs;
  mergeHist(a.service, b.service);
};
const foldHonesty = (a: HonestyGroup, b: HonestyGroup) => {
  a.n += b.n;
  a.underestimated += b.underestimated;
  mergeHist(a.estimate, b.estimate);
  mergeHist(a.actual, b.actual);
  mergeHist(a.absError, b.absError);
};

/** Adds digests (of disjoint sets of visits) into one. */
export function mergeDigests(digests: Iterable<VisitDigest>): VisitDigest {
  const d = emptyDigest();
  for (const x of digests) {
    mergeMap(d.byService, x.byService, newWait, foldWait);
    mergeMap(d.byReason, x.byReason, newWait, foldWait);
    mergeMap(d.byCell, x.byCell, newWait, foldWait);
    mergeMap(d.byOfficer, x.byOfficer, newService, foldService);
    mergeMap(d.byCounter, x.byCounter, newService, foldService);
    mergeMap(d.honestyByService, x.honestyByService, newHonesty, foldHonesty);
    mergeMap(d.honestyByHour, x.honestyByHour, newHonesty, foldHonesty);
    for (const [rule, n] of x.rules) add(d.rules, rule, n);
  }
  return d;
}

function mergedWait(groups: Iterable<WaitGroup>): WaitGroup {
  const g = newWait();
  for (const x of groups) foldWait(g, x);
  return g;
}

const waitFiguresOf = (g: WaitGroup, minutes: number) => ({ waitMinutes: histDistribution(g.wait), overTargetShare: histShareOver(g.wait, minutes) });
const serviceTimesOf = (g: ServiceGroup): ServiceTimeRow => ({ served: g.served, serviceMinutes: histDistribution(g.service) });

function honestyOf(h: HonestyGroup): HonestyRow {
  return {
    n: h.n,
    medianEstimateMinutes: histDistribution(h.estimate).median,
    medianActualMinutes: histDistribution(h.actual).median,
    medianAbsErrorMinutes: histDistribution(h.absError).median,
    underestimatedShare: ratio(h.underestimated, h.n),
  };
}

/** The figures visits.ts computes from rows (queueSummary, byHour, ... honestyByHour), from a digest. */
export function digestFigures(d: VisitDigest, targets: WaitTargets, serviceIds: readonly string[], reasons: readonly FastTrackReason[]): QueueFigures {
  const all = mergedWait(d.byService.values());
  const fast = mergedWait([...d.byReason].filter(([reason]) => reason !== '').map(([, g]) => g));
  const extra = [...d.byService.keys()].filter((id) => !serviceIds.includes(id)).sort();
  const hours = new Map<number, WaitGroup[]>();
  for (const [cell, g] of d.byCell) slot(hours, cell % 100, () => []).push(g);
  const normal = d.byReason.get('')?.wait ?? new Map<number, number>();
  const normalWaits = histDistribution(normal);
  const honestyTotal = newHonesty();
  for (const h of d.honestyByService.values()) foldHonesty(honestyTotal, h);
  return {
    queue: {
      ...all.outcomes,
      ...waitFiguresOf(all, targets.waitMinutes),
      fastTrack: { ...fast.outcomes, ...waitFiguresOf(fast, targets.fastTrackWaitMinutes) },
      byService: [...serviceIds, ...extra].map((serviceId) => {
        const g = d.byService.get(serviceId) ?? newWait();
        return { serviceId, ...g.outcomes, ...waitFiguresOf(g, targets.waitMinutes) };
      }),
    },
    byHour: [...hours.entries()]
      .sort(([a], [b]) => a - b)
      .map(([hour, groups]) => {
        const g = mergedWait(groups);
        return { hour, issued: g.outcomes.issued, served: g.outcomes.served, ...waitFiguresOf(g, targets.waitMinutes) };
      }),
    heatmap: [...d.byCell.entries()]
      .sort(([a], [b]) => a - b)
      .map(([key, g]) => ({ weekday: Math.floor(key / 100), hour: key % 100, issued: g.outcomes.issued, medianWaitMinutes: histDistribution(g.wait).median })),
    officers: [...d.byOfficer.entries()]
      .map(([id, g]) => ({ officerId: id === '' ? null : Number(id), ...serviceTimesOf(g) }))
      .sort((a, b) => (a.officerId ?? -1) - (b.officerId ?? -1)),
    counters: [...d.byCounter.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([counterId, g]) => ({ counterId, ...serviceTimesOf(g), servingMs: g.servingMs })),
    fairness: {
      rules: CALL_RULES.map((rule) => ({ rule, served: d.rules.get(rule) ?? 0 })),
      longestNormalWaitMinutes: normalWaits.max,
      guardMinutes: targets.guardMinutes,
      normalOverGuard: histOver(normal, targets.guardMinutes),
      normal: normalWaits,
      byReason: reasons.map((reason) => {
        const h = d.byReason.get(reason)?.wait ?? new Map<number, number>();
        return { reason, waitMinutes: histDistribution(h), overTargetShare: histShareOver(h, targets.fastTrackWaitMinutes) };
      }),
    },
    honesty: {
      total: honestyOf(honestyTotal),
      byService: serviceIds.map((serviceId) => ({ serviceId, ...honestyOf(d.honestyByService.get(serviceId) ?? newHonesty()) })),
      byHour: [...d.honestyByHour.entries()].sort(([a], [b]) => a - b).map(([hour, h]) => ({ hour, ...honestyOf(h) })),
    },
  };
}
