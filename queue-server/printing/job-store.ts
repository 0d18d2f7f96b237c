/**
 * The recent print jobs (the last 500), kept so staff can see what was sent, preview it and
 * reprint it, and so a kiosk's retry of the same ticket learns the outcome instead of printing again.
 */
import type { PrintOutcome } from '../../shared/contracts/http.ts';
import type { PrintDocument } from '../../shared/print/document.ts';
import type { JobRecord } from '../../hardware/escpos/print-queue.ts';

export interface StoredJob {
  record: JobRecord;
  printerId: string;
  /** The document as laid out, without the reprint mark (that is added when printing a reprint). */
  document: PrintDocument;
  /** Exactly what was sent, for the staff preview. */
  bytes: Uint8Array;
  ticketId: string | null;
  /** The flag that makes a job a reprint: the job it copies (null for a first print). */
  reprintOf: string | null;
  done: Promise<JobRecord>;
}

export function outcomeOfRecord(record: JobRecord): PrintOutcome {
  switch (record.state) {
    case 'printed':
      return { status: 'printed' };
    case 'queued':
    case 'printing':
      return { status: 'queued', reason: 'Tiket sedang dicetak.' };
    case 'failed':
      return { status: 'failed', reason: `Tiket tidak tercetak (${record.reason ?? 'printer bermasalah'}). Nomor Anda tampil di layar; petugas dapat mencetak ulang.` };
    case 'unknown':
      return { status: 'failed', reason: 'Printer tidak memastikan tiket tercetak. Nomor Anda tampil di layar; bila kertas tidak keluar, minta petugas mencetak ulang.' };
  }
}

export class JobStore {
  private readonly jobs = new Map<string, StoredJob>();
  /** A ticket's first print (never a reprint): what a kiosk retry is answered with. */
  private readonly jobOfTicket = new Map<string, string>();

  constructor(private readonly maxKept = 500) {}

  add(job: StoredJob): void {
    const id = job.record.id;
    this.jobs.set(id, job);
    if (job.ticketId && !job.reprintOf) this.jobOfTicket.set(job.ticketId, id);
    while (this.jobs.size > this.maxKept) {
      const oldest = this.jobs.keys().next().value;
      if (oldest === undefined) break;
      const dropped = this.jobs.get(oldest);
      this.jobs.delete(oldest);
      if (dropped?.ticketId && this.jobOfTicket.get(dropped.ticketId) === oldest) this.jobOfTicket.delete(dropped.ticketId);
    }
  }

  get(jobId: string): StoredJob | null {
    return this.jobs.get(jobId) ?? null;
  }

  /** Newest first. */
  recent(limit: number): StoredJob[] {
    return [...this.jobs.values()].slice(-limit).reverse();
  }

  firstPrintOf(ticketId: string): StoredJob | null {
    const jobId = this.jobOfTicket.get(ticketId);
    return jobId ? this.get(jobId) : null;
  }
}
