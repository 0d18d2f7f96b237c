/**
 * The printing side of the server: owns the configured printers (kiosk and per counter), one job
 * queue each, their health, the recent jobs and the reprint records. Issuing a ticket never fails
 * and never waits long because of a printer: printTicket answers within `issueWaitMs` with
 * printed / failed (with an Indonesian reason the kiosk shows) / queued.
 */
import { join } from 'node:path';
import type { BranchConfig } from '../../shared/contracts/branch-config.ts';
import type { IssuedTicketDto, PrintOutcome } from '../../shared/contracts/http.ts';
import { buildChecklist, type ChecklistInput } from '../../shared/print/checklist.ts';
import { buildComplaintReceipt, type ComplaintReceiptInput } from '../../shared/print/complaint-receipt.ts';
import type { PaperWidth, PrintDocument } from '../../shared/print/document.ts';
import { buildQueueTicket, reprintBlocks } from '../../shared/print/queue-ticket.ts';
import { encodeDocument } from '../../hardware/escpos/encode.ts';
import { PrinterHealthTracker, type PrinterHealth } from '../../hardware/escpos/printer-health.ts';
import type { PrinterPort } from '../../hardware/escpos/printer-port.ts';
import { PrintQueue, type JobRecord } from '../../hardware/escpos/print-queue.ts';
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

export interface StoredJob {
  record: JobRecord;
  printerId: string;
  document: PrintDocument;
  /** Exactly what was sent, for the staff preview. */
  bytes: Uint8Array;
  ticketId: string | null;
  /** Set on reprints: the job this one copies. */
  reprintOf: string | null;
  done: Promise<JobRecord>;
}

export interface ReprintRecord {
  at: number;
  jobId: string;
  originalJobId: string;
  printerId: string;
  ticketId: string | null;
  staff: { userId: number | null; username: string };
  reason: string | null;
}

export interface PrinterView extends PrinterHealth {
  counterId: string | null;
  kind: PrinterPort['kind'];
  address: string;
  label: string;
  pendingJobs: number;
}

export interface PrintServiceOptions {
  branch: BranchConfig;
  config: PrintingConfig;
  dataDir: string;
  /** Base of QR URLs, e.g. http://192.168.10.2:3000. */
  baseUrl: string;
  now: () => number;
  log: (message: string) => void;
  onHealthChange?: (printer: PrinterView, previous: PrinterHealth | null) => void;
  /** Written to the audit trail by the caller; a reprint is a staff decision worth keeping. */
  onReprint?: (record: ReprintRecord) => void;
  createPort?: (printerId: string, entry: PrinterEntry) => PrinterPort | null;
}

const MAX_JOBS_KEPT = 500;

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

const NO_KIOSK_PRINTER = 'Printer tiket tidak dipasang; nomor Anda tampil di layar.';

export class PrintService {
  readonly health = new PrinterHealthTracker();
  private readonly printers = new Map<string, ManagedPrinter>();
  private readonly jobs = new Map<string, StoredJob>();
  private readonly jobOfTicket = new Map<string, string>();
  private readonly reprintLog: ReprintRecord[] = [];
  private pollTimer: NodeJS.Timeout | null = null;
  private stopped = false;
  private sequence = 0;

  constructor(private readonly o: PrintServiceOptions) {
    const make = o.createPort ?? ((id: string, entry: PrinterEntry) => createPrinterPort(entry, join(o.dataDir, 'printer-sim', id)));
    const add = (id: string, counterId: string | null, entry: PrinterEntry): void => {
      const port = make(id, entry);
      if (!port) return;
      const queue = new PrintQueue(port, { now: o.now, onJobChange: (record, attempt) => {
        if (attempt) this.health.record(id, attempt.outcome === 'printed' ? { condition: attempt.condition } : { condition: attempt.condition, detail: attempt.reason }, o.now());
        if (record.state === 'failed' || record.state === 'unknown') o.log(`Printer ${id}: ${record.title} ${record.state === 'unknown' ? 'hasil tidak pasti' : 'gagal'}: ${record.reason ?? ''}`);
      } });
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
    this.health.subscribe((current, previous) => {
      const view = this.viewOf(current.printerId);
      if (view) o.onHealthChange?.(view, previous);
    });
  }

  /** Reads every printer's status now, then every healthPollSeconds. */
  start(): void {
    void this.checkAll();
    const every = this.o.config.healthPollSeconds * 1000;
    const tick = (): void => {
      this.pollTimer = setTimeout(() => void this.checkAll().finally(() => !this.stopped && tick()), every);
      this.pollTimer.unref();
    };
    tick();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.pollTimer) clearTimeout(this.pollTimer);
    await Promise.all([...this.printers.values()].map((p) => p.queue.exclusive(() => p.port.close())));
  }

  async checkAll(): Promise<void> {
    await Promise.all([...this.printers.keys()].map((id) => this.check(id)));
  }

  /** A status query that waits its turn behind jobs (one connection per printer at a time). */
  async check(printerId: string): Promise<PrinterView | null> {
    const printer = this.printers.get(printerId);
    if (!printer) return null;
    const report = await printer.queue.exclusive(() => printer.port.queryStatus()).catch((error: unknown) => ({
      condition: 'unknown' as const, detail: error instanceof Error ? error.message : String(error),
    }));
    this.health.record(printerId, report, this.o.now());
    return this.viewOf(printerId);
  }

  printerViews(): PrinterView[] {
    return [...this.printers.keys()].flatMap((id) => this.viewOf(id) ?? []);
  }

  private viewOf(printerId: string): PrinterView | null {
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

  /** An address a visitor's phone can open, e.g. the complaint status page of a receipt's QR. */
  publicUrl(path: string): string {
    return `${this.o.baseUrl.replace(/\/+$/, '')}${path}`;
  }

  statusUrlOf(ticketId: string): string {
    return `${this.o.baseUrl.replace(/\/+$/, '')}${this.o.config.ticketStatusPath.replace('{id}', encodeURIComponent(ticketId))}`;
  }

  ticketDocument(ticket: IssuedTicketDto): PrintDocument {
    const service = this.o.branch.services.find((s) => s.id === ticket.serviceId);
    return buildQueueTicket({
      paper: this.paperOf(KIOSK_PRINTER_ID),
      branchName: this.o.branch.branch.name,
      serviceName: service?.name ?? ticket.serviceId,
      number: ticket.number,
      fastTrack: ticket.fastTrack !== null,
      issuedAt: new Date(ticket.issuedAt),
      timeZone: this.o.branch.branch.timeZone,
      ahead: ticket.ahead,
      estimatedWaitMinutes: ticket.estimatedWaitMinutes,
      statusUrl: this.statusUrlOf(ticket.id),
    });
  }

  /** Submits a document to a printer; the job is kept so staff can see it and reprint it. */
  submit(printerId: string, document: PrintDocument, meta: { jobId: string; ticketId?: string | null; reprintOf?: string | null; expiresAt?: number }): StoredJob | null {
    const printer = this.printers.get(printerId);
    if (!printer) return null;
    const bytes = encodeDocument({ ...document, paper: printer.entry.profile.paper }, printer.entry.profile);
    const { record, done } = printer.queue.submit({ id: meta.jobId, title: document.title, bytes, ...(meta.expiresAt === undefined ? {} : { expiresAt: meta.expiresAt }) });
    const job: StoredJob = { record, printerId, document, bytes, ticketId: meta.ticketId ?? null, reprintOf: meta.reprintOf ?? null, done };
    this.jobs.set(meta.jobId, job);
    if (job.ticketId && !job.reprintOf) this.jobOfTicket.set(job.ticketId, meta.jobId);
    while (this.jobs.size > MAX_JOBS_KEPT) {
      const oldest = this.jobs.keys().next().value;
      if (oldest === undefined) break;
      const dropped = this.jobs.get(oldest);
      this.jobs.delete(oldest);
      if (dropped?.ticketId && this.jobOfTicket.get(dropped.ticketId) === oldest) this.jobOfTicket.delete(dropped.ticketId);
    }
    return job;
  }

  /** Waits up to `issueWaitMs` for the job, then answers with what is known. */
  async awaitOutcome(job: StoredJob): Promise<PrintOutcome> {
    let timer: NodeJS.Timeout | undefined;
    const waited = new Promise<null>((resolve) => {
      timer = setTimeout(() => resolve(null), this.o.config.issueWaitMs);
    });
    const record = await Promise.race([job.done, waited]);
    clearTimeout(timer);
    return outcomeOfRecord(record ?? job.record);
  }

  /** For POST /api/tickets: never throws, never waits longer than issueWaitMs. */
  async printTicket(ticket: IssuedTicketDto): Promise<PrintOutcome> {
    // Checked first: laying out a ticket nobody will print costs a kiosk burst real CPU.
    if (!this.hasPrinter(KIOSK_PRINTER_ID)) return { status: 'skipped', reason: NO_KIOSK_PRINTER };
    try {
      const job = this.submit(KIOSK_PRINTER_ID, this.ticketDocument(ticket), {
        jobId: `tiket-${ticket.id}`, ticketId: ticket.id, expiresAt: this.o.now() + this.o.config.ticketExpirySeconds * 1000,
      });
      if (!job) return { status: 'skipped', reason: NO_KIOSK_PRINTER };
      return await this.awaitOutcome(job);
    } catch (error) {
      this.o.log(`Mencetak tiket ${ticket.number} gagal: ${error instanceof Error ? error.message : String(error)}`);
      return { status: 'failed', reason: 'Tiket tidak dapat dicetak. Nomor Anda tampil di layar.' };
    }
  }

  /** A complaint receipt on the kiosk printer (or a counter's); the complaints module calls this. */
  async printComplaintReceipt(input: Omit<ComplaintReceiptInput, 'paper' | 'branchName' | 'timeZone'>, printerId = KIOSK_PRINTER_ID): Promise<PrintOutcome> {
    const document = buildComplaintReceipt({ ...input, paper: this.paperOf(printerId), branchName: this.o.branch.branch.name, timeZone: this.o.branch.branch.timeZone });
    return this.printDocument(printerId, document, `pengaduan-${input.referenceNumber}`);
  }

  /** A checklist (e.g. the documents for a JHT claim) from the FAQ's requirement lists. */
  async printChecklist(input: Pick<ChecklistInput, 'title' | 'items' | 'intro' | 'source'>, printerId = KIOSK_PRINTER_ID): Promise<PrintOutcome> {
    const document = buildChecklist({
      ...input, paper: this.paperOf(printerId), branchName: this.o.branch.branch.name, timeZone: this.o.branch.branch.timeZone, printedAt: new Date(this.o.now()),
    });
    return this.printDocument(printerId, document, `daftar-${this.o.now()}-${++this.sequence}`);
  }

  private paperOf(printerId: string): PaperWidth {
    return this.printers.get(printerId)?.entry.profile.paper ?? '80mm';
  }

  private async printDocument(printerId: string, document: PrintDocument, jobId: string): Promise<PrintOutcome> {
    try {
      const job = this.submit(printerId, document, { jobId });
      if (!job) return { status: 'skipped', reason: 'Printer tidak dipasang.' };
      return await this.awaitOutcome(job);
    } catch (error) {
      this.o.log(`Mencetak ${document.title} gagal: ${error instanceof Error ? error.message : String(error)}`);
      return { status: 'failed', reason: 'Dokumen tidak dapat dicetak.' };
    }
  }

  outcomeOf(ticketId: string): PrintOutcome | undefined {
    const jobId = this.jobOfTicket.get(ticketId);
    const job = jobId ? this.jobs.get(jobId) : undefined;
    return job ? outcomeOfRecord(job.record) : undefined;
  }

  recentJobs(limit = 100): StoredJob[] {
    return [...this.jobs.values()].slice(-limit).reverse();
  }

  job(jobId: string): StoredJob | null {
    return this.jobs.get(jobId) ?? null;
  }

  reprints(): readonly ReprintRecord[] {
    return this.reprintLog;
  }

  hasPrinter(printerId: string): boolean {
    return this.printers.has(printerId);
  }

  /**
   * Staff reprint: the same document marked "CETAK ULANG <time>", on the chosen printer (default:
   * the original one), recorded with who asked. Never automatic.
   */
  reprint(jobId: string, request: { printerId?: string | undefined; staff: ReprintRecord['staff']; reason?: string | undefined }): StoredJob | null {
    const original = this.jobs.get(jobId);
    if (!original) return null;
    const printerId = request.printerId ?? original.printerId;
    if (!this.printers.has(printerId)) return null;
    const at = this.o.now();
    const marked = original.document.blocks[0]?.kind === 'text' && original.document.blocks[0].text.startsWith('CETAK ULANG');
    const blocks = marked ? original.document.blocks.slice(1) : original.document.blocks;
    const document: PrintDocument = { ...original.document, blocks: [...reprintBlocks(new Date(at), this.o.branch.branch.timeZone), ...blocks] };
    const count = this.reprintLog.filter((r) => r.originalJobId === jobId).length + 1;
    const newId = `${jobId}-ulang-${count}`;
    const job = this.submit(printerId, document, { jobId: newId, ticketId: original.ticketId, reprintOf: jobId });
    if (!job) return null;
    const record: ReprintRecord = { at, jobId: newId, originalJobId: jobId, printerId, ticketId: original.ticketId, staff: request.staff, reason: request.reason ?? null };
    this.reprintLog.push(record);
    try {
      this.o.onReprint?.(record);
    } catch (error) {
      this.o.log(`Catatan cetak ulang gagal disimpan: ${error instanceof Error ? error.message : String(error)}`);
    }
    return job;
  }
}
