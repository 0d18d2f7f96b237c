/** Branch closures an administrator adds to the working-day calendar (beside the national decrees). */
import { z } from 'zod';
import type { CalendarEntry } from '../../shared/calendar/holidays.ts';
import type { Db } from './database.ts';
import { rowParser } from './rows.ts';

const closureRow = rowParser('calendar_closures', z.object({ date: z.string(), name: z.string(), source: z.string() }));

export class CalendarClosureRepository {
  private readonly s;

  constructor(db: Db) {
    this.s = {
      all: db.prepare('SELECT date, name, source FROM calendar_closures ORDER BY date'),
      upsert: db.prepare('INSERT INTO calendar_closures (date, name, source, created_by, created_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (date) DO UPDATE SET name = excluded.name, source = excluded.source'),
    };
  }

  all(): CalendarEntry[] {
    return closureRow.all(this.s.all.all()).map((c) => ({ ...c, kind: 'tutup_cabang' }));
  }

  /** One closure per date: adding a date again replaces its name and source. */
  upsert(c: { date: string; name: string; source: string }, by: string, at: number): void {
    this.s.upsert.run(c.date, c.name, c.source, by, at);
  }
}
