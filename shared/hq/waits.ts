/**
 * Wait summaries for head office: served count, median and 90th percentile wait, share within the
 * target. Kept small and pure so the integrator can point it at shared/reports (written in the
 * same session by the reports engineer) without touching hq-server.
 */
export interface WaitSummary {
  served: number;
  medianMinutes: number | null;
  p90Minutes: number | null;
  withinTargetPercent: number | null;
}

/** Nearest-rank percentile of sorted values (p in 0..100). */
export function percentile(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1] ?? null;
}

const oneDecimal = (x: number | null) => (x === null ? null : Math.round(x * 10) / 10);

export function summarizeWaits(waitMinutes: readonly number[], targetMinutes: number): WaitSummary {
  const sorted = [...waitMinutes].sort((a, b) => a - b);
  const within = sorted.filter((w) => w <= targetMinutes).length;
  return {
    served: sorted.length,
    medianMinutes: oneDecimal(percentile(sorted, 50)),
    p90Minutes: oneDecimal(percentile(sorted, 90)),
    withinTargetPercent: sorted.length === 0 ? null : oneDecimal((100 * within) / sorted.length),
  };
}
