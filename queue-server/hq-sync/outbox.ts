/**
 * Writes the head-office outbox from inside the unit of work: each emitted event, each audited
 * complaint step and each recorded fact becomes one row with the next gap-free sequence, in the
 * same SQLite transaction as the change. What a row carries is the type's projection
 * (shared/hq/projections.ts); an event whose projection is null stays at the branch.
 */
import { createHash } from 'node:crypto';
import type { BranchTimeZone } from '../../shared/calendar/timezone.ts';
import type { EventPayload, EventType } from '../../shared/contracts/events.ts';
import type { DaySeal } from '../../shared/contracts/hq-sync.ts';
import { localDayOf, localTimeOf, outboxDayOf } from '../../shared/hq/day.ts';
import { dayDigest, SEAL_EVENT_TYPE } from '../../shared/hq/digest.ts';
import { HQ_SCHEMA_VERSION, projectAudit, projectEvent, projectFact, type HqFact, type HqFactType, type Projected } from '../../shared/hq/projections.ts';
import type { AuditEntry } from '../store/audit-repository.ts';
import type { Db } from '../store/database.ts';
import { HqOutboxRepository } from '../store/hq-outbox-repository.ts';
import { uuidv7 } from './uuid7.ts';

/** What the unit of work hands the outbox; called only inside its open transaction. */
export interface OutboxSink {
  event<K extends EventType>(type: K, data: EventPayload<K>, at: number): void;
  audit(entry: AuditEntry): void;
  fact<K extends HqFactType>(type: K, data: HqFact<K>, at: number): void;
}

export const sha256Hex = (text: string): string => createHash('sha256').update(text).digest('hex');

export class HqOutbox implements OutboxSink {
  readonly repo: HqOutboxRepository;

  constructor(
    db: Db,
    private readonly d: { branchCode: string; timeZone: BranchTimeZone; newEventId?: (at: number) => string },
  ) {
    this.repo = new HqOutboxRepository(db);
  }

  event<K extends EventType>(type: K, data: EventPayload<K>, at: number): void {
    const projected = projectEvent(type, data);
    if (projected) this.append(type, projected, at);
  }

  audit(entry: AuditEntry): void {
    const p = projectAudit(entry);
    if (p) this.append(p.type, p.projected, entry.at);
  }

  fact<K extends HqFactType>(type: K, data: HqFact<K>, at: number): void {
    this.append(type, projectFact(type, data), at);
  }

  /**
   * Seals every day before `today` (the branch's local date) that has events and no seal yet.
   * The caller runs it in a transaction (housekeeping, through the unit of work).
   */
  sealDaysBefore(today: string, at: number): DaySeal[] {
    const seals: DaySeal[] = [];
    for (const day of this.repo.unsealedDaysBefore(today)) {
      const digest = dayDigest(this.repo.dayDigestRows(day));
      const seal: DaySeal = { day, firstSeq: digest.firstSeq, lastSeq: digest.lastSeq, count: digest.count, countsByType: digest.countsByType, idsHash: sha256Hex(digest.hashInput) };
      const seq = this.appendTo(day, SEAL_EVENT_TYPE, { entity: { kind: 'day', id: day }, payload: { ...seal } }, at);
      this.repo.markSealed(day, seq);
      seals.push(seal);
    }
    return seals;
  }

  private append(type: string, projected: Projected, at: number): void {
    const localTime = localTimeOf(at, this.d.timeZone);
    this.appendTo(outboxDayOf(localDayOf(localTime), this.repo.lastSealedDay()), type, projected, at);
  }

  private appendTo(day: string, type: string, projected: Projected, at: number): number {
    const seq = this.repo.nextSeq();
    this.repo.insert({
      seq,
      branchCode: this.d.branchCode,
      eventId: (this.d.newEventId ?? uuidv7)(at),
      type,
      schemaVersion: HQ_SCHEMA_VERSION,
      occurredAt: at,
      localTime: localTimeOf(at, this.d.timeZone),
      day,
      entityKind: projected.entity?.kind ?? null,
      entityId: projected.entity?.id ?? null,
      payload: projected.payload,
    });
    return seq;
  }
}
