/**
 * The complaint receipt (tanda terima pengaduan). The due date is passed in already computed
 * (5 working days, Peraturan BPJS Ketenagakerjaan No. 3 Tahun 2018 Pasal 10(2)); the reporter's
 * identity is never printed, only the reference that lets them ask about it.
 */
import type { BranchTimeZone } from '../calendar/timezone.ts';
import { formatDateId, formatIsoDateId, formatTimeId } from './branch-time.ts';
import { COLUMNS, feed, qr, rule, text, type PaperWidth, type PrintBlock, type PrintDocument } from './document.ts';
import { wrapText } from './printable-text.ts';
import { branchLabel, centeredLines, ORGANISATION_NAME, reprintBlocks } from './queue-ticket.ts';

export interface ComplaintReceiptInput {
  paper: PaperWidth;
  branchName: string;
  referenceNumber: string;
  categoryLabel: string;
  receivedAt: Date;
  /** YYYY-MM-DD, the last day of handling. */
  dueDate: string;
  timeZone: BranchTimeZone;
  /** The status page; null (no address a phone can open, see queue-server/printing/public-base-url.ts) prints no QR. */
  statusUrl: string | null;
  /** The random check code needed with the reference to look the complaint up. */
  checkCode?: string | undefined;
  reprintedAt?: Date | undefined;
}

function labelled(label: string, value: string, paper: PaperWidth): PrintBlock[] {
  return [text(label), ...wrapText(value, COLUMNS[paper] - 2).map((line) => text(`  ${line}`, { bold: true }))];
}

/** The check code and what happens next: only printed when the receipt carries a code. */
function checkCodeBlocks(code: string, paper: PaperWidth): PrintBlock[] {
  const wrap = (t: string) => wrapText(t, COLUMNS[paper]).map((l) => text(l));
  return [
    feed(1),
    text('Kode cek (rahasiakan)', { align: 'center' }),
    text(code, { align: 'center', bold: true, scale: 2 }),
    rule(),
    text('Langkah berikutnya:', { bold: true }),
    ...wrap('1. Unit pengaduan memverifikasi dan menangani pengaduan Anda paling lama 5 hari kerja.'),
    ...wrap('2. Bila data pendukung kurang, kami menghubungi Anda; lengkapi dalam 30 hari, atau pengaduan dinyatakan selesai.'),
    ...wrap('3. Status dapat dicek dengan nomor referensi dan kode cek; data pribadi tidak ditampilkan.'),
  ];
}

export function buildComplaintReceipt(input: ComplaintReceiptInput): PrintDocument {
  const { paper } = input;
  const reference = input.referenceNumber;
  const blocks: PrintBlock[] = [
    ...reprintBlocks(input.reprintedAt, input.timeZone),
    text(ORGANISATION_NAME, { align: 'center', bold: true }),
    ...centeredLines(branchLabel(input.branchName), paper),
    rule(),
    text('TANDA TERIMA PENGADUAN', { align: 'center', bold: true }),
    feed(1),
    text('Nomor referensi', { align: 'center' }),
    text(reference, { align: 'center', bold: true, scale: reference.length * 2 <= COLUMNS[paper] ? 2 : 1 }),
    feed(1),
    ...labelled('Kategori', input.categoryLabel, paper),
    ...labelled('Diterima', `${formatDateId(input.receivedAt, input.timeZone)} ${formatTimeId(input.receivedAt, input.timeZone)}`, paper),
    ...labelled('Batas penyelesaian', `${formatIsoDateId(input.dueDate)} (5 hari kerja)`, paper),
    ...(input.checkCode ? checkCodeBlocks(input.checkCode, paper) : []),
    rule(),
    text('Cek status pengaduan:', { bold: true }),
    ...statusBlocks(input.statusUrl, paper),
    rule(),
    ...centeredLines('Simpan tanda terima ini sampai pengaduan Anda selesai.', paper),
  ];
  return { kind: 'complaint-receipt', paper, title: `Pengaduan ${reference}`, blocks };
}

/** How to look the complaint up: the QR and the address when a phone can open it, the counter always. */
function statusBlocks(statusUrl: string | null, paper: PaperWidth): PrintBlock[] {
  const counter = wrapText('- atau sebutkan nomor referensi di loket atau ke Contact Center 175.', COLUMNS[paper]).map((l) => text(l));
  if (statusUrl === null) return wrapText('- sebutkan nomor referensi di loket atau ke Contact Center 175.', COLUMNS[paper]).map((l) => text(l));
  return [
    ...wrapText('- pindai kode QR di bawah, atau', COLUMNS[paper]).map((l) => text(l)),
    text('- buka alamat berikut:'),
    ...wrapText(statusUrl, COLUMNS[paper] - 2).map((l) => text(`  ${l}`)),
    ...counter,
    feed(1),
    qr(statusUrl, paper === '80mm' ? 6 : 5),
  ];
}
