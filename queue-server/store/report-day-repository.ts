/**
 * SQL for the day digests (migration 16): read the stored ones of a period, find the service days
 * that have tickets but no usable digest, and store a day's digest (inside the caller's unit of
 * work: the day close). The digest's content is shared/reports/digest-json.ts's.
 */
import { z } from 'zod';
import type { Db } from './database.ts';
import { rowParser } from './rows.ts';

const stored = rowParser('report_days', z.object({ service_day: z.string(), digest: z.string() }));
const day = rowParser('tickets', z.object({ d: z.string() }));

export class ReportDayRepository {
  private readonly s;

  constructor(db: Db) {
    this.s = {
      digests: db.prepare('SELECT service_day, digest FROM report_days WHERE service_day BETWEEN ? AND ? AND version = ? AND offset_minutes = ?'),
      // The service-day index alone answers it (no ticket row is read).
      days: db.prepare('SELECT DISTINCT service_day AS d FROM tickets WHERE service_day BETWEEN ? AND ?'),
      // Days the triggers marked, plus digests of another version or offset (a new build, a moved branch).
      unsealed: db.prepare(
        `SELECT service_day AS d FROM report_days_due WHERE service_day < ?
         UNION SELECT service_day FROM report_days WHERE service_day < ? AND (version <> ? OR offset_minutes <> ?)`,
      ),
      seal: db.prepare('INSERT OR REPLACE INTO report_days (service_day, version, offset_minutes, visits, digest) VALUES (?, ?, ?, ?, ?)'),
      sealed: db.prepare('DELETE FROM report_days_due WHERE service_day = ?'),
      drop: db.prepare('DELETE FROM report_days WHERE service_day = ?'),
    };
  }

  /** The usable digests of the days from..to (this build's version, counted in this offset). */
  digests(from: string, to: string, version: number, offsetMinutes: number): { day: string; digest: string }[] {
    return stored.all(this.s.digests.all(from, to, version, offsetMinutes)).map((r) => ({ day: r.service_day, digest: r.digest }));
  }

  /** The service days from..to that have tickets. */
  daysWithTickets(from: string, to: string): string[] {
    return day.all(this.s.days.all(from, to)).map((r) => r.d);
  }

  /** Days before `before` whose tickets changed since their digest, or whose digest this build cannot use. */
  unsealedBefore(before: string, version: number, offsetMinutes: number): string[] {
    return day.all(this.s.unsealed.all(before, before, version, offsetMinutes)).map((r) => r.d);
  }

  /** Stores a day's digest (none for a day left without tickets); call inside the unit of work that closes the day. */
  seal(serviceDay: string, version: number, offsetMinutes: number, visits: number, digest: string | null): void {
    if (digest === null) this.s.drop.run(serviceDay);
    else this.s.seal.run(serviceDay, version, offsetMinutes, visits, digest);
    this.s.sealed.run(serviceDay);
  }
}
