/**
 * The semester report (Laporan Monitoring dan Evaluasi Semester) as an A4 PDF drawn with pdfkit:
 * the branch, the period, every section's table and the method. Tables rather than charts, except
 * one bar chart of waits by hour: the PDF is for handing over and filing, where numbers matter.
 */
import PDFDocument from 'pdfkit';
import type { ReportQuality, ReportSummary } from '../../shared/contracts/reports.ts';
import { CALL_RULE_LABEL_ID, FAST_TRACK_LABEL_ID, METHOD_ID } from '../../shared/i18n/report-id.ts';
import type { Period } from '../../shared/reports/periods.ts';

export interface SemesterInput {
  period: Period;
  summary: ReportSummary;
  quality: ReportQuality;
  printedAt: number;
}

type Cell = string | number | null;
const MARGIN = 48;
const num = (v: number | null | undefined): string => (v === null || v === undefined ? '-' : v.toLocaleString('id-ID'));
const pct = (v: number | null): string => (v === null ? '-' : `${(v * 100).toLocaleString('id-ID', { maximumFractionDigits: 1 })}%`);

export function renderSemesterPdf(input: SemesterInput): Promise<Buffer> {
  const { period, summary: s, quality: q } = input;
  const doc = new PDFDocument({ size: 'A4', margin: MARGIN, info: { Title: `Laporan Monitoring dan Evaluasi ${period.label}`, Author: s.branch.name } });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const width = doc.page.width - 2 * MARGIN;

  const heading = (text: string) => {
    if (doc.y > doc.page.height - 140) doc.addPage();
    doc.moveDown(0.6).font('Helvetica-Bold').fontSize(12).text(text, MARGIN).moveDown(0.3).font('Helvetica').fontSize(9);
  };
  const table = (headers: string[], rows: Cell[][], widths?: number[]) => {
    const w = widths ?? headers.map(() => width / headers.length);
    const line = (cells: Cell[], bold: boolean) => {
      if (doc.y > doc.page.height - 70) doc.addPage();
      const y = doc.y;
      doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(8.5);
      let x = MARGIN;
      let h = 0;
      cells.forEach((c, i) => {
        const cw = w[i] ?? 60;
        const text = typeof c === 'number' ? num(c) : (c ?? '-');
        doc.text(text, x + 2, y + 2, { width: cw - 4, align: i === 0 ? 'left' : 'right' });
        h = Math.max(h, doc.y - y);
        x += cw;
      });
      doc.y = y + h + 2;
      doc.moveTo(MARGIN, doc.y).lineTo(MARGIN + width, doc.y).lineWidth(0.3).strokeColor('#999999').stroke();
    };
    line(headers, true);
    for (const r of rows) line(r, false);
    doc.x = MARGIN;
    doc.moveDown(0.4);
  };

  doc.font('Helvetica-Bold').fontSize(15).text('Laporan Monitoring dan Evaluasi Semester', { align: 'left' });
  doc.font('Helvetica').fontSize(10).text(`${s.branch.name} (${s.branch.code})`);
  doc.text(`Periode: ${period.label} (${period.from} s.d. ${period.to}), zona waktu ${s.branch.timeZone}`);
  doc.text(`Dicetak: ${new Date(input.printedAt).toISOString().slice(0, 16).replace('T', ' ')} UTC. Dasar: Peraturan BPJS Ketenagakerjaan No. 3 Tahun 2018 Pasal 5-7.`);

  heading('1. Ringkasan antrean');
  table(['Ukuran', 'Nilai'], [
    ['Tiket diambil', s.issued], ['Dilayani', s.served], ['Pernah tidak hadir', s.missed], ['Kembali setelah tidak hadir', s.returned],
    ['Dialihkan layanan', s.transferred], ['Dibatalkan', s.cancelled], ['Kedaluwarsa di akhir hari', s.expired],
    ['Tunggu median (menit)', s.waitMinutes.median], ['Tunggu P90 (menit)', s.waitMinutes.p90],
    [`Lewat target ${s.targets.waitMinutes} menit`, pct(s.overTargetShare)],
    [`Fast track lewat ${s.targets.fastTrackWaitMinutes} menit`, pct(s.fastTrack.overTargetShare)],
  ], [width * 0.6, width * 0.4]);

  heading('2. Per layanan');
  table(['Layanan', 'Tiket', 'Dilayani', 'Median', 'P90', 'Lewat target'], s.byService.map((b) => [b.name, b.issued, b.served, b.waitMinutes.median, b.waitMinutes.p90, pct(b.overTargetShare)]), [width * 0.35, ...Array<number>(5).fill(width * 0.13)]);

  heading('3. Per jam pengambilan nomor');
  const chartTop = doc.y;
  const chartH = 90;
  const maxP90 = Math.max(s.targets.waitMinutes, ...s.byHour.map((h) => h.waitMinutes.p90 ?? 0));
  const barW = s.byHour.length === 0 ? 0 : Math.min(40, width / s.byHour.length - 6);
  s.byHour.forEach((h, i) => {
    const x = MARGIN + i * (barW + 6);
    const bh = ((h.waitMinutes.p90 ?? 0) / maxP90) * chartH;
    doc.rect(x, chartTop + chartH - bh, barW, bh).fill('#1f5fa8');
    doc.fillColor('#000000').fontSize(7).text(`${String(h.hour).padStart(2, '0')}`, x, chartTop + chartH + 2, { width: barW, align: 'center' });
  });
  const targetY = chartTop + chartH - (s.targets.waitMinutes / maxP90) * chartH;
  doc.moveTo(MARGIN, targetY).lineTo(MARGIN + width, targetY).dash(3, { space: 2 }).strokeColor('#b00020').stroke().undash();
  doc.fillColor('#000000').fontSize(7).text(`P90 tunggu per jam (batang), target ${s.targets.waitMinutes} menit (garis putus)`, MARGIN, chartTop + chartH + 12);
  doc.y = chartTop + chartH + 24;
  table(['Jam', 'Tiket', 'Dilayani', 'Median', 'P90', 'Lewat target'], s.byHour.map((h) => [`${String(h.hour).padStart(2, '0')}.00`, h.issued, h.served, h.waitMinutes.median, h.waitMinutes.p90, pct(h.overTargetShare)]));

  heading('4. Petugas dan loket');
  table(['Petugas', 'Dilayani', 'Layanan median', 'Layanan P90'], s.officers.map((o) => [o.name, o.served, o.serviceMinutes.median, o.serviceMinutes.p90]));
  table(['Loket', 'Dilayani', 'Median', 'Buka (jam)', 'Jeda (jam)', 'Menganggur (jam)'], s.counters.map((c) => [c.name, c.served, c.serviceMinutes.median, Math.round(c.openMinutes / 6) / 10, Math.round(c.pausedMinutes / 6) / 10, Math.round(c.idleMinutes / 6) / 10]));

  heading('5. Keadilan fast track');
  table(['Aturan panggilan', 'Kunjungan'], s.fairness.rules.map((r) => [CALL_RULE_LABEL_ID[r.rule], r.served]), [width * 0.7, width * 0.3]);
  doc.text(`Tunggu antrean biasa terlama: ${num(s.fairness.longestNormalWaitMinutes)} menit (batas ${s.fairness.guardMinutes} menit); ${num(s.fairness.normalOverGuard)} kunjungan biasa menunggu lebih dari batas.`);
  doc.moveDown(0.3);
  table(['Alasan fast track', 'Dilayani', 'Median', 'P90', 'Lewat 10 menit'], s.fairness.byReason.map((r) => [FAST_TRACK_LABEL_ID[r.reason], r.waitMinutes.n, r.waitMinutes.median, r.waitMinutes.p90, pct(r.overTargetShare)]));

  heading('6. Akurasi estimasi tunggu pada tiket');
  table(['Layanan', 'n', 'Estimasi median', 'Nyata median', 'Selisih median', 'Terlalu rendah'], [
    ...s.honesty.byService.map((h) => [s.byService.find((b) => b.serviceId === h.serviceId)?.name ?? h.serviceId, h.n, h.medianEstimateMinutes, h.medianActualMinutes, h.medianAbsErrorMinutes, pct(h.underestimatedShare)] satisfies Cell[]),
    ['Semua', s.honesty.total.n, s.honesty.total.medianEstimateMinutes, s.honesty.total.medianActualMinutes, s.honesty.total.medianAbsErrorMinutes, pct(s.honesty.total.underestimatedShare)],
  ]);

  heading('7. Pengaduan');
  doc.text(`Diterima ${num(q.complaints.received)}, selesai ${num(q.complaints.closed)}, selesai dalam 5 hari kerja ${pct(q.complaints.inTimeShare)}, lewat batas dan belum selesai ${num(q.complaints.overdue)}.`);
  doc.moveDown(0.3);
  table(['Kategori', 'Jumlah'], q.complaints.byCategory.map((k) => [k.label, k.count]), [width * 0.75, width * 0.25]);
  table(['Kanal', 'Jumlah'], q.complaints.byChannel.map((k) => [k.label, k.count]), [width * 0.75, width * 0.25]);
  table(['Status', 'Jumlah'], q.complaints.byStatus.map((k) => [k.label, k.count]), [width * 0.75, width * 0.25]);

  heading('8. Indeks Kepuasan Masyarakat (IKM)');
  doc.text(`IKM ${num(q.ikm.ikm)}, mutu ${q.ikm.grade ?? '-'}; ${q.ikm.method}.`);
  doc.moveDown(0.3);
  table(['Unsur', 'NRR', 'Dibaca bersama'], q.elements.map((e) => [`${e.element} ${e.name}`, e.nrr === null ? '-' : e.nrr.toFixed(2), e.beside ?? '']), [width * 0.4, width * 0.1, width * 0.5]);

  heading('9. FAQ di Kios-K');
  doc.text(`Jawaban dibuka ${num(q.faq.reads)} kali, ${num(q.faq.noAnswerSearches)} pencarian tanpa jawaban yang berguna, ${num(q.faq.votes)} penilaian "Apakah jawaban ini membantu?".`);
  doc.moveDown(0.3);
  table(['Paling banyak dibaca', 'Dibuka'], q.faq.mostRead.map((f) => [f.question, f.reads]), [width * 0.8, width * 0.2]);
  table(['Pencarian tanpa jawaban (angka panjang diganti #)', 'Pencarian', 'Hanya tebakan'], q.faq.noAnswer.map((f) => [f.query, f.searches, f.weak]), [width * 0.6, width * 0.2, width * 0.2]);
  table(['Jawaban ditandai tidak membantu', 'Ya', 'Tidak'], q.faq.notHelpful.map((f) => [f.question, f.yes, f.no]), [width * 0.7, width * 0.15, width * 0.15]);

  heading('10. Metode');
  for (const line of METHOD_ID) doc.text(`- ${line}`, { width });

  doc.end();
  return done;
}
