import { describe, expect, it } from 'vitest';
import { AppError } from '../../shared/errors.ts';
import { EventBus } from '../events/event-bus.ts';
import { openDatabase } from './database.ts';
import { GroupCommit } from './group-commit.ts';
import { UnitOfWork } from './unit-of-work.ts';

function setup() {
  const db = openDatabase(':memory:');
  db.exec('CREATE TABLE things (name TEXT NOT NULL UNIQUE)');
  const bus = new EventBus();
  const published: string[] = [];
  // Each write emits a call-pad event named after it, so the test sees which events were published.
  bus.subscribe((e) => void published.push(e.type === 'callpad.status' ? `added.${e.data.padId}` : e.type));
  const uow = new UnitOfWork(db, bus);
  let commits = 0;
  const realWrite = uow.write.bind(uow);
  uow.write = <T>(fn: () => T): T => {
    commits++;
    return realWrite(fn);
  };
  const insert = db.prepare('INSERT INTO things (name) VALUES (?)');
  const add = (name: string) => () => {
    insert.run(name);
    uow.emit('callpad.status', { padId: name, counterId: 'l1', state: 'connected', path: null }, 0);
    return name;
  };
  return { db, uow, group: new GroupCommit(uow), add, published, commits: () => commits };
}

describe('group commit', () => {
  it('writes a burst in one transaction and answers each caller', async () => {
    const t = setup();
    const names = await Promise.all(['a', 'b', 'c', 'd'].map((n) => t.group.run(t.add(n))));
    expect(names).toEqual(['a', 'b', 'c', 'd']);
    expect(t.commits()).toBe(1);
    expect(t.published).toEqual(['added.a', 'added.b', 'added.c', 'added.d']);
  });

  it('a failing write undoes only itself: its rows and its events are gone, the others are kept', async () => {
    const t = setup();
    const results = await Promise.allSettled([
      t.group.run(t.add('a')),
      t.group.run(() => {
        t.add('b')();
        throw new AppError({ code: 'ticket.changed', message: 'tidak boleh' });
      }),
      t.group.run(t.add('a')), // UNIQUE violation
      t.group.run(t.add('c')),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'rejected', 'fulfilled']);
    expect(t.db.prepare('SELECT name FROM things ORDER BY name').all()).toEqual([{ name: 'a' }, { name: 'c' }]);
    expect(t.published).toEqual(['added.a', 'added.c']);
  });

  it('later arrivals go into the next transaction', async () => {
    const t = setup();
    await t.group.run(t.add('a'));
    await t.group.run(t.add('b'));
    expect(t.commits()).toBe(2);
  });
});
