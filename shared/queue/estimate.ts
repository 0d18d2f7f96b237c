/**
 * Wait estimates. Deliberately simple and explainable: people ahead times the recent average
 * service time, shared among the counters open for the service.
 */

/** Average of the recent service durations (minutes), or the configured default when too few. */
export function averageServiceMinutes(recentDurationsMs: readonly number[], defaultMinutes: number): number {
  // Fewer than three finished visits say more about luck than about the service.
  if (recentDurationsMs.length < 3) return defaultMinutes;
  const minutes = recentDurationsMs.map((ms) => Math.min(Math.max(ms / 60_000, 1), 120));
  return minutes.reduce((a, b) => a + b, 0) / minutes.length;
}

export function estimateWaitMinutes(input: { ahead: number; averageServiceMinutes: number; openCounters: number }): number {
  const counters = Math.max(1, input.openCounters);
  return Math.ceil((input.ahead * input.averageServiceMinutes) / counters);
}
