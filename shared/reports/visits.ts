/**
 * Queue figures over visits: one plain row per ticket, as the branch's SQLite or head office's
 * PostgreSQL hands them over. Definitions (README "Laporan"):
 *
 * - wait: from taking the number to the call that led to the visitor's first service; when a
 *   number is called again (recall, or missed and returned) the last call counts (Qmatic's rule).
 *   This is what the 30-minute target measures (seed 004, Operasional 25: number to CSO).
 * - service time: serving -> done of the service that finished the visit.
 * - waits and service times are of served visits (status done) only.
 * - missed / returned / transferred: the visit was at least once marked no-show / returned to the
 *   queue / moved to another service; cancelled and expired (left open at day end) are outcomes.
 */
import { CALL_RULES, type CallRule, type FastTrackReason, type TicketStatus } from '../queue/ticket.ts';
import { groupBy, localClock, minutesDistribution, ratio, shareOver, type Distribution } from './stats.ts';

export interface VisitRow {
  serviceId: string;
  counterId: string | null;
  officerId: number | null;
  fastTrack: FastTrackReason | null;
  status: TicketStatus;
  issuedAt: number;
  waitMs: number | null;
  serviceMs: number | null;
  callRule: CallRule | null;
  estimateMinutes: number | null;
  missed: boolean;
  returned: boolean;
  transferred: boolean;
}

export interface WaitTargets {
  /** Minutes a normal visitor may wait (30, seed 004 Operasional 25). */
  waitMinutes: number;
  /** Minutes a fast-track visitor may wait (10 by the branch configuration). */
  fastTrackWaitMinutes: number;
  /** The fast-track policy's guard: a normal ticket waiting this long is called first (45). */
  guardMinutes: number;
}

export interface VisitFilter {
  serviceId?: string;
  counterId?: string;
  officerId?: number;
  /** true: fast track only; false: normal only. */
  fastTrack?: boolean;
  reason?: FastTrackReason;
}

export function filterVisits(rows: readonly VisitRow[], f: VisitFilter): VisitRow[] {
  return rows.filter(
    (r) =>
      (f.serviceId === undefined || r.serviceId === f.serviceId) &&
      (f.counterId === undefined || r.counterId === f.counterId) &&
      (f.officerId === undefined || r.officerId === f.officerId) &&
      (f.fastTrack === undefined || (r.fastTrack !== null) === f.fastTrack) &&
      (f.reason === undefined || r.fastTrack === f.reason),
  );
}

const MINUTE = 60_000;

export interface Outcomes {
  issued: number;
  served: number;
  missed: number;
  returned: number;
  transferred: number;
  cancelled: number;
  expired: number;
}

export function outcomes(rows: readonly VisitRow[]): Outcomes {
  const o: Outcomes = { issued: rows.length, served: 0, missed: 0, returned: 0, transferred: 0, cancelled: 0, expired: 0 };
  for (const r of rows) {
    if (r.status === 'done') o.served++;
    if (r.status === 'cancelled') o.cancelled++;
    if (r.status === 'expired') o.expired++;
    if (r.missed) o.missed++;
    if (r.returned) o.returned++;
    if (r.transferred) o.transferred++;
  }
  return o;
}

/** Waits (ms) of the served visits among rows. */
export function servedWaits(rows: readonly VisitRow[]): number[] {
  const waits: number[] = [];
  for (const r of rows) if (r.status === 'done' && r.waitMs !== null) waits.push(r.waitMs);
  return waits;
}

export interface WaitFigures {
  waitMinutes: Distribution;
  /** Share of served visits that waited longer than the 30-minute target. */
  overTargetShare: number | null;
}

export function waitFigures(rows: readonly VisitRow[], targets: WaitTargets): WaitFigures {
  const waits = servedWaits(rows);
  return { waitMinutes: minutesDistribution(waits), overTargetShare: shareOver(waits, targets.waitMinutes * MINUTE) };
}

export interface QueueSummary extends Outcomes, WaitFigures {
  /** Fast-track visits against their own (10-minute) target. */
  fastTrack: Outcomes & { waitMinutes: Distribution; overTargetShare: number | null };
  byService: (Outcomes & WaitFigures & { serviceId: string })[];
}

export function queueSummary(rows: readonly VisitRow[], targets: WaitTargets, serviceIds: readonly string[]): QueueSummary {
  const fast = rows.filter((r) => r.fastTrack !== null);
  const fastWaits = servedWaits(fast);
  const byService = groupBy(rows, (r) => r.serviceId);
  // Services no longer configured (old rows) after the configured ones, by id.
  const ids = [...serviceIds, ...[...byService.keys()].filter((id) => !serviceIds.includes(id)).sort()];
  return {
    ...outcomes(rows),
    ...waitFigures(rows, targets),
    fastTrack: { ...outcomes(fast), waitMinutes: minutesDistribution(fastWaits), overTargetShare: shareOver(fastWaits, targets.fastTrackWaitMinutes * MINUTE) },
    byService: ids.map((serviceId) => {
      const of = byService.get(serviceId) ?? [];
      return { serviceId, ...outcomes(of), ...waitFigures(of, targets) };
    }),
  };
}

export interface HourRow extends WaitFigures {
  hour: number;
  issued: number;
  served: number;
}

/** Per hour of issue at the branch (the hours that have visits, ascending). */
export function byHour(rows: readonly VisitRow[], targets: WaitTargets, offsetMinutes: number): HourRow[] {
  const groups = groupBy(rows, (r) => localClock(r.issuedAt, offsetMinutes).hour);
  return [...groups.entries()]
    .sort(([a], [b]) => a - b)
    .map(([hour, of]) => ({ hour, issued: of.length, served: of.filter((r) => r.status === 'done').length, ...waitFigures(of, targets) }));
}

export interface HeatCell {
  weekday: number;
  hour: number;
  issued: number;
  medianWaitMinutes: number | null;
}

/** Weekday (1 = Monday .. 5 = Friday, 0/6 weekend) x hour of issue: visits and median wait. */
export function weekdayHourHeatmap(rows: readonly VisitRow[], offsetMinutes: number): HeatCell[] {
  const groups = groupBy(rows, (r) => {
    const c = localClock(r.issuedAt, offsetMinutes);
    return c.weekday * 100 + c.hour;
  });
  return [...groups.entries()]
    .sort(([a], [b]) => a - b)
    .map(([key, of]) => ({ weekday: Math.floor(key / 100), hour: key % 100, issued: of.length, medianWaitMinutes: minutesDistribution(servedWaits(of)).median }));
}

export interface ServiceTimeRow {
  served: number;
  serviceMinutes: Distribution;
}

function serviceTimes(rows: readonly VisitRow[]): ServiceTimeRow {
  const served = rows.filter((r) => r.status === 'done');
  return { served: served.length, serviceMinutes: minutesDistribution(served.flatMap((r) => (r.serviceMs === null ? [] : [r.serviceMs]))) };
}

/** Per officer who finished visits (officerId null: finished at a counter nobody had signed in to). */
export function byOfficer(rows: readonly VisitRow[]): (ServiceTimeRow & { officerId: number | null })[] {
  const groups = groupBy(rows.filter((r) => r.status === 'done'), (r) => r.officerId);
  return [...groups.entries()].sort(([a], [b]) => (a ?? -1) - (b ?? -1)).map(([officerId, of]) => ({ officerId, ...serviceTimes(of) }));
}

/** Per counter that finished visits, with the serving time summed (for idle time). */
export function byCounter(rows: readonly VisitRow[]): (ServiceTimeRow & { counterId: string; servingMs: number })[] {
  const groups = groupBy(rows.filter((r) => r.status === 'done' && r.counterId !== null), (r) => r.counterId ?? '');
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([counterId, of]) => ({ counterId, ...serviceTimes(of), servingMs: of.reduce((sum, r) => sum + (r.serviceMs ?? 0), 0) }));
}

export interface Fairness {
  /** How many served visits each call rule brought to the counter. */
  rules: { rule: CallRule; served: number }[];
  longestNormalWaitMinutes: number | null;
  guardMinutes: number;
  /** Served normal visits that waited past the guard (the guard calls them first, so few or none). */
  normalOverGuard: number;
  normal: Distribution;
  byReason: { reason: FastTrackReason; waitMinutes: Distribution; overTargetShare: number | null }[];
}

export function fastTrackFairness(rows: readonly VisitRow[], targets: WaitTargets, reasons: readonly FastTrackReason[]): Fairness {
  const served = rows.filter((r) => r.status === 'done');
  // Every rule the policy and the officers can fire, in CALL_RULES order (out-of-order and
  // directed calls are the officers' own, shown beside the policy's).
  const rules = CALL_RULES.map((rule) => ({ rule, served: served.filter((r) => r.callRule === rule).length }));
  const normalWaits = servedWaits(served.filter((r) => r.fastTrack === null));
  const normal = minutesDistribution(normalWaits);
  return {
    rules,
    longestNormalWaitMinutes: normal.max,
    guardMinutes: targets.guardMinutes,
    normalOverGuard: normalWaits.filter((w) => w > targets.guardMinutes * MINUTE).length,
    normal,
    byReason: reasons.map((reason) => {
      const waits = servedWaits(served.filter((r) => r.fastTrack === reason));
      return { reason, waitMinutes: minutesDistribution(waits), overTargetShare: shareOver(waits, targets.fastTrackWaitMinutes * MINUTE) };
    }),
  };
}

export interface HonestyRow {
  n: number;
  /** Median of the estimate printed on the ticket and of the real wait, minutes. */
  medianEstimateMinutes: number | null;
  medianActualMinutes: number | null;
  /** Median of |actual - estimate|, minutes. */
  medianAbsErrorMinutes: number | null;
  /** Share of visits that waited more than 10 minutes longer than promised. */
  underestimatedShare: number | null;
}

const PROMISE_SLACK_MS = 10 * MINUTE;

export function estimateHonesty(rows: readonly VisitRow[]): HonestyRow {
  const pairs = rows.flatMap((r) => (r.status === 'done' && r.waitMs !== null && r.estimateMinutes !== null ? [{ est: r.estimateMinutes * MINUTE, act: r.waitMs }] : []));
  return {
    n: pairs.length,
    medianEstimateMinutes: minutesDistribution(pairs.map((p) => p.est)).median,
    medianActualMinutes: minutesDistribution(pairs.map((p) => p.act)).median,
    medianAbsErrorMinutes: minutesDistribution(pairs.map((p) => Math.abs(p.act - p.est))).median,
    underestimatedShare: ratio(pairs.filter((p) => p.act - p.est > PROMISE_SLACK_MS).length, pairs.length),
  };
}

export function honestyByService(rows: readonly VisitRow[], serviceIds: readonly string[]): (HonestyRow & { serviceId: string })[] {
  return serviceIds.map((serviceId) => ({ serviceId, ...estimateHonesty(rows.filter((r) => r.serviceId === serviceId)) }));
}

export function honestyByHour(rows: readonly VisitRow[], offsetMinutes: number): (HonestyRow & { hour: number })[] {
  const groups = groupBy(rows, (r) => localClock(r.issuedAt, offsetMinutes).hour);
  return [...groups.entries()].sort(([a], [b]) => a - b).map(([hour, of]) => ({ hour, ...estimateHonesty(of) }));
}

/** Every queue figure of the reports over rows (digest.ts's digestFigures computes the same from day digests). */
export interface QueueFigures {
  queue: QueueSummary;
  byHour: HourRow[];
  heatmap: HeatCell[];
  officers: (ServiceTimeRow & { officerId: number | null })[];
  counters: (ServiceTimeRow & { counterId: string; servingMs: number })[];
  fairness: Fairness;
  honesty: { total: HonestyRow; byService: (HonestyRow & { serviceId: string })[]; byHour: (HonestyRow & { hour: number })[] };
}

export function queueFigures(rows: readonly VisitRow[], targets: WaitTargets, serviceIds: readonly string[], reasons: readonly FastTrackReason[], offsetMinutes: number): QueueFigures {
  return {
    queue: queueSummary(rows, targets, serviceIds),
    byHour: byHour(rows, targets, offsetMinutes),
    heatmap: weekdayHourHeatmap(rows, offsetMinutes),
    officers: byOfficer(rows),
    counters: byCounter(rows),
    fairness: fastTrackFairness(rows, targets, reasons),
    honesty: { total: estimateHonesty(rows), byService: honestyByService(rows, serviceIds), byHour: honestyByHour(rows, offsetMinutes) },
  };
}
