/**
 * Who asked for which reprint, and why. A reprint is a staff decision worth keeping: the server
 * keeps the records in SQLite (store/print-reprint-repository.ts); tests of the printing side
 * alone use the in-memory log.
 */
export interface ReprintRecord {
  at: number;
  jobId: string;
  originalJobId: string;
  printerId: string;
  ticketId: string | null;
  staff: { userId: number | null; username: string };
  reason: string | null;
}

export interface ReprintLog {
  add(record: ReprintRecord): void;
  /** Oldest first. */
  recent(): ReprintRecord[];
  /** How many reprints of this job were made (numbers the next one). */
  countOf(originalJobId: string): number;
}

export class MemoryReprintLog implements ReprintLog {
  private readonly records: ReprintRecord[] = [];

  add(record: ReprintRecord): void {
    this.records.push(record);
  }

  recent(): ReprintRecord[] {
    return [...this.records];
  }

  countOf(originalJobId: string): number {
    return this.records.filter((r) => r.originalJobId === originalJobId).length;
  }
}
