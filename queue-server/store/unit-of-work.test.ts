/** Events are typed by the contract on the way in (emit) and parsed by it on the way out (the log). */
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { EventPayload, EventType, QueueEvent } from '../../shared/contracts/events.ts';
import { EventBus } from '../events/event-bus.ts';
import { EventLog } from '../events/event-log.ts';
import { openDatabase } from './database.ts';
import { UnitOfWork } from './unit-of-work.ts';

describe('unit of work events', () => {
  it('emit takes only the contract event types, each with its own payload', () => {
    expectTypeOf<Parameters<UnitOfWork['emit']>[0]>().toEqualTypeOf<EventType>();
    expectTypeOf<EventPayload<'day.closed'>>().toEqualTypeOf<{ serviceDay: string; expired: number }>();
    expectTypeOf<Extract<QueueEvent, { type: 'counter.updated' }>['data']>().toEqualTypeOf<{ counterId: string; state: 'closed' | 'open' | 'paused'; pauseReason: string | null }>();
  });

  it('publishes after the commit, and the log reads back what was written, dropping what the contract does not know', () => {
    const db = openDatabase(':memory:');
    const bus = new EventBus();
    const heard: QueueEvent[] = [];
    bus.subscribe((e) => void heard.push(e));
    const uow = new UnitOfWork(db, bus);
    const at = Date.parse('2026-11-23T02:00:00.000Z');
    const emitted = uow.write(() => uow.emit('day.closed', { serviceDay: '2026-11-22', expired: 4 }, at));
    expect(emitted).toEqual({ id: 1, type: 'day.closed', at: '2026-11-23T02:00:00.000Z', data: { serviceDay: '2026-11-22', expired: 4 } });
    expect(heard).toEqual([emitted]);
    // A row no build of this contract writes (an unknown type, a payload of the wrong shape).
    db.prepare('INSERT INTO events (type, at, data) VALUES (?, ?, ?)').run('ticket.teleported', at, '{}');
    db.prepare('INSERT INTO events (type, at, data) VALUES (?, ?, ?)').run('counter.updated', at, '{"counterId":1}');
    expect(new EventLog(db).after(0, 10)).toEqual([emitted]);
    expect(() => uow.emit('day.closed', { serviceDay: '2026-11-22', expired: 0 }, at)).toThrow(/outside write/);
    db.close();
  });
});
