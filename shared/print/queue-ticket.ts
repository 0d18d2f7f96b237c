/**
 * The queue ticket. It carries no personal data, and fast track is a boolean here so that the
 * reason (pregnant, disabled, elderly, e-klaim) cannot reach the paper even by mistake.
 */
import type { BranchTimeZone } from '../calendar/timezone.ts';
import { formatDateId, formatTimeId } from './branch-time.ts';
import { COLUMNS, feed, largestScaleFitting, qr, rule, text, type PaperWidth, type PrintBlock, type PrintDocument } from './document.ts';
import { wrapText } from './printable-text.ts';
import { waitText } from '../wait/wait-wording.ts';

export const ORGANISATION_NAME = 'BPJS KETENAGAKERJAAN';
/** The neutral mark for every fast-track ticket, whatever the reason. */
export const FAST_TRACK_MARK = 'JALUR PRIORITAS';
export const TICKET_INSTRUCTION = 'Tunggu nomor Anda dipanggil.';

export interface QueueTicketInput {
  paper: PaperWidth;
  branchName: string;
  serviceName: string;
  number: string;
  fastTrack: boolean;
  issuedAt: Date;
  timeZone: BranchTimeZone;
  ahead: number;
  estimatedWaitMinutes: number;
  /** Counters open for the service when issued; absent means unknown (treated as one open). */
  openCounters?: number | undefined;
  /** Outside the hours, when service starts ("hari Senin pukul 08.00"); see shared/wait. */
  serviceStartsAt?: string | null | undefined;
  /** The status page behind the QR; null prints no QR (no address a phone can open is known). */
  statusUrl: string | null;
  /** Set on a staff reprint, so two papers with one number can be told apart. */
  reprintedAt?: Date | undefined;
}

/**
 * The branch line under the organisation header: branch names in configuration often repeat the
 * organisation ("BPJS Ketenagakerjaan Kantor Cabang Salemba"), which would print it twice.
 */
export function branchLabel(branchName: string): string {
  const rest = branchName.replace(/^\s*BPJS\s+Ketenagakerjaan\b[\s,:-]*/i, '').trim();
  return rest || branchName;
}

export function centeredLines(value: string, paper: PaperWidth, options: { bold?: boolean } = {}): PrintBlock[] {
  return wrapText(value, COLUMNS[paper]).map((line) => text(line, { align: 'center', ...options }));
}

/** The ticket's wait line, in the words of the kiosk screen and the phone page (shared/wait). */
export function ticketWaitLine(input: Pick<QueueTicketInput, 'ahead' | 'estimatedWaitMinutes' | 'openCounters' | 'serviceStartsAt'>): string {
  return waitText({ ahead: input.ahead, estimatedWaitMinutes: input.estimatedWaitMinutes, openCounters: input.openCounters ?? 1, serviceStartsAt: input.serviceStartsAt ?? null }, 'id');
}

export function reprintBlocks(reprintedAt: Date | undefined, timeZone: BranchTimeZone): PrintBlock[] {
  if (!reprintedAt) return [];
  return [text(`CETAK ULANG ${formatTimeId(reprintedAt, timeZone)}`, { align: 'center', bold: true })];
}

export function buildQueueTicket(input: QueueTicketInput): PrintDocument {
  const { paper } = input;
  const ahead = Math.max(0, Math.floor(input.ahead));
  const blocks: PrintBlock[] = [
    ...reprintBlocks(input.reprintedAt, input.timeZone),
    text(ORGANISATION_NAME, { align: 'center', bold: true }),
    ...centeredLines(branchLabel(input.branchName), paper),
    rule(),
    ...centeredLines(input.serviceName, paper, { bold: true }),
    text('Nomor Antrean', { align: 'center' }),
    text(input.number, { align: 'center', bold: true, scale: largestScaleFitting(input.number, paper, paper === '80mm' ? 5 : 4) }),
  ];
  if (input.fastTrack) blocks.push(feed(1), text(` ${FAST_TRACK_MARK} `, { align: 'center', bold: true, inverted: true }));
  blocks.push(
    feed(1),
    ...centeredLines(`${formatDateId(input.issuedAt, input.timeZone)}, ${formatTimeId(input.issuedAt, input.timeZone)}`, paper),
    ...centeredLines(`Antrean di depan Anda: ${ahead} orang`, paper),
    ...centeredLines(ticketWaitLine(input), paper),
  );
  if (input.statusUrl !== null) blocks.push(feed(1), qr(input.statusUrl, paper === '80mm' ? 6 : 5), ...centeredLines('Pindai QR untuk melihat status', paper));
  blocks.push(
    rule(),
    ...centeredLines(TICKET_INSTRUCTION, paper),
  );
  return { kind: 'queue-ticket', paper, title: `Tiket ${input.number}`, blocks };
}
