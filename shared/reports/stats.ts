/**
 * Distribution figures used by every report, at the branch and at head office. Pure: numbers in,
 * numbers out. Waits are skewed (a few visitors wait very long), so reports show the median and the
 * 90th percentile, never the mean (reference/complaints-reports-hq.md 3.1, "measurement caveat").
 *
 * Percentiles use the nearest-rank method: the p-th percentile of n sorted values is the value at
 * rank ceil(p/100 * n). It is always one of the observed values, needs no interpolation rule, and
 * the same definition is easy to write in SQL at head office. The median is the 50th percentile by
 * the same rule (the lower middle value for an even n), so median <= p90 always holds.
 */

/** Nearest-rank percentile of values (any order); null for no values. p in (0, 100]. */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  if (!(p > 0 && p <= 100)) throw new RangeError(`percentile p must be in (0, 100], got ${p}`);
  const sorted = Float64Array.from(values).sort();
  return sortedPercentile(sorted, p);
}

/** The same on values already sorted ascending (for computing several percentiles at once). */
export function sortedPercentile(sorted: ArrayLike<number>, p: number): number | null {
  if (sorted.length === 0) return null;
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1] ?? null;
}

export interface Distribution {
  n: number;
  median: number | null;
  p90: number | null;
  max: number | null;
}

/** n, median, 90th percentile and maximum of values in milliseconds, reported in minutes (1 decimal). */
export function minutesDistribution(valuesMs: readonly number[]): Distribution {
  const sorted = Float64Array.from(valuesMs).sort();
  const minutes = (ms: number | null) => (ms === null ? null : roundMinutes(ms));
  return {
    n: sorted.length,
    median: minutes(sortedPercentile(sorted, 50)),
    p90: minutes(sortedPercentile(sorted, 90)),
    max: minutes(sorted.length === 0 ? null : (sorted[sorted.length - 1] ?? null)),
  };
}

/** Milliseconds to minutes with one decimal. */
export function roundMinutes(ms: number): number {
  return Math.round(ms / 6_000) / 10;
}

/** Share (0..1, 4 decimals) of values strictly over the limit; null when there are none. */
export function shareOver(values: readonly number[], limit: number): number | null {
  if (values.length === 0) return null;
  let over = 0;
  for (const v of values) if (v > limit) over++;
  return ratio(over, values.length);
}

/** part / whole with 4 decimals; null for an empty whole. */
export function ratio(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 10_000) / 10_000;
}

/** Groups items by a key, keeping the order keys were first seen. */
export function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** Local hour (0-23) and weekday (0 = Sunday) of an instant at a fixed UTC offset. */
export function localClock(instantMs: number, offsetMinutes: number): { hour: number; weekday: number } {
  // Arithmetic, not a Date per visit: a semester report reads this for 200,000 visits, three times.
  const local = instantMs + offsetMinutes * 60_000;
  const day = Math.floor(local / 86_400_000);
  return { hour: Math.floor((local - day * 86_400_000) / 3_600_000), weekday: (((day + 4) % 7) + 7) % 7 };
}
