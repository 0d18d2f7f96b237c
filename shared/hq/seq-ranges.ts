/**
 * Sequence bookkeeping shared by the branch and head office: a branch numbers its outbox 1, 2, 3 …
 * without gaps, so what head office is missing is exactly the numbers between what it stored and
 * the highest number the branch says it has written.
 */
export interface SeqRange {
  from: number;
  to: number;
}

/**
 * The missing ranges, given the contiguous prefix stored (1..contiguous), the stored islands past
 * it (sorted, disjoint, each from > contiguous + 1) and the highest sequence the branch reported.
 */
export function gapsOf(contiguous: number, islands: readonly SeqRange[], reportedLast: number): SeqRange[] {
  const gaps: SeqRange[] = [];
  let next = contiguous + 1;
  for (const island of islands) {
    if (island.to < next) continue;
    if (island.from > next) gaps.push({ from: next, to: island.from - 1 });
    next = Math.max(next, island.to + 1);
  }
  if (reportedLast >= next) gaps.push({ from: next, to: reportedLast });
  return gaps;
}

/** Sorted distinct sequences as ranges: [1,2,3,7,8] -> 1-3, 7-8. */
export function rangesOf(sortedSeqs: readonly number[]): SeqRange[] {
  const ranges: SeqRange[] = [];
  for (const seq of sortedSeqs) {
    const last = ranges.at(-1);
    if (last && seq === last.to + 1) last.to = seq;
    else if (!last || seq > last.to) ranges.push({ from: seq, to: seq });
  }
  return ranges;
}

export const countInRanges = (ranges: readonly SeqRange[]): number => ranges.reduce((n, r) => n + r.to - r.from + 1, 0);

/** "81.200-81.233" (Indonesian thousands separator), or "81.200" for a single number. */
export function rangeLabel(r: SeqRange): string {
  const f = (n: number) => n.toLocaleString('id-ID');
  return r.from === r.to ? f(r.from) : `${f(r.from)}-${f(r.to)}`;
}
