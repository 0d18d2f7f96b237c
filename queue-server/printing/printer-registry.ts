/**
 * The configured printers: the kiosk printer and one per counter, each with its own job queue
 * (one connection to a printer at a time) and the health the last attempt or status query left.
 */
import { join } from 'node:path';
import type { BranchConfig } from '../../shared/contracts/branch-config.ts';
import type { PaperWidth } from '../../shared/print/document.ts';
import { PrinterHealthTracker, type PrinterHealth } from '../../hardware/escpos/printer-health.ts';
import type { PrinterPort } from '../../hardware/escpos/printer-port.ts';
import { PrintQueue } from '../../hardware/escpos/print-queue.ts';
import { PRINTER_CONDITION_LABEL_ID } from '../../hardware/escpos/status.ts';
import type { PrinterEntry, PrintingConfig } from './printing-config.ts';
import { createPrinterPort } from './printer-factory.ts';

export const KIOSK_PRINTER_ID = 'kiosk';

export interface ManagedPrinter {
  id: string;
  /** The counter this printer stands at, or null for the kiosk printer. */
  counterId: string | null;
  entry: PrinterEntry;
  port: PrinterPort;
  queue: PrintQueue;
}

export interface PrinterView extends PrinterHealth {
  counterId: string | null;
  kind: PrinterPort['kind'];
  address: string;
  label: string;
  pendingJobs: number;
}

export interface PrinterRegistryOptions {
  branch: BranchConfig;
  config: PrintingConfig;
  dataDir: string;
  now: () => number;
  log: (message: string) => void;
  createPort?: ((printerId: string, entry: PrinterEntry) => PrinterPort | null) | undefined;
}

export class PrinterRegistry {
  readonly health = new PrinterHealthTracker();
  private readonly printers = new Map<string, ManagedPrinter>();

  constructor(o: PrinterRegistryOptions) {
    const make = o.createPort ?? ((id: string, entry: PrinterEntry) => createPrinterPort(entry, join(o.dataDir, 'printer-sim', id)));
    const add = (id: string, counterId: string | null, entry: PrinterEntry): void => {
      const port = make(id, entry);
      if (!port) return;
      const queue = new PrintQueue(port, {
        now: o.now,
        onJobChange: (record, attempt) => {
          if (attempt) this.health.record(id, attempt.outcome === 'printed' ? { condition: attempt.condition } : { condition: attempt.condition, detail: attempt.reason }, o.now());
          if (record.state === 'failed' || record.state === 'unknown') o.log(`Printer ${id}: ${record.title} ${record.state === 'unknown' ? 'hasil tidak pasti' : 'gagal'}: ${record.reason ?? ''}`);
        },
      });
      this.printers.set(id, { id, counterId, entry, port, queue });
    };
    add(KIOSK_PRINTER_ID, null, o.config.kiosk);
    const counterIds = new Set(o.branch.counters.map((c) => c.id));
    for (const [counterId, entry] of Object.entries(o.config.counters)) {
      if (!counterIds.has(counterId)) {
        o.log(`Konfigurasi printer: loket "${counterId}" tidak ada di konfigurasi cabang; printer ini diabaikan.`);
        continue;
      }
      add(`loket-${counterId}`, counterId, entry);
    }
  }

  get(printerId: string): ManagedPrinter | undefined {
    return this.printers.get(printerId);
  }

  has(printerId: string): boolean {
    return this.printers.has(printerId);
  }

  all(): ManagedPrinter[] {
    return [...this.printers.values()];
  }

  /** The paper a document for this printer is laid out on (80 mm when the printer is absent). */
  paperOf(printerId: string): PaperWidth {
    return this.printers.get(printerId)?.entry.profile.paper ?? '80mm';
  }

  view(printerId: string): PrinterView | null {
    const printer = this.printers.get(printerId);
    if (!printer) return null;
    const health = this.health.get(printerId) ?? { printerId, condition: 'unknown', detail: 'belum diperiksa', checkedAt: 0 };
    return {
      ...health,
      counterId: printer.counterId,
      kind: printer.port.kind,
      address: printer.port.address,
      label: PRINTER_CONDITION_LABEL_ID[health.condition],
      pendingJobs: printer.queue.pending,
    };
  }

  views(): PrinterView[] {
    return [...this.printers.keys()].flatMap((id) => this.view(id) ?? []);
  }

  /** Closes every connection once the jobs ahead of it are done. */
  async closeAll(): Promise<void> {
    await Promise.all(this.all().map((p) => p.queue.exclusive(() => p.port.close())));
  }
}
