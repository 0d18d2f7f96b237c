/** Fixed documents for golden and preview tests: frozen clock, no personal data. */
import { buildChecklist } from '../../../shared/print/checklist.ts';
import { buildComplaintReceipt } from '../../../shared/print/complaint-receipt.ts';
import type { PaperWidth, PrintDocument } from '../../../shared/print/document.ts';
import { buildQueueTicket } from '../../../shared/print/queue-ticket.ts';

export const FIXED_INSTANT = new Date('2026-11-21T01:15:00Z');
export const TICKET_URL = 'http://192.168.10.2:3000/tiket/01JDX4K7Q2';

export function sampleTicket(paper: PaperWidth, fastTrack = false): PrintDocument {
  return buildQueueTicket({
    paper, branchName: 'Kantor Cabang Jakarta Salemba', serviceName: 'Pengajuan Klaim', number: 'A-012', fastTrack,
    issuedAt: FIXED_INSTANT, timeZone: 'Asia/Jakarta', ahead: 7, estimatedWaitMinutes: 25, statusUrl: TICKET_URL,
  });
}

export function sampleReceipt(paper: PaperWidth): PrintDocument {
  return buildComplaintReceipt({
    paper, branchName: 'Kantor Cabang Jakarta Salemba', referenceNumber: 'PGD-20261121-0007', categoryLabel: 'Klaim JHT – proses lama',
    receivedAt: FIXED_INSTANT, dueDate: '2026-11-28', timeZone: 'Asia/Jakarta', statusUrl: 'http://192.168.10.2:3000/pengaduan/PGD-20261121-0007',
  });
}

export function sampleChecklist(paper: PaperWidth): PrintDocument {
  return buildChecklist({
    paper, branchName: 'Kantor Cabang Jakarta Salemba', title: 'Persyaratan klaim JHT', timeZone: 'Asia/Jakarta', printedAt: FIXED_INSTANT,
    items: ['Kartu peserta BPJS Ketenagakerjaan', 'KTP elektronik', { text: 'Buku tabungan', note: 'halaman depan' }, 'Surat keterangan berhenti bekerja / paklaring'],
    source: 'Standar pelayanan klaim JHT',
  });
}
