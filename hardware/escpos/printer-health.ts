/**
 * The last known condition of every printer, with listeners told about changes only (not about
 * every poll), so the event stream and the staff console stay quiet while nothing happens.
 */
import type { StatusReport } from './printer-port.ts';
import type { PrinterCondition } from './status.ts';

export interface PrinterHealth {
  printerId: string;
  condition: PrinterCondition;
  detail: string | null;
  checkedAt: number;
}

export type HealthListener = (current: Readonly<PrinterHealth>, previous: Readonly<PrinterHealth> | null) => void;

export class PrinterHealthTracker {
  private readonly health = new Map<string, PrinterHealth>();
  private readonly listeners = new Set<HealthListener>();

  get(printerId: string): PrinterHealth | null {
    return this.health.get(printerId) ?? null;
  }

  all(): PrinterHealth[] {
    return [...this.health.values()];
  }

  /** Records a report; returns true when the condition changed (listeners were told). */
  record(printerId: string, report: StatusReport, at: number): boolean {
    const previous = this.health.get(printerId) ?? null;
    const current: PrinterHealth = { printerId, condition: report.condition, detail: report.detail ?? null, checkedAt: at };
    this.health.set(printerId, current);
    if (previous && previous.condition === current.condition) return false;
    for (const listener of [...this.listeners]) {
      try {
        listener(current, previous);
      } catch {
        // A broken listener must not stop the others or the printer.
      }
    }
    return true;
  }

  /** A printer replaced by a new address starts unchecked (listeners are told at its next report). */
  forget(printerId: string): void {
    this.health.delete(printerId);
  }

  subscribe(listener: HealthListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get listenerCount(): number {
    return this.listeners.size;
  }
}
