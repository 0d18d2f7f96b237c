/**
 * The printing side of the server, composed of small parts: the configured printers
 * (printer-registry), their health poll (health-poller), the recent jobs (job-store), the
 * documents (print-documents) and who asked for which reprint (reprint-log). Issuing a ticket
 * never fails and never waits long because of a printer: printTicket answers within
 * `issueWaitMs` with printed / failed (with an Indonesian reason the kiosk shows) / queued.
 */
import type { IsHoliday } from '../../shared/wait/opening-hours.ts';
import { PrintOutcomeCounts } from '../metrics/print-outcomes.ts';
import type { BranchConfig } from '../../shared/contracts/branch-config.ts';
import type { IssuedTicketDto, PrintOutcome } from '../../shared/contracts/http.ts';
import type { PrintDocument } from '../../shared/print/document.ts';
import { encodeDocument } from '../../hardware/escpos/encode.ts';
import type { PrinterHealth } from '../../hardware/escpos/printer-health.ts';
import type { PrinterSetting } from '../../shared/contracts/branch-config.ts';
import type { PrinterPort } from '../../hardware/escpos/printer-port.ts';
import { PrinterHealthPoller } from './health-poller.ts';
import { JobStore, outcomeOfRecord, type StoredJob } from './job-store.ts';
import { PrintDocuments, type ChecklistRequest, type ComplaintReceiptRequest } from './print-documents.ts';
import { KIOSK_PRINTER_ID, PrinterRegistry, type PrinterView } from './printer-registry.ts';
import type { PrinterEntry, PrintingConfig } from './printing-config.ts';
import { MemoryReprintLog, type ReprintLog, type ReprintRecord } from './reprint-log.ts';

export { outcomeOfRecord, type StoredJob } from './job-store.ts';
export { KIOSK_PRINTER_ID, type ManagedPrinter, type PrinterView } from './printer-registry.ts';
export type { ReprintRecord } from './reprint-log.ts';

export interface PrintServiceOptions {
  branch: BranchConfig;
  config: PrintingConfig;
  dataDir: string;
  /** Base of the QR codes' address, e.g. http://192.168.10.2:3000; null prints tickets without a QR (see public-base-url.ts). */
  baseUrl: string | null;
  now: () => number;
  log: (message: string) => void;
  onHealthChange?: (printer: PrinterView, previous: PrinterHealth | null) => void;
  /** Written to the audit trail by the caller; a reprint is a staff decision worth keeping. */
  onReprint?: (record: ReprintRecord) => void;
  /** Where reprint records are kept; the server passes the SQLite one, the default is in memory. */
  reprintLog?: ReprintLog;
  createPort?: (printerId: string, entry: PrinterEntry) => PrinterPort | null;
  /** The paper's own key, added to the QR as ?k= (the phone's way into the survey once served). */
  statusKeyOf?: (ticketId: string) => string;
  /** The branch calendar's holidays, for the ticket's "layanan mulai …" line (queue-server/branch-hours.ts). */
  isHoliday?: IsHoliday;
}

interface SubmitMeta {
  jobId: string;
  ticketId?: string | null;
  /** Makes the job a reprint of that job: printed with the "CETAK ULANG" mark. */
  reprintOf?: string | null;
  expiresAt?: number;
}

export interface ReprintRequest {
  printerId?: string | undefined;
  staff: ReprintRecord['staff'];
  reason?: string | undefined;
}

const NO_KIOSK_PRINTER = 'Printer tiket tidak dipasang; nomor Anda tampil di layar.';

export class PrintService {
  private readonly printers: PrinterRegistry;
  private readonly poller: PrinterHealthPoller;
  private readonly jobs = new JobStore();
  private readonly documents: PrintDocuments;
  private readonly reprintLog: ReprintLog;
  private sequence = 0;
  /** Jobs sent, how they ended and reprints, per printer (GET /metrics). */
  readonly outcomes = new PrintOutcomeCounts();

  constructor(private readonly o: PrintServiceOptions) {
    this.printers = new PrinterRegistry(o);
    this.poller = new PrinterHealthPoller(this.printers, o.config.healthPollSeconds * 1000, o.now);
    this.documents = new PrintDocuments(o);
    this.reprintLog = o.reprintLog ?? new MemoryReprintLog();
    this.printers.health.subscribe((current, previous) => {
      const view = this.printers.view(current.printerId);
      if (view) o.onHealthChange?.(view, previous);
    });
  }

  get health() {
    return this.printers.health;
  }

  /** Reads every printer's status now, then every healthPollSeconds. */
  start(): void {
    this.poller.start();
  }

  async stop(): Promise<void> {
    this.poller.stop();
    await this.printers.closeAll();
  }

  checkAll(): Promise<void> {
    return this.poller.checkAll();
  }

  check(printerId: string): Promise<PrinterView | null> {
    return this.poller.check(printerId);
  }

  /** The administration page's printer settings: changed printers get new ports at once and are checked. */
  applyPrinterSettings(settings: readonly PrinterSetting[]): string[] {
    const changed = this.printers.applySettings(settings);
    for (const id of changed) void this.poller.check(id);
    return changed;
  }

  printerViews(): PrinterView[] {
    return this.printers.views();
  }

  hasPrinter(printerId: string): boolean {
    return this.printers.has(printerId);
  }

  /** An address a visitor's phone can open, e.g. the complaint status page of a receipt's QR; null without a public address. */
  publicUrl(path: string): string | null {
    return this.o.baseUrl === null ? null : `${this.o.baseUrl.replace(/\/+$/, '')}${path}`;
  }

  statusUrlOf(ticketId: string): string | null {
    return this.documents.statusUrlOf(ticketId);
  }

  ticketDocument(ticket: IssuedTicketDto): PrintDocument {
    return this.documents.ticket(ticket, this.printers.paperOf(KIOSK_PRINTER_ID));
  }

  /** Submits a document to a printer; the job is kept so staff can see it and reprint it. */
  submit(printerId: string, document: PrintDocument, meta: SubmitMeta): StoredJob | null {
    const printer = this.printers.get(printerId);
    if (!printer) return null;
    const reprintOf = meta.reprintOf ?? null;
    const printed = reprintOf === null ? document : this.documents.reprintOf(document, this.o.now());
    const bytes = encodeDocument({ ...printed, paper: printer.entry.profile.paper }, printer.entry.profile);
    const { record, done } = printer.queue.submit({ id: meta.jobId, title: document.title, bytes, ...(meta.expiresAt === undefined ? {} : { expiresAt: meta.expiresAt }) });
    const job: StoredJob = { record, printerId, document, bytes, ticketId: meta.ticketId ?? null, reprintOf, done };
    this.jobs.add(job);
    this.outcomes.submittedTo(printerId, reprintOf !== null);
    done.then(
      (settled) => this.outcomes.endedOn(printerId, settled.state === 'printed' ? 'printed' : settled.state === 'unknown' ? 'unknown' : 'failed'),
      () => this.outcomes.endedOn(printerId, 'failed'),
    );
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
        jobId: `tiket-${ticket.id}`,
        ticketId: ticket.id,
        expiresAt: this.o.now() + this.o.config.ticketExpirySeconds * 1000,
      });
      if (!job) return { status: 'skipped', reason: NO_KIOSK_PRINTER };
      return await this.awaitOutcome(job);
    } catch (error) {
      this.o.log(`Mencetak tiket ${ticket.number} gagal: ${error instanceof Error ? error.message : String(error)}`);
      return { status: 'failed', reason: 'Tiket tidak dapat dicetak. Nomor Anda tampil di layar.' };
    }
  }

  /** A complaint receipt on the kiosk printer (or a counter's); the complaints module calls this. */
  async printComplaintReceipt(input: ComplaintReceiptRequest, printerId = KIOSK_PRINTER_ID): Promise<PrintOutcome> {
    const document = this.documents.complaintReceipt(input, this.printers.paperOf(printerId));
    return this.printDocument(printerId, document, `pengaduan-${input.referenceNumber}`);
  }

  /** A checklist (e.g. the documents for a JHT claim) from the FAQ's requirement lists. */
  async printChecklist(input: ChecklistRequest, printerId = KIOSK_PRINTER_ID): Promise<PrintOutcome> {
    const document = this.documents.checklist(input, this.printers.paperOf(printerId), new Date(this.o.now()));
    return this.printDocument(printerId, document, `daftar-${this.o.now()}-${++this.sequence}`);
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
    const job = this.jobs.firstPrintOf(ticketId);
    return job ? outcomeOfRecord(job.record) : undefined;
  }

  recentJobs(limit = 100): StoredJob[] {
    return this.jobs.recent(limit);
  }

  job(jobId: string): StoredJob | null {
    return this.jobs.get(jobId);
  }

  reprints(): readonly ReprintRecord[] {
    return this.reprintLog.recent();
  }

  /**
   * Staff reprint: the same document marked "CETAK ULANG <time>", on the chosen printer (default:
   * the original one), recorded with who asked. Never automatic. A reprint of a reprint prints
   * the stored document (kept without its mark) with one fresh mark.
   */
  reprint(jobId: string, request: ReprintRequest): StoredJob | null {
    const original = this.jobs.get(jobId);
    if (!original) return null;
    return this.submitReprint(jobId, original.document, original.ticketId, request.printerId ?? original.printerId, request);
  }

  /**
   * A visitor's ticket again, from the console: the first print's document when it is still among
   * the recent jobs, else the ticket laid out afresh (after a restart, or when it never printed).
   * Either way it carries the "CETAK ULANG" mark and is recorded like any reprint.
   */
  reprintTicket(ticket: IssuedTicketDto, request: ReprintRequest): StoredJob | null {
    const first = this.jobs.firstPrintOf(ticket.id);
    if (first) return this.submitReprint(first.record.id, first.document, ticket.id, request.printerId ?? first.printerId, request);
    return this.submitReprint(`tiket-${ticket.id}`, this.ticketDocument(ticket), ticket.id, request.printerId ?? KIOSK_PRINTER_ID, request);
  }

  private submitReprint(originalJobId: string, document: PrintDocument, ticketId: string | null, printerId: string, request: ReprintRequest): StoredJob | null {
    if (!this.printers.has(printerId)) return null;
    const newId = `${originalJobId}-ulang-${this.reprintLog.countOf(originalJobId) + 1}`;
    const job = this.submit(printerId, document, { jobId: newId, ticketId, reprintOf: originalJobId });
    if (!job) return null;
    const record: ReprintRecord = { at: this.o.now(), jobId: newId, originalJobId, printerId, ticketId, staff: request.staff, reason: request.reason ?? null };
    // The paper is already on its way: a record that cannot be written is logged, not thrown.
    for (const keep of [() => this.reprintLog.add(record), () => this.o.onReprint?.(record)]) {
      try {
        keep();
      } catch (error) {
        this.o.log(`Catatan cetak ulang gagal disimpan: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    return job;
  }

}
