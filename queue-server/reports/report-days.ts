/**
 * The queue figures of a period from day digests (shared/reports/digest.ts): closed days from the
 * digest their day close stored, any other day (today, a day changed after its close, a day from
 * before migration 16) from its tickets, computed the same way and not stored: a read leaves the
 * database as it found it. The figures equal visits.ts's over the same rows (digest.ts, "Exactness").
 */
import { DIGEST_VERSION, digestVisits, emptyDigest, mergeDigests, type VisitDigest } from '../../shared/reports/digest.ts';
import { addDigestJson, DigestFormatError, digestToJson } from '../../shared/reports/digest-json.ts';
import type { Db } from '../store/database.ts';
import { ReportDayRepository } from '../store/report-day-repository.ts';
import { ReportRepository } from '../store/report-repository.ts';

export class ReportDays {
  private readonly days;
  private readonly visits;

  constructor(db: Db, private readonly offsetMinutes: () => number) {
    this.days = new ReportDayRepository(db);
    this.visits = new ReportRepository(db);
  }

  /** Stores the digest of every day before `today` that has none; runs inside the day close's unit of work. */
  sealBefore(today: string): number {
    const offset = this.offsetMinutes();
    const days = this.days.unsealedBefore(today, DIGEST_VERSION, offset);
    for (const day of days) {
      const rows = this.visits.visits(day, day);
      this.days.seal(day, DIGEST_VERSION, offset, rows.length, rows.length === 0 ? null : digestToJson(digestVisits(rows, offset)));
    }
    return days.length;
  }

  /** The merged digest of the service days from..to, and how many days came from stored digests. */
  period(from: string, to: string): { digest: VisitDigest; storedDays: number; computedDays: number } {
    const offset = this.offsetMinutes();
    const merged = emptyDigest();
    const stored = new Set<string>();
    for (const row of this.days.digests(from, to, DIGEST_VERSION, offset)) {
      try {
        addDigestJson(merged, row.digest);
        stored.add(row.day);
      } catch (error) {
        // A digest this build cannot read (nothing of it was added): that day is computed from its tickets instead.
        if (!(error instanceof DigestFormatError)) throw error;
      }
    }
    const computed: VisitDigest[] = [];
    for (const day of this.days.daysWithTickets(from, to)) {
      if (!stored.has(day)) computed.push(digestVisits(this.visits.visits(day, day), offset));
    }
    return { digest: computed.length === 0 ? merged : mergeDigests([merged, ...computed]), storedDays: stored.size, computedDays: computed.length };
  }
}
