/** Reads every printer's status at start and then every healthPollSeconds, behind its jobs. */
import type { PrinterRegistry, PrinterView } from './printer-registry.ts';

export class PrinterHealthPoller {
  private timer: NodeJS.Timeout | null = null;
  private stopped = false;

  constructor(
    private readonly printers: PrinterRegistry,
    private readonly everyMs: number,
    private readonly now: () => number,
  ) {}

  start(): void {
    void this.checkAll();
    const tick = (): void => {
      this.timer = setTimeout(() => void this.checkAll().finally(() => !this.stopped && tick()), this.everyMs);
      this.timer.unref();
    };
    tick();
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
  }

  async checkAll(): Promise<void> {
    await Promise.all(this.printers.all().map((p) => this.check(p.id)));
  }

  /** A status query that waits its turn behind jobs (one connection per printer at a time). */
  async check(printerId: string): Promise<PrinterView | null> {
    const printer = this.printers.get(printerId);
    if (!printer) return null;
    const report = await printer.queue.exclusive(() => printer.port.queryStatus()).catch((error: unknown) => ({
      condition: 'unknown' as const,
      detail: error instanceof Error ? error.message : String(error),
    }));
    this.printers.health.record(printerId, report, this.now());
    return this.printers.view(printerId);
  }
}
