/**
 * One SQLite transaction per state change, with its events written in the same transaction and
 * published only after the commit: a listener never hears of a change that was rolled back, and a
 * change is never committed without its event (the SSE replay depends on that).
 */
import type { EventPayload, EventType, QueueEvent, QueueEventOf } from '../../shared/contracts/events.ts';
import type { EventBus } from '../events/event-bus.ts';
import type { Db } from './database.ts';

export type Settled<T> = { ok: true; value: T } | { ok: false; error: unknown };

export class UnitOfWork {
  private depth = 0;
  private pending: QueueEvent[] = [];
  private readonly insertEvent;
  private readonly insertAudit;

  constructor(
    readonly db: Db,
    private readonly bus: EventBus,
  ) {
    this.insertEvent = db.prepare('INSERT INTO events (type, at, data) VALUES (?, ?, ?)');
    this.insertAudit = db.prepare(
      'INSERT INTO audit (at, actor, action, ticket_id, counter_id, detail) VALUES (?, ?, ?, ?, ?, ?)',
    );
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
          return { ok: false, error };
        }
      }),
    );
  }

  /** Only the event types of the contract (shared/contracts/registry.ts), each with its payload. */
  emit<K extends EventType>(type: K, data: EventPayload<K>, at: number): QueueEventOf<K> {
    if (this.depth === 0) throw new Error('emit() outside write(): events must be written with their change');
    const info = this.insertEvent.run(type, at, JSON.stringify(data));
    // The event of type K with K's payload; TypeScript cannot narrow the union by a generic K.
    const event = { id: Number(info.lastInsertRowid), type, at: new Date(at).toISOString(), data } as QueueEventOf<K>;
    this.pending.push(event);
    return event;
  }

  audit(entry: { at: number; actor: string; action: string; ticketId?: string | null; counterId?: string | null; detail?: unknown }): void {
    this.insertAudit.run(
      entry.at,
      entry.actor,
      entry.action,
      entry.ticketId ?? null,
      entry.counterId ?? null,
      entry.detail === undefined ? null : JSON.stringify(entry.detail),
    );
  }
}
