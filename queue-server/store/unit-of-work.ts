/**
 * One SQLite transaction per state change, with its events written in the same transaction and
 * published only after the commit: a listener never hears of a change that was rolled back, and a
 * change is never committed without its event (the SSE replay depends on that).
 */
import type { EventPayload, EventType, QueueEvent, QueueEventOf } from '../../shared/contracts/events.ts';
import type { EventBus } from '../events/event-bus.ts';
import { scrubDetail } from '../audit/audit-trail.ts';
import { AuditRepository, type AuditEntry } from './audit-repository.ts';
import type { Db } from './database.ts';
import { EventRepository } from './event-repository.ts';
import type { OutboxSink } from '../hq-sync/outbox.ts';
import type { HqFact, HqFactType } from '../../shared/hq/projections.ts';

export type Settled<T> = { ok: true; value: T } | { ok: false; error: unknown };

export class UnitOfWork {
  private depth = 0;
  private pending: QueueEvent[] = [];
  private readonly events;
  private readonly auditTrail;

  constructor(
    readonly db: Db,
    private readonly bus: EventBus,
    /** The head-office outbox: every emitted event, audited complaint step and fact, in the same transaction. */
    private readonly outbox?: OutboxSink,
  ) {
    this.events = new EventRepository(db);
    this.auditTrail = new AuditRepository(db);
  }

  /** Runs fn in a transaction (or inside the one already open) and publishes its events after commit. */
  write<T>(fn: () => T): T {
    if (this.depth > 0) return fn();
    this.depth++;
    let result: T;
    try {
      result = this.db.transaction(fn).immediate();
    } catch (error) {
      this.pending = [];
      throw error;
    } finally {
      this.depth--;
    }
    const committed = this.pending;
    this.pending = [];
    for (const event of committed) this.bus.publish(event);
    return result;
  }

  /**
   * Runs each fn in its own savepoint inside one transaction: one commit (one fsync) for all, while
   * a failing fn undoes only its own writes and events. The caller answers each after the commit.
   */
  writeEach<T>(fns: readonly (() => T)[]): Settled<T>[] {
    return this.write(() =>
      fns.map((fn): Settled<T> => {
        const mark = this.pending.length;
        try {
          return { ok: true, value: this.db.transaction(fn)() };
        } catch (error) {
          this.pending.length = mark;
          // On a full disk or an I/O error SQLite rolls back the WHOLE transaction by itself. The
          // writes after this one would then run in autocommit, stored although their callers are
          // told the batch failed; so the batch ends here, and nothing of it is stored.
          if (!this.db.inTransaction) throw error;
          return { ok: false, error };
        }
      }),
    );
  }

  /** Only the event types of the contract (shared/contracts/registry.ts), each with its payload. */
  emit<K extends EventType>(type: K, data: EventPayload<K>, at: number): QueueEventOf<K> {
    if (this.depth === 0) throw new Error('emit() outside write(): events must be written with their change');
    const id = this.events.insert(type, at, data);
    this.outbox?.event(type, data, at);
    // The event of type K with K's payload; TypeScript cannot narrow the union by a generic K.
    const event = { id, type, at: new Date(at).toISOString(), data } as QueueEventOf<K>;
    this.pending.push(event);
    return event;
  }

  /** Prefer AuditTrail.record (queue-server/audit/audit-trail.ts); every detail is scrubbed of personal data here. */
  audit(entry: AuditEntry): void {
    const { detail } = entry;
    const plain = typeof detail === 'object' && detail !== null && !Array.isArray(detail);
    const scrubbed = plain ? { ...entry, detail: scrubDetail(detail) } : entry;
    this.auditTrail.insert(scrubbed);
    this.outbox?.audit(scrubbed);
  }

  /** A fact for head office that is no stream event (a survey answer), written with its change. */
  record<K extends HqFactType>(type: K, data: HqFact<K>, at: number): void {
    if (this.depth === 0) throw new Error('record() outside write(): facts must be written with their change');
    this.outbox?.fact(type, data, at);
  }
}
