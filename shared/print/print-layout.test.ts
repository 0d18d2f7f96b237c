/**
 * The three paper documents block by block: what the printer receives is the product here, so
 * each test pins one whole document (80 mm and 58 mm, fast track, reprint, optional parts).
 */
import { describe, expect, it } from 'vitest';
import { buildChecklist } from './checklist.ts';
import { buildComplaintReceipt } from './complaint-receipt.ts';
import type { PrintBlock } from './document.ts';
import { branchLabel, buildQueueTicket, ticketWaitLine } from './queue-ticket.ts';

const at = new Date('2026-11-21T01:15:00Z'); // 08.15 WIB
const t = (text: string, extra: Partial<Extract<PrintBlock, { kind: 'text' }>> = {}): PrintBlock => ({ kind: 'text', text, ...extra });
const c = (text: string, extra: Partial<Extract<PrintBlock, { kind: 'text' }>> = {}): PrintBlock => t(text, { align: 'center', ...extra });
const rule: PrintBlock = { kind: 'rule' };
const feed: PrintBlock = { kind: 'feed', lines: 1 };

describe('queue ticket', () => {
  it('80 mm, fast track, reprinted: every block in order', () => {
    const doc = buildQueueTicket({
      paper: '80mm',
      branchName: 'BPJS Ketenagakerjaan Kantor Cabang Salemba',
      serviceName: 'Klaim JHT',
      number: 'A-012',
      fastTrack: true,
      issuedAt: at,
      timeZone: 'Asia/Jakarta',
      ahead: 3.7,
      estimatedWaitMinutes: 14.5,
      statusUrl: 'http://192.168.10.2:3000/tiket/t1',
      reprintedAt: new Date('2026-11-21T02:00:00Z'),
    });
    expect(doc.kind).toBe('queue-ticket');
    expect(doc.title).toBe('Tiket A-012');
    expect(doc.blocks).toEqual([
      c('CETAK ULANG 09.00 WIB', { bold: true }),
      c('BPJS KETENAGAKERJAAN', { bold: true }),
      c('Kantor Cabang Salemba'),
      rule,
      c('Klaim JHT', { bold: true }),
      c('Nomor Antrean'),
      c('A-012', { bold: true, scale: 5 }),
      feed,
      c(' JALUR PRIORITAS ', { bold: true, inverted: true }),
      feed,
      c('21 November 2026, 08.15 WIB'),
      c('Antrean di depan Anda: 3 orang'),
      c('Perkiraan menunggu sekitar 10-20 menit'),
      feed,
      { kind: 'qr', payload: 'http://192.168.10.2:3000/tiket/t1', moduleSize: 6 },
      c('Pindai QR untuk melihat status'),
      rule,
      c('Tunggu nomor Anda dipanggil.'),
    ]);
  });

  it('58 mm, normal: a smaller number and QR, no priority mark, no reprint line', () => {
    const doc = buildQueueTicket({
      paper: '58mm',
      branchName: 'Kantor Cabang Makassar',
      serviceName: 'Informasi',
      number: 'D-1234',
      fastTrack: false,
      issuedAt: at,
      timeZone: 'Asia/Makassar',
      ahead: -2,
      estimatedWaitMinutes: 0.4,
      statusUrl: 'http://x/t',
    });
    expect(doc.blocks).toEqual([
      c('BPJS KETENAGAKERJAAN', { bold: true }),
      c('Kantor Cabang Makassar'),
      rule,
      c('Informasi', { bold: true }),
      c('Nomor Antrean'),
      c('D-1234', { bold: true, scale: 4 }),
      feed,
      c('21 November 2026, 09.15 WITA'),
      c('Antrean di depan Anda: 0 orang'),
      c('Anda berikutnya dipanggil'),
      feed,
      { kind: 'qr', payload: 'http://x/t', moduleSize: 5 },
      c('Pindai QR untuk melihat status'),
      rule,
      c('Tunggu nomor Anda dipanggil.'),
    ]);
  });

  it('wait wording and branch label', () => {
    // The kiosk's and the phone page's words (shared/wait/wait-wording.ts); unknown counters count as one open.
    expect(ticketWaitLine({ ahead: 0, estimatedWaitMinutes: 0.49 })).toBe('Anda berikutnya dipanggil');
    expect(ticketWaitLine({ ahead: 14, estimatedWaitMinutes: 210, openCounters: 1 })).toBe('Perkiraan menunggu sekitar 2 jam 30 menit - 4 jam 30 menit');
    expect(ticketWaitLine({ ahead: 2, estimatedWaitMinutes: 20, openCounters: 0, serviceStartsAt: 'hari Senin pukul 08.00' })).toBe('Belum ada loket yang buka; layanan mulai hari Senin pukul 08.00');
    expect(branchLabel('  bpjs ketenagakerjaan, Kantor Cabang Bekasi')).toBe('Kantor Cabang Bekasi');
    expect(branchLabel('BPJS Ketenagakerjaan')).toBe('BPJS Ketenagakerjaan');
    expect(branchLabel('BPJS Ketenagakerjaanku')).toBe('BPJS Ketenagakerjaanku');
  });
});

describe('complaint receipt', () => {
  it('58 mm: every block, long values wrapped under their labels', () => {
    const doc = buildComplaintReceipt({
      paper: '58mm',
      branchName: 'Kantor Cabang Jayapura',
      referenceNumber: 'ADU-20261121-0007',
      categoryLabel: 'Pelayanan petugas di loket klaim',
      receivedAt: at,
      dueDate: '2026-11-28',
      timeZone: 'Asia/Jayapura',
      statusUrl: 'http://192.168.10.2:3000/pengaduan/ADU-20261121-0007',
    });
    expect(doc.title).toBe('Pengaduan ADU-20261121-0007');
    expect(doc.kind).toBe('complaint-receipt');
    expect(doc.blocks).toEqual([
      c('BPJS KETENAGAKERJAAN', { bold: true }),
      c('Kantor Cabang Jayapura'),
      rule,
      c('TANDA TERIMA PENGADUAN', { bold: true }),
      feed,
      c('Nomor referensi'),
      c('ADU-20261121-0007', { bold: true, scale: 1 }),
      feed,
      t('Kategori'),
      t('  Pelayanan petugas di loket', { bold: true }),
      t('  klaim', { bold: true }),
      t('Diterima'),
      t('  21 November 2026 10.15 WIT', { bold: true }),
      t('Batas penyelesaian'),
      t('  28 November 2026 (5 hari', { bold: true }),
      t('  kerja)', { bold: true }),
      rule,
      t('Cek status pengaduan:', { bold: true }),
      t('- pindai kode QR di bawah, atau'),
      t('- buka alamat berikut:'),
      t('  http://192.168.10.2:3000/penga'),
      t('  duan/ADU-20261121-0007'),
      t('- atau sebutkan nomor referensi'),
      t('di loket atau ke Contact Center'),
      t('175.'),
      feed,
      { kind: 'qr', payload: 'http://192.168.10.2:3000/pengaduan/ADU-20261121-0007', moduleSize: 5 },
      rule,
      c('Simpan tanda terima ini sampai'),
      c('pengaduan Anda selesai.'),
    ]);
  });

  it('80 mm: a reference that fits is printed double size, and a reprint says so', () => {
    const doc = buildComplaintReceipt({
      paper: '80mm',
      branchName: 'KC Uji',
      referenceNumber: 'A'.repeat(24),
      categoryLabel: 'Lain',
      receivedAt: at,
      dueDate: '2026-11-28',
      timeZone: 'Asia/Jakarta',
      statusUrl: 'http://x',
      reprintedAt: at,
    });
    expect(doc.blocks[0]).toEqual(c('CETAK ULANG 08.15 WIB', { bold: true }));
    expect(doc.blocks.find((b) => b.kind === 'text' && b.text === 'A'.repeat(24))).toEqual(c('A'.repeat(24), { bold: true, scale: 2 }));
    expect(doc.blocks.find((b) => b.kind === 'qr')).toEqual({ kind: 'qr', payload: 'http://x', moduleSize: 6 });
    const longer = buildComplaintReceipt({ paper: '80mm', branchName: 'KC', referenceNumber: 'A'.repeat(25), categoryLabel: 'x', receivedAt: at, dueDate: '2026-11-28', timeZone: 'Asia/Jakarta', statusUrl: 'u' });
    expect(longer.blocks.find((b) => b.kind === 'text' && b.text === 'A'.repeat(25))).toMatchObject({ scale: 1 });
  });
});

describe('requirement checklist', () => {
  it('58 mm: title in capitals, tick boxes with hanging indent, notes, source and print time', () => {
    const doc = buildChecklist({
      paper: '58mm',
      branchName: 'Kantor Cabang Salemba',
      title: 'Syarat klaim JHT',
      intro: 'Bawa dokumen asli:',
      items: ['KTP', { text: 'Kartu peserta BPJS Ketenagakerjaan', note: 'asli dan fotokopi' }],
      source: 'Standar Pelayanan',
      printedAt: at,
      timeZone: 'Asia/Jakarta',
    });
    expect(doc).toMatchObject({ kind: 'checklist', title: 'Syarat klaim JHT', paper: '58mm' });
    expect(doc.blocks).toEqual([
      c('BPJS KETENAGAKERJAAN', { bold: true }),
      c('Kantor Cabang Salemba'),
      rule,
      c('SYARAT KLAIM JHT', { bold: true }),
      feed,
      t('Bawa dokumen asli:'),
      t('[ ] KTP'),
      t('[ ] Kartu peserta BPJS'),
      t('    Ketenagakerjaan'),
      t('    (asli dan fotokopi)'),
      feed,
      rule,
      t('Sumber: Standar Pelayanan'),
      t('Dicetak 21 November 2026 08.15'),
      t('WIB'),
    ]);
  });

  it('without intro, notes or source those lines are left out', () => {
    const doc = buildChecklist({ paper: '80mm', branchName: 'KC', title: 'x', items: [{ text: 'KTP' }], printedAt: at, timeZone: 'Asia/Jakarta' });
    expect(doc.blocks.filter((b) => b.kind === 'text').map((b) => (b.kind === 'text' ? b.text : ''))).toEqual(['BPJS KETENAGAKERJAAN', 'KC', 'X', '[ ] KTP', 'Dicetak 21 November 2026 08.15 WIB']);
  });
});
