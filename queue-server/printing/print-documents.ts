/** Lays out what the printing side prints, in the branch's name and time zone. */
import type { BranchConfig } from '../../shared/contracts/branch-config.ts';
import type { IssuedTicketDto } from '../../shared/contracts/http.ts';
import { buildChecklist, type ChecklistInput } from '../../shared/print/checklist.ts';
import { buildComplaintReceipt, type ComplaintReceiptInput } from '../../shared/print/complaint-receipt.ts';
import type { PaperWidth, PrintDocument } from '../../shared/print/document.ts';
import { buildQueueTicket, reprintBlocks } from '../../shared/print/queue-ticket.ts';
import type { PrintingConfig } from './printing-config.ts';
import { DEFAULT_OPENING_HOURS, serviceStartText, type IsHoliday } from '../../shared/wait/opening-hours.ts';

export type ComplaintReceiptRequest = Omit<ComplaintReceiptInput, 'paper' | 'branchName' | 'timeZone'>;
export type ChecklistRequest = Pick<ChecklistInput, 'title' | 'items' | 'intro' | 'source'>;

export class PrintDocuments {
  constructor(private readonly o: { branch: BranchConfig; config: PrintingConfig; baseUrl: string | null; statusKeyOf?: (ticketId: string) => string; isHoliday?: IsHoliday }) {}

  /**
   * The ticket status page behind the QR code, with the paper's own key when the survey gives one;
   * null when no address a phone can open is known (public-base-url.ts).
   */
  statusUrlOf(ticketId: string): string | null {
    if (this.o.baseUrl === null) return null;
    const url = `${this.o.baseUrl.replace(/\/+$/, '')}${this.o.config.ticketStatusPath.replace('{id}', encodeURIComponent(ticketId))}`;
    const key = this.o.statusKeyOf?.(ticketId);
    return key === undefined ? url : `${url}${url.includes('?') ? '&' : '?'}k=${encodeURIComponent(key)}`;
  }

  ticket(ticket: IssuedTicketDto, paper: PaperWidth): PrintDocument {
    const service = this.o.branch.services.find((s) => s.id === ticket.serviceId);
    return buildQueueTicket({
      paper,
      branchName: this.o.branch.branch.name,
      serviceName: service?.name ?? ticket.serviceId,
      number: ticket.number,
      fastTrack: ticket.fastTrack !== null,
      issuedAt: new Date(ticket.issuedAt),
      timeZone: this.o.branch.branch.timeZone,
      ahead: ticket.ahead,
      estimatedWaitMinutes: ticket.estimatedWaitMinutes,
      openCounters: ticket.openCounters,
      serviceStartsAt: serviceStartText({ nowMs: Date.parse(ticket.issuedAt), timeZone: this.o.branch.branch.timeZone, hours: this.o.branch.openingHours ?? DEFAULT_OPENING_HOURS, isHoliday: this.o.isHoliday }, 'id'),
      statusUrl: this.statusUrlOf(ticket.id),
    });
  }

  complaintReceipt(input: ComplaintReceiptRequest, paper: PaperWidth): PrintDocument {
    return buildComplaintReceipt({ ...input, paper, branchName: this.o.branch.branch.name, timeZone: this.o.branch.branch.timeZone });
  }

  checklist(input: ChecklistRequest, paper: PaperWidth, printedAt: Date): PrintDocument {
    return buildChecklist({ ...input, paper, branchName: this.o.branch.branch.name, timeZone: this.o.branch.branch.timeZone, printedAt });
  }

  /** The same document headed "CETAK ULANG <time>", so two papers with one number can be told apart. */
  reprintOf(document: PrintDocument, at: number): PrintDocument {
    return { ...document, blocks: [...reprintBlocks(new Date(at), this.o.branch.branch.timeZone), ...document.blocks] };
  }
}
