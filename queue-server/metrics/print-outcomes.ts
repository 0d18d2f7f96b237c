/**
 * Print outcomes per printer since the process started, for GET /metrics: jobs sent, how each
 * ended (printed, failed, unknown: the printer never confirmed), and staff reprints. Counters
 * (they restart with the process, which Prometheus reads as a counter reset).
 */
import type { Family } from './prometheus-text.ts';

export type PrintEnd = 'printed' | 'failed' | 'unknown';

export class PrintOutcomeCounts {
  private readonly submitted = new Map<string, number>();
  private readonly ended = new Map<string, Map<PrintEnd, number>>();
  private readonly reprints = new Map<string, number>();

  submittedTo(printerId: string, reprint: boolean): void {
    this.submitted.set(printerId, (this.submitted.get(printerId) ?? 0) + 1);
    if (reprint) this.reprints.set(printerId, (this.reprints.get(printerId) ?? 0) + 1);
  }

  endedOn(printerId: string, end: PrintEnd): void {
    const byEnd = this.ended.get(printerId) ?? new Map<PrintEnd, number>();
    byEnd.set(end, (byEnd.get(end) ?? 0) + 1);
    this.ended.set(printerId, byEnd);
  }

  /** Every printer known gets every outcome series (0 until it happens), so a rate never starts from nothing. */
  families(printerIds: readonly string[]): Family[] {
    const ids = [...new Set([...printerIds, ...this.submitted.keys()])].sort();
    const ends: PrintEnd[] = ['printed', 'failed', 'unknown'];
    return [
      { name: 'kiosk_print_jobs_submitted_total', help: 'Print jobs sent to each printer (tickets, receipts, lists, reprints, test prints).', type: 'counter', samples: ids.map((printer) => ({ labels: { printer }, value: this.submitted.get(printer) ?? 0 })) },
      {
        name: 'kiosk_print_jobs_total',
        help: 'Print jobs ended, by printer and outcome (printed, failed, unknown: the printer did not confirm).',
        type: 'counter',
        samples: ids.flatMap((printer) => ends.map((outcome) => ({ labels: { printer, outcome }, value: this.ended.get(printer)?.get(outcome) ?? 0 }))),
      },
      { name: 'kiosk_print_reprints_total', help: 'Staff reprints sent to each printer.', type: 'counter', samples: ids.map((printer) => ({ labels: { printer }, value: this.reprints.get(printer) ?? 0 })) },
    ];
  }
}
