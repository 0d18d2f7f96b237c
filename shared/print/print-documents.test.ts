import { describe, expect, it } from 'vitest';
import { FAST_TRACK_REASONS } from '../queue/ticket.ts';
import { formatDateId, formatIsoDateId, formatTimeId } from './branch-time.ts';
import { buildChecklist } from './checklist.ts';
import { buildComplaintReceipt } from './complaint-receipt.ts';
import { COLUMNS, PAPER_WIDTHS, type PrintDocument } from './document.ts';
import { toPrintableAscii, wrapText } from './printable-text.ts';
import { buildQueueTicket, FAST_TRACK_MARK, type QueueTicketInput } from './queue-ticket.ts';

const issuedAt = new Date('2026-11-21T01:15:00Z');
const ticket = (overrides: Partial<QueueTicketInput> = {}): QueueTicketInput => ({
  paper: '80mm',
  branchName: 'Kantor Cabang Jakarta Salemba',
  serviceName: 'Pengajuan Klaim',
  number: 'A-012',
  fastTrack: false,
  issuedAt,
  timeZone: 'Asia/Jakarta',
  ahead: 7,
  estimatedWaitMinutes: 24.6,
  statusUrl: 'http://192.168.10.2:3000/tiket/t_01J',
  ...overrides,
});

const texts = (doc: PrintDocument): string[] => doc.blocks.flatMap((b) => (b.kind === 'text' ? [b.text] : []));

describe('printable text', () => {
  it('turns typographic characters and diacritics into plain ASCII', () => {
    expect(toPrintableAscii('“Klaim” – JHT’s José … • Rp 1.000')).toBe('"Klaim" - JHT\'s Jose ... * Rp 1.000');
    expect(toPrintableAscii('日本')).toBe('??');
  });

  it('wraps at spaces and cuts a word longer than the line', () => {
    expect(wrapText('satu dua tiga empat', 9)).toEqual(['satu dua', 'tiga', 'empat']);
    expect(wrapText('http://contoh.id/abcdefghij', 10)).toEqual(['http://con', 'toh.id/abc', 'defghij']);
    expect(wrapText('', 10)).toEqual(['']);
  });
});

describe('branch time on paper', () => {
  it('prints the date and time in the branch time zone with its label', () => {
    expect(`${formatDateId(issuedAt, 'Asia/Jakarta')} ${formatTimeId(issuedAt, 'Asia/Jakarta')}`).toBe('21 November 2026 08.15 WIB');
    expect(formatTimeId(issuedAt, 'Asia/Makassar')).toBe('09.15 WITA');
    expect(formatTimeId(new Date('2026-11-21T15:30:00Z'), 'Asia/Jayapura')).toBe('00.30 WIT');
    expect(formatDateId(new Date('2026-11-21T15:30:00Z'), 'Asia/Jayapura')).toBe('22 November 2026');
    expect(formatIsoDateId('2026-11-28')).toBe('28 November 2026');
  });
});

describe('queue ticket', () => {
  it('shows branch, service, the number very large, time, people ahead, wait, QR and one instruction', () => {
    const doc = buildQueueTicket(ticket());
    const lines = texts(doc);
    expect(lines).toContain('Kantor Cabang Jakarta Salemba');
    expect(lines).toContain('Pengajuan Klaim');
    expect(doc.blocks).toContainEqual(expect.objectContaining({ kind: 'text', text: 'A-012', scale: 5 }));
    expect(lines).toContain('21 November 2026, 08.15 WIB');
    expect(lines).toContain('Antrean di depan Anda: 7 orang');
    // The kiosk's and the phone page's words (shared/wait): a range, not "+/- 25 menit".
    expect(lines).toContain('Perkiraan menunggu sekitar 15-35 menit');
    expect(doc.blocks).toContainEqual({ kind: 'qr', payload: 'http://192.168.10.2:3000/tiket/t_01J', moduleSize: 6 });
    expect(lines.some((l) => l.includes(FAST_TRACK_MARK))).toBe(false);
  });

  it('says when no counter is open, and prints no QR without an address a phone can open', () => {
    const closed = texts(buildQueueTicket(ticket({ openCounters: 0, paper: '80mm' })));
    expect(closed.join(' ')).toContain('Saat ini belum ada loket yang buka untuk layanan ini');
    expect(closed.join(' ')).not.toMatch(/menit/);
    const noQr = buildQueueTicket(ticket({ statusUrl: null }));
    expect(noQr.blocks.some((b) => b.kind === 'qr')).toBe(false);
    expect(texts(noQr)).not.toContain('Pindai QR untuk melihat status');
  });

  it('does not print the organisation twice when the branch name repeats it', () => {
    const lines = texts(buildQueueTicket(ticket({ branchName: 'BPJS Ketenagakerjaan Kantor Cabang Jakarta Salemba' })));
    expect(lines.filter((l) => /bpjs ketenagakerjaan/i.test(l))).toEqual(['BPJS KETENAGAKERJAAN']);
    expect(lines).toContain('Kantor Cabang Jakarta Salemba');
  });

  it('marks fast track neutrally, the same for every reason', () => {
    const doc = buildQueueTicket(ticket({ fastTrack: true }));
    const all = JSON.stringify(doc).toLowerCase();
    expect(texts(doc)).toContain(` ${FAST_TRACK_MARK} `);
    for (const reason of [...FAST_TRACK_REASONS, 'hamil', 'difabel', 'manula', 'lansia', 'e-klaim']) expect(all).not.toContain(reason);
  });

  it('fits every line on both paper widths', () => {
    for (const paper of PAPER_WIDTHS) {
      const doc = buildQueueTicket(ticket({ paper, number: 'B-1234', serviceName: 'Pendaftaran Kepesertaan Bukan Penerima Upah dan Informasi' }));
      for (const b of doc.blocks) if (b.kind === 'text') expect(b.text.length * (b.scale ?? 1)).toBeLessThanOrEqual(COLUMNS[paper]);
    }
  });

  it('says when it is a reprint', () => {
    expect(texts(buildQueueTicket(ticket({ reprintedAt: new Date('2026-11-21T02:00:00Z') })))[0]).toBe('CETAK ULANG 09.00 WIB');
  });
});

describe('complaint receipt and checklist', () => {
  it('prints reference, category, dates, how to check status and a QR', () => {
    const doc = buildComplaintReceipt({
      paper: '58mm', branchName: 'KC Makassar', referenceNumber: 'PGD-20261121-0007', categoryLabel: 'Klaim JHT lama diproses',
      receivedAt: issuedAt, dueDate: '2026-11-28', timeZone: 'Asia/Makassar', statusUrl: 'http://kc.local/pengaduan/PGD-20261121-0007',
    });
    const lines = texts(doc);
    expect(lines).toContain('PGD-20261121-0007');
    expect(lines).toContain('  Klaim JHT lama diproses');
    expect(lines).toContain('  21 November 2026 09.15 WITA');
    expect(lines.join('\n')).toContain('  28 November 2026 (5 hari\n  kerja)');
    expect(doc.blocks.some((b) => b.kind === 'qr' && b.payload.endsWith('PGD-20261121-0007'))).toBe(true);
    for (const b of doc.blocks) if (b.kind === 'text') expect(b.text.length * (b.scale ?? 1)).toBeLessThanOrEqual(32);
  });

  it('lays out checklist items with a tick box and hanging indent', () => {
    const doc = buildChecklist({
      paper: '58mm', branchName: 'KC Salemba', title: 'Dokumen klaim JHT', timeZone: 'Asia/Jakarta', printedAt: issuedAt,
      items: ['Kartu peserta BPJS Ketenagakerjaan', { text: 'Surat keterangan berhenti bekerja dari perusahaan', note: 'asli' }],
    });
    expect(texts(doc)).toEqual(expect.arrayContaining(['[ ] Kartu peserta BPJS', '    Ketenagakerjaan', '    (asli)']));
    for (const b of doc.blocks) if (b.kind === 'text') expect(b.text.length).toBeLessThanOrEqual(32);
  });
});
