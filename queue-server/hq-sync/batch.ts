/** Outbox rows as the envelopes head office takes, cut to the batch bounds (count and bytes). */
import { MAX_BATCH_BYTES, MAX_BATCH_EVENTS, type OutboxEvent } from '../../shared/contracts/hq-sync.ts';
import type { OutboxRow } from '../store/hq-outbox-repository.ts';

export function envelopeOf(r: OutboxRow): OutboxEvent {
  const payload = typeof r.payload === 'object' && r.payload !== null && !Array.isArray(r.payload) ? Object.fromEntries(Object.entries(r.payload)) : {};
  return {
    branchCode: r.branchCode,
    seq: r.seq,
    eventId: r.eventId,
    type: r.type,
    schemaVersion: r.schemaVersion,
    occurredAt: new Date(r.occurredAt).toISOString(),
    localTime: r.localTime,
    day: r.day,
    entity: r.entityKind === null || r.entityId === null ? null : { kind: r.entityKind, id: r.entityId },
    payload,
  };
}

/** The longest prefix of `rows` within both bounds; always at least one row when there is one. */
export function cutBatch(rows: readonly OutboxRow[], maxEvents = MAX_BATCH_EVENTS, maxBytes = MAX_BATCH_BYTES - 4096): OutboxEvent[] {
  const out: OutboxEvent[] = [];
  let bytes = 0;
  for (const row of rows.slice(0, maxEvents)) {
    const e = envelopeOf(row);
    const size = Buffer.byteLength(JSON.stringify(e)) + 1;
    if (out.length > 0 && bytes + size > maxBytes) break;
    out.push(e);
    bytes += size;
  }
  return out;
}
