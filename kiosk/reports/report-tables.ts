/**
 * The reports page's tables, built from the two answers (summary, quality): the same rows feed the
 * HTML table under each chart and its CSV export, so what is downloaded is what is shown.
 */
import type { ReportQuality, ReportSummary } from '../../shared/contracts/reports.ts';
import { CALL_RULE_LABEL_ID, FAST_TRACK_LABEL_ID, WEEKDAY_ID } from '../../shared/i18n/report-id.ts';
import { csvLine } from '../../shared/survey/csv.ts';

export type Cell = string | number | null;

export interface Table {
  id: string;
  caption: string;
  headers: string[];
  rows: Cell[][];
}

export const percent = (share: number | null): string => (share === null ? '–' : `${(share * 100).toLocaleString('id-ID', { maximumFractionDigits: 1 })}%`);
export const hours = (minutes: number): number => Math.round(minutes / 6) / 10;
const hh = (h: number) => `${String(h).padStart(2, '0')}.00`;

export function waitingTables(s: ReportSummary): Table[] {
  return [
    {
      id: 'ringkasan',
      caption: 'Ringkasan kunjungan',
      headers: ['Ukuran', 'Nilai'],
      rows: [
        ['Tiket diambil', s.issued], ['Dilayani', s.served], ['Pernah tidak hadir', s.missed], ['Kembali setelah tidak hadir', s.returned],
        ['Dialihkan ke layanan lain', s.transferred], ['Dibatalkan', s.cancelled], ['Kedaluwarsa di akhir hari', s.expired],
        ['Tunggu median (menit)', s.waitMinutes.median], ['Tunggu P90 (menit)', s.waitMinutes.p90], ['Tunggu terlama (menit)', s.waitMinutes.max],
        [`Lewat target ${s.targets.waitMinutes} menit`, percent(s.overTargetShare)],
        [`Fast track: tunggu median (menit)`, s.fastTrack.waitMinutes.median],
        [`Fast track lewat ${s.targets.fastTrackWaitMinutes} menit`, percent(s.fastTrack.overTargetShare)],
      ],
    },
    {
      id: 'per-layanan',
      caption: 'Tunggu per layanan',
      headers: ['Layanan', 'Tiket', 'Dilayani', 'Tidak hadir', 'Median (menit)', 'P90 (menit)', 'Lewat target'],
      rows: s.byService.map((b) => [b.name, b.issued, b.served, b.missed, b.waitMinutes.median, b.waitMinutes.p90, percent(b.overTargetShare)]),
    },
    {
      id: 'per-jam',
      caption: 'Tunggu per jam pengambilan nomor',
      headers: ['Jam', 'Tiket', 'Dilayani', 'Median (menit)', 'P90 (menit)', 'Lewat target'],
      rows: s.byHour.map((h) => [hh(h.hour), h.issued, h.served, h.waitMinutes.median, h.waitMinutes.p90, percent(h.overTargetShare)]),
    },
    {
      id: 'hari-jam',
      caption: 'Kunjungan per hari dan jam',
      headers: ['Hari', 'Jam', 'Tiket', 'Tunggu median (menit)'],
      rows: s.heatmap.map((c) => [WEEKDAY_ID[c.weekday] ?? String(c.weekday), hh(c.hour), c.issued, c.medianWaitMinutes]),
    },
  ];
}

export function officerTables(s: ReportSummary): Table[] {
  return [
    {
      id: 'petugas',
      caption: 'Petugas: kunjungan selesai dan waktu layanan',
      headers: ['Petugas', 'Dilayani', 'Layanan median (menit)', 'Layanan P90 (menit)'],
      rows: s.officers.map((o) => [o.name, o.served, o.serviceMinutes.median, o.serviceMinutes.p90]),
    },
    {
      id: 'loket',
      caption: 'Loket: buka, jeda dan menganggur',
      headers: ['Loket', 'Dilayani', 'Layanan median (menit)', 'Buka (jam)', 'Jeda (jam)', 'Menganggur (jam)', 'Jeda per alasan'],
      rows: s.counters.map((c) => [c.name, c.served, c.serviceMinutes.median, hours(c.openMinutes), hours(c.pausedMinutes), hours(c.idleMinutes), c.pausedByReason.map((p) => `${p.reason} ${hours(p.minutes)} j`).join('; ')]),
    },
  ];
}

export function fairnessTables(s: ReportSummary): Table[] {
  const f = s.fairness;
  return [
    {
      id: 'aturan-panggilan',
      caption: 'Aturan panggilan yang membawa kunjungan ke loket',
      headers: ['Aturan', 'Kunjungan dilayani'],
      rows: f.rules.map((r) => [CALL_RULE_LABEL_ID[r.rule], r.served]),
    },
    {
      id: 'batas-tunggu',
      caption: `Antrean biasa terhadap batas ${f.guardMinutes} menit`,
      headers: ['Ukuran', 'Nilai'],
      rows: [['Tunggu biasa median (menit)', f.normal.median], ['Tunggu biasa P90 (menit)', f.normal.p90], ['Tunggu biasa terlama (menit)', f.longestNormalWaitMinutes], [`Menunggu lebih dari ${f.guardMinutes} menit`, f.normalOverGuard]],
    },
    {
      id: 'fast-track-alasan',
      caption: 'Tunggu fast track per alasan',
      headers: ['Alasan', 'Dilayani', 'Median (menit)', 'P90 (menit)', `Lewat ${s.targets.fastTrackWaitMinutes} menit`],
      rows: f.byReason.map((r) => [FAST_TRACK_LABEL_ID[r.reason], r.waitMinutes.n, r.waitMinutes.median, r.waitMinutes.p90, percent(r.overTargetShare)]),
    },
  ];
}

export function honestyTables(s: ReportSummary): Table[] {
  const name = new Map(s.byService.map((b) => [b.serviceId, b.name]));
  const headers = ['n', 'Estimasi median (menit)', 'Nyata median (menit)', 'Selisih median (menit)', 'Menunggu >10 menit di atas estimasi'];
  return [
    {
      id: 'estimasi-layanan',
      caption: 'Estimasi pada tiket dibanding tunggu nyata, per layanan',
      headers: ['Layanan', ...headers],
      rows: [
        ...s.honesty.byService.map((h) => [name.get(h.serviceId) ?? h.serviceId, h.n, h.medianEstimateMinutes, h.medianActualMinutes, h.medianAbsErrorMinutes, percent(h.underestimatedShare)]),
        ['Semua', s.honesty.total.n, s.honesty.total.medianEstimateMinutes, s.honesty.total.medianActualMinutes, s.honesty.total.medianAbsErrorMinutes, percent(s.honesty.total.underestimatedShare)],
      ],
    },
    {
      id: 'estimasi-jam',
      caption: 'Estimasi dibanding tunggu nyata, per jam',
      headers: ['Jam', ...headers],
      rows: s.honesty.byHour.map((h) => [hh(h.hour), h.n, h.medianEstimateMinutes, h.medianActualMinutes, h.medianAbsErrorMinutes, percent(h.underestimatedShare)]),
    },
  ];
}

export function qualityTables(q: ReportQuality): Table[] {
  const c = q.complaints;
  return [
    {
      id: 'pengaduan',
      caption: 'Pengaduan: penanganan dalam 5 hari kerja',
      headers: ['Ukuran', 'Nilai'],
      rows: [['Diterima', c.received], ['Selesai', c.closed], ['Selesai dalam 5 hari kerja', c.closedInTime], ['Porsi tepat waktu', percent(c.inTimeShare)], ['Lewat batas, belum selesai', c.overdue]],
    },
    { id: 'pengaduan-kategori', caption: 'Pengaduan per kategori', headers: ['Kategori', 'Jumlah'], rows: c.byCategory.map((k) => [k.label, k.count]) },
    { id: 'pengaduan-kanal', caption: 'Pengaduan per kanal', headers: ['Kanal', 'Jumlah'], rows: c.byChannel.map((k) => [k.label, k.count]) },
    { id: 'pengaduan-status', caption: 'Pengaduan per status', headers: ['Status', 'Jumlah'], rows: c.byStatus.map((k) => [k.label, k.count]) },
    {
      id: 'ikm-unsur',
      caption: `IKM ${q.ikm.ikm ?? '–'} (mutu ${q.ikm.grade ?? '–'}): sembilan unsur`,
      headers: ['Unsur', 'Nama', 'NRR (1-4)', 'Dibaca bersama'],
      rows: q.elements.map((e) => [e.element, e.name, e.nrr === null ? null : Math.round(e.nrr * 100) / 100, e.beside ?? '']),
    },
    { id: 'faq-terbanyak', caption: 'FAQ yang paling banyak dinilai', headers: ['Pertanyaan', 'Membantu', 'Tidak membantu'], rows: q.faq.mostAnswered.map((f) => [f.question, f.yes, f.no]) },
    { id: 'faq-tidak-membantu', caption: 'Jawaban FAQ yang ditandai tidak membantu', headers: ['Pertanyaan', 'Membantu', 'Tidak membantu'], rows: q.faq.notHelpful.map((f) => [f.question, f.yes, f.no]) },
    { id: 'faq-dibaca', caption: 'FAQ yang paling banyak dibaca', headers: ['Pertanyaan', 'Dibuka'], rows: q.faq.mostRead.map((f) => [f.question, f.reads]) },
    {
      id: 'faq-tanpa-jawaban',
      caption: 'Pencarian tanpa jawaban yang berguna (kata-kata yang diketik, angka panjang diganti #)',
      headers: ['Kata pencarian', 'Pencarian', 'Hanya tebakan', 'Tidak ada hasil'],
      rows: q.faq.noAnswer.map((f) => [f.query, f.searches, f.weak, f.searches - f.weak]),
    },
  ];
}

/** The table as CSV (UTF-8, comma, quoted where needed), one header line. */
export function tableCsv(t: Table): string {
  return [csvLine(t.headers), ...t.rows.map((r) => csvLine(r))].join('\r\n') + '\r\n';
}
