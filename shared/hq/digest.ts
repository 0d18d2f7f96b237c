/**
 * The sealed digest of a branch day: first and last sequence, counts by type and a hash over the
 * event ids in sequence order. Head office recomputes the same from what it stored; equal digests
 * prove it holds the day complete. The hash itself is computed at the edges (SHA-256 in Node):
 * this file only fixes what is hashed, so both sides hash the same text.
 */
export interface DigestRow {
  seq: number;
  eventId: string;
  type: string;
}

export interface DayDigestBody {
  firstSeq: number | null;
  lastSeq: number | null;
  count: number;
  countsByType: Record<string, number>;
  /** The text whose SHA-256 (hex) is the seal's idsHash. */
  hashInput: string;
}

/** rows: the day's events (the seal itself excluded), in any order. */
export function dayDigest(rows: readonly DigestRow[]): DayDigestBody {
  const sorted = [...rows].sort((a, b) => a.seq - b.seq);
  const countsByType: Record<string, number> = {};
  for (const r of sorted) countsByType[r.type] = (countsByType[r.type] ?? 0) + 1;
  return {
    firstSeq: sorted[0]?.seq ?? null,
    lastSeq: sorted.at(-1)?.seq ?? null,
    count: sorted.length,
    countsByType: sortedKeys(countsByType),
    hashInput: sorted.map((r) => `${r.seq}:${r.eventId}`).join('\n'),
  };
}

function sortedKeys(counts: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => (a < b ? -1 : 1)));
}

export const SEAL_EVENT_TYPE = 'day.sealed';
