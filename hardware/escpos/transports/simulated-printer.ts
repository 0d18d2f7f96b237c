/**
 * The default printer: prints to a folder. Each job leaves its raw bytes (<job>.bin) and a
 * rendered picture (<job>.png), so a demo or a test run shows exactly what paper would have come
 * out. Its condition can be set (staff demo of "kertas habis", tests of the service).
 * The job counts as printed once its bytes are on disk; the picture is drawn afterwards, so the
 * visitor's answer does not wait for an image no real printer would make. close() waits for it.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { PaperWidth } from '../../../shared/print/document.ts';
import type { PrintAttempt, PrinterPort, PrintJobBytes, StatusReport } from '../printer-port.ts';
import { renderPreview } from '../preview.ts';
import { blocksPrinting, PRINTER_CONDITION_LABEL_ID, type PrinterCondition } from '../status.ts';

export interface SimulatedPrinterOptions {
  directory: string;
  paper: PaperWidth;
  condition?: PrinterCondition;
}

/** Job ids become file names: keep them to a safe alphabet whatever the caller passed. */
export function safeFileStem(id: string): string {
  const stem = id.replace(/[^A-Za-z0-9._-]/g, '_').replace(/^\.+/, '_').slice(0, 100);
  return stem || 'job';
}

export class SimulatedPrinter implements PrinterPort {
  readonly kind = 'simulated';
  readonly address: string;
  condition: PrinterCondition;
  private previews: Promise<void> = Promise.resolve();

  constructor(private readonly options: SimulatedPrinterOptions) {
    this.address = `simulated:${options.directory}`;
    this.condition = options.condition ?? 'ok';
  }

  async queryStatus(): Promise<StatusReport> {
    return this.condition === 'ok' ? { condition: 'ok' } : { condition: this.condition, detail: PRINTER_CONDITION_LABEL_ID[this.condition] };
  }

  async print(job: PrintJobBytes): Promise<PrintAttempt> {
    if (blocksPrinting(this.condition)) return { outcome: 'failed', condition: this.condition, reason: PRINTER_CONDITION_LABEL_ID[this.condition] };
    try {
      await mkdir(this.options.directory, { recursive: true });
      const stem = join(this.options.directory, safeFileStem(job.id));
      await writeFile(`${stem}.bin`, job.bytes);
      this.previews = this.previews.then(() => this.writePreview(stem, job.bytes));
      return { outcome: 'printed', confirmed: true, condition: this.condition };
    } catch (error) {
      return { outcome: 'failed', condition: 'unknown', reason: `printer simulasi gagal menyimpan: ${error instanceof Error ? error.message : String(error)}` };
    }
  }

  /** A picture that cannot be drawn costs the demo its preview, never the visitor their ticket. */
  private async writePreview(stem: string, bytes: Uint8Array): Promise<void> {
    await new Promise((resolve) => setImmediate(resolve));
    try {
      await writeFile(`${stem}.png`, renderPreview(bytes, { paper: this.options.paper }).png);
    } catch {
      // The raw bytes are kept; the preview endpoint can still render them on demand.
    }
  }

  async close(): Promise<void> {
    await this.previews;
  }
}
