/**
 * The configured printers: the kiosk printer and one per counter, each with its own job queue
 * (one connection to a printer at a time) and the health the last attempt or status query left.
 */
import { join } from 'node:path';
import type { BranchConfig, PrinterSetting } from '../../shared/contracts/branch-config.ts';
import type { PaperWidth } from '../../shared/print/document.ts';
import { PrinterHealthTracker, type PrinterHealth } from '../../hardware/escpos/printer-health.ts';
import type { PrinterPort } from '../../hardware/escpos/printer-port.ts';
import { PrintQueue } from '../../hardware/escpos/print-queue.ts';
import { PRINTER_CONDITION_LABEL_ID } from '../../hardware/escpos/status.ts';
import type { PrinterEntry, PrintingConfig } from './printing-config.ts';
import { createPrinterPort } from './printer-factory.ts';
import { addressText, counterOfPrinter, entryOfSetting } from './printer-settings.ts';

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
  paperWidth: PaperWidth;
  /** The address as the settings write it ("tcp://10.0.0.5:9100", "simulated"). */
  setting: string;
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

  /** The branch file's entry of each printer id (the first-start default under the settings). */
  private readonly fileEntries = new Map<string, PrinterEntry>();
  /** Ports replaced by a settings change, closed once the jobs already on them are done. */
  private readonly retiring = new Set<Promise<void>>();
  private readonly make: (printerId: string, entry: PrinterEntry) => PrinterPort | null;

  constructor(private readonly o: PrinterRegistryOptions) {
    this.make = o.createPort ?? ((id: string, entry: PrinterEntry) => createPrinterPort(entry, join(o.dataDir, 'printer-sim', id)));
    this.fileEntries.set(KIOSK_PRINTER_ID, o.config.kiosk);
    this.add(KIOSK_PRINTER_ID, null, o.config.kiosk);
    const counterIds = new Set(o.branch.counters.map((c) => c.id));
    for (const [counterId, entry] of Object.entries(o.config.counters)) {
      if (!counterIds.has(counterId)) {
        o.log(`Konfigurasi printer: loket "${counterId}" tidak ada di konfigurasi cabang; printer ini diabaikan.`);
        continue;
      }
      this.fileEntries.set(`loket-${counterId}`, entry);
      this.add(`loket-${counterId}`, counterId, entry);
    }
  }

  private add(id: string, counterId: string | null, entry: PrinterEntry): void {
    const port = this.make(id, entry);
    if (!port) return;
    const queue: PrintQueue = new PrintQueue(port, {
      now: this.o.now,
      onJobChange: (record, attempt) => {
        // A replaced printer's last jobs finish on the old port: they no longer speak for its health.
        if (attempt && this.printers.get(id)?.queue === queue) {
          this.health.record(id, attempt.outcome === 'printed' ? { condition: attempt.condition } : { condition: attempt.condition, detail: attempt.reason }, this.o.now());
        }
        if (record.state === 'failed' || record.state === 'unknown') this.o.log(`Printer ${id}: ${record.title} ${record.state === 'unknown' ? 'hasil tidak pasti' : 'gagal'}: ${record.reason ?? ''}`);
      },
    });
    this.printers.set(id, { id, counterId, entry, port, queue });
  }

  /**
   * The administration page's printer settings (queue-server/printing/printer-settings.ts), applied
   * without a restart. A printer whose address or paper changed gets a new port and queue, and its
   * health starts over; jobs already accepted by the old queue stay there and drain on the old
   * port (none is dropped or sent twice), which is closed after its last job.
   */
  applySettings(settings: readonly PrinterSetting[]): string[] {
    const changed: string[] = [];
    for (const setting of settings) {
      const entry = entryOfSetting(setting, this.fileEntries.get(setting.id));
      const current = this.printers.get(setting.id);
      const same = current ? addressText(current.entry) === addressText(entry) && current.entry.profile.paper === entry.profile.paper : entry.address.kind === 'none';
      if (same) continue;
      if (current) {
        const old = current;
        const closing = old.queue
          .exclusive(() => old.port.close())
          .catch(() => undefined)
          .finally(() => this.retiring.delete(closing));
        this.retiring.add(closing);
        this.printers.delete(setting.id);
      }
      this.health.forget(setting.id);
      this.add(setting.id, counterOfPrinter(setting.id), entry);
      changed.push(setting.id);
    }
    return changed;
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
      paperWidth: printer.entry.profile.paper,
      setting: addressText(printer.entry),
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
    await Promise.all([...this.all().map((p) => p.queue.exclusive(() => p.port.close())), ...this.retiring]);
  }
}
