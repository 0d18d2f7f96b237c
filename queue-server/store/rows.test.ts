/** Rows are parsed where they leave the database: a row this build cannot read stops with its table and column named. */
import { describe, expect, it } from 'vitest';
import { CounterRepository } from './counter-repository.ts';
import { openDatabase } from './database.ts';
import { IdempotencyRepository } from './idempotency-repository.ts';
import { StoredRowError } from './rows.ts';
import { TicketRepository } from './ticket-repository.ts';
import { UserRepository } from './user-repository.ts';

function withTicket(status: string) {
  const db = openDatabase(':memory:');
  db.prepare(
    `INSERT INTO tickets (id, service_day, service_id, origin_service_id, seq, number, priority, status, issued_at, queued_at)
     VALUES ('t1', '2026-11-23', 'jht', 'jht', 1, 'A-001', 0, ?, 0, 0)`,
  ).run(status);
  return db;
}

describe('rows at the store edge', () => {
  it('a stored ticket is read back as a domain ticket', () => {
    const tickets = new TicketRepository(withTicket('waiting'));
    expect(tickets.byId('t1')).toMatchObject({ id: 't1', serviceDay: '2026-11-23', status: 'waiting', fastTrack: null, recallCount: 0, lastCalledAt: null });
    expect(tickets.byId('t2')).toBeNull();
  });

  it('a ticket with a status this build does not know is refused, naming table and column', () => {
    const tickets = new TicketRepository(withTicket('teleported'));
    expect(() => tickets.byId('t1')).toThrowError(StoredRowError);
    expect(() => tickets.byId('t1')).toThrowError(/^tickets: .*status/);
    expect(() => tickets.ofDay('2026-11-23')).toThrowError(/tickets: .*status/);
  });

  it('counter state, users and stored answers are checked the same way', () => {
    const db = openDatabase(':memory:');
    db.prepare("INSERT INTO counter_state (counter_id, state, updated_at) VALUES ('l1', 'melayang', 0)").run();
    expect(() => new CounterRepository(db).get('l1')).toThrowError(/counter_state: .*state/);
    db.prepare("INSERT INTO users (username, display_name, role, password_hash, created_at) VALUES ('x', 'X', 'raja', 'h', 0)").run();
    expect(() => new UserRepository(db).byName('x')).toThrowError(/users: .*role/);
    db.prepare("INSERT INTO idempotency (scope, key, fingerprint, status, body, created_at) VALUES ('s', 'k', 'f', 201, '{rusak', 0)").run();
    expect(() => new IdempotencyRepository(db).get('s', 'k')).toThrowError(/idempotency: .*body: .*JSON/);
  });

  it('a disabled flag is a boolean, not a number', () => {
    const db = openDatabase(':memory:');
    const users = new UserRepository(db);
    users.insert({ username: 'cso1', displayName: 'CSO 1', role: 'cso', passwordHash: 'h', createdAt: 0 });
    expect(users.byName('cso1')).toMatchObject({ username: 'cso1', role: 'cso', disabled: false });
  });
});
