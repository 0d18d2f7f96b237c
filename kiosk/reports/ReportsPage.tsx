/**
 * The report's sections: each a chart where people would rather look than read, and the table of
 * numbers behind it with its CSV export. The same markup is the printout (reports.css @media print).
 */
import type { ComponentChildren } from 'preact';
import type { ReportQuality, ReportSummary } from '../../shared/contracts/reports.ts';
import { FAST_TRACK_LABEL_ID, METHOD_ID } from '../../shared/i18n/report-id.ts';
import { BarChart, Heatmap, HorizontalBars } from './charts.tsx';
import { fairnessTables, honestyTables, hours, officerTables, percent, qualityTables, tableCsv, waitingTables, type Table } from './report-tables.ts';

function download(t: Table, period: string): void {
  const blob = new Blob([`\uFEFF${tableCsv(t)}`], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = `laporan-${t.id}-${period}.csv`;
  document.body.append(a);
  a.click();
  a.remove();
  URL.revokeObjectURL(url);
}

export function TableView(props: { table: Table; period: string }) {
  const t = props.table;
  return (
    <div class="report-table" data-testid={`table-${t.id}`}>
      <div class="report-table__head">
        <h3 id={`cap-${t.id}`}>{t.caption}</h3>
        <button type="button" class="btn btn--small no-print" data-testid={`csv-${t.id}`} onClick={() => download(t, props.period)} aria-label={`Unduh CSV: ${t.caption}`}>
          CSV
        </button>
      </div>
      <div class="report-table__scroll" tabIndex={0} role="region" aria-labelledby={`cap-${t.id}`}>
        <table>
          <thead>
            <tr>
              {t.headers.map((h) => (
                <th key={h} scope="col">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {t.rows.length === 0 ? (
              <tr>
                <td colSpan={t.headers.length} class="muted">
                  Belum ada data pada periode ini.
                </td>
              </tr>
            ) : (
              t.rows.map((r, i) => (
                <tr key={i}>
                  {r.map((c, k) => (k === 0 ? <th key={k} scope="row">{c ?? '–'}</th> : <td key={k} class={typeof c === 'string' && !/^[\d.,%–-]+$/.test(c) ? 'text' : undefined}>{c === null ? '–' : typeof c === 'number' ? c.toLocaleString('id-ID') : c}</td>))}
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>
    </div>
  );
}

function Section(props: { id: string; title: string; children: ComponentChildren }) {
  return (
    <section class="card report-section" aria-labelledby={props.id}>
      <h2 id={props.id}>{props.title}</h2>
      {props.children}
    </section>
  );
}

function Kpi(props: { label: string; value: string; testId: string; warn?: boolean }) {
  return (
    <div class={`kpi${props.warn ? ' kpi--warn' : ''}`}>
      <span class="kpi__label">{props.label}</span>
      <strong class="kpi__value" data-testid={props.testId}>
        {props.value}
      </strong>
    </div>
  );
}

const num = (v: number | null) => (v === null ? '–' : v.toLocaleString('id-ID'));

export function ReportView(props: { summary: ReportSummary; quality: ReportQuality | null; semester: boolean }) {
  const s = props.summary;
  const q = props.quality;
  const period = `${s.from}_${s.to}`;
  const [summaryT, serviceT, hourT, heatT] = waitingTables(s);
  const hourLabels = s.byHour.map((h) => String(h.hour).padStart(2, '0'));
  return (
    <div class="report">
      <header class="report__title">
        <h1>{props.semester ? 'Laporan Monitoring dan Evaluasi Semester' : 'Laporan Pelayanan Kantor Cabang'}</h1>
        <p>
          {s.branch.name} ({s.branch.code}) · Periode <strong data-testid="report-period">{s.label}</strong> ({s.from} s.d. {s.to}) · {s.branch.timeZone}
        </p>
      </header>

      <Section id="sec-tunggu" title="1. Waktu tunggu terhadap target 30 menit">
        <div class="kpis">
          <Kpi label="Tiket diambil" value={num(s.issued)} testId="kpi-issued" />
          <Kpi label="Dilayani" value={num(s.served)} testId="kpi-served" />
          <Kpi label="Tunggu median" value={`${num(s.waitMinutes.median)} mnt`} testId="kpi-median" />
          <Kpi label="Tunggu P90" value={`${num(s.waitMinutes.p90)} mnt`} testId="kpi-p90" warn={(s.waitMinutes.p90 ?? 0) > s.targets.waitMinutes} />
          <Kpi label={`Lewat ${s.targets.waitMinutes} menit`} value={percent(s.overTargetShare)} testId="kpi-over" warn={(s.overTargetShare ?? 0) > 0.1} />
          <Kpi label={`Fast track lewat ${s.targets.fastTrackWaitMinutes} mnt`} value={percent(s.fastTrack.overTargetShare)} testId="kpi-fast-over" />
        </div>
        {summaryT && <TableView table={summaryT} period={period} />}
        <BarChart
          id="chart-jam"
          title="Tunggu median dan P90 per jam pengambilan nomor"
          labels={hourLabels}
          series={[
            { name: 'Median', values: s.byHour.map((h) => h.waitMinutes.median), className: 'chart__bar chart__bar--light' },
            { name: 'P90', values: s.byHour.map((h) => h.waitMinutes.p90), className: 'chart__bar' },
          ]}
          unit="menit"
          target={{ value: s.targets.waitMinutes, label: `target ${s.targets.waitMinutes} menit` }}
        />
        {hourT && <TableView table={hourT} period={period} />}
        <BarChart
          id="chart-layanan"
          title="Tunggu P90 per layanan"
          labels={s.byService.map((b) => b.name.replace(/^Klaim /, ''))}
          series={[
            { name: 'Median', values: s.byService.map((b) => b.waitMinutes.median), className: 'chart__bar chart__bar--light' },
            { name: 'P90', values: s.byService.map((b) => b.waitMinutes.p90), className: 'chart__bar' },
          ]}
          unit="menit"
          target={{ value: s.targets.waitMinutes, label: 'target' }}
        />
        {serviceT && <TableView table={serviceT} period={period} />}
        <Heatmap id="chart-heat" title="Kunjungan per hari dan jam" cells={s.heatmap} />
        {heatT && <TableView table={heatT} period={period} />}
      </Section>

      <Section id="sec-petugas" title="2. Petugas dan loket">
        <BarChart
          id="chart-loket"
          title="Waktu buka, jeda dan menganggur per loket"
          labels={s.counters.map((c) => c.name.replace('Loket ', ''))}
          series={[
            { name: 'Melayani', values: s.counters.map((c) => hours(Math.max(0, c.openMinutes - c.idleMinutes))), className: 'chart__bar' },
            { name: 'Menganggur', values: s.counters.map((c) => hours(c.idleMinutes)), className: 'chart__bar chart__bar--light' },
            { name: 'Jeda', values: s.counters.map((c) => hours(c.pausedMinutes)), className: 'chart__bar chart__bar--accent' },
          ]}
          unit="jam"
        />
        {officerTables(s).map((t) => (
          <TableView key={t.id} table={t} period={period} />
        ))}
      </Section>

      <Section id="sec-fast" title="3. Keadilan fast track">
        <p>
          Antrean biasa terlama menunggu <strong data-testid="longest-normal">{num(s.fairness.longestNormalWaitMinutes)} menit</strong> (batas {s.fairness.guardMinutes} menit); {num(s.fairness.normalOverGuard)} kunjungan biasa menunggu lebih dari batas itu.
        </p>
        <BarChart
          id="chart-fast"
          title="Tunggu fast track per alasan"
          labels={s.fairness.byReason.map((r) => FAST_TRACK_LABEL_ID[r.reason])}
          series={[
            { name: 'Median', values: s.fairness.byReason.map((r) => r.waitMinutes.median), className: 'chart__bar chart__bar--light' },
            { name: 'P90', values: s.fairness.byReason.map((r) => r.waitMinutes.p90), className: 'chart__bar chart__bar--fast' },
          ]}
          unit="menit"
          target={{ value: s.targets.fastTrackWaitMinutes, label: `target ${s.targets.fastTrackWaitMinutes} menit` }}
        />
        {fairnessTables(s).map((t) => (
          <TableView key={t.id} table={t} period={period} />
        ))}
      </Section>

      <Section id="sec-estimasi" title="4. Kejujuran estimasi tunggu pada tiket">
        <BarChart
          id="chart-estimasi"
          title="Estimasi median dan tunggu nyata median per jam"
          labels={s.honesty.byHour.map((h) => String(h.hour).padStart(2, '0'))}
          series={[
            { name: 'Estimasi pada tiket', values: s.honesty.byHour.map((h) => h.medianEstimateMinutes), className: 'chart__bar chart__bar--light' },
            { name: 'Tunggu nyata', values: s.honesty.byHour.map((h) => h.medianActualMinutes), className: 'chart__bar' },
          ]}
          unit="menit"
        />
        {honestyTables(s).map((t) => (
          <TableView key={t.id} table={t} period={period} />
        ))}
      </Section>

      {q ? <QualitySections q={q} period={period} /> : <p role="status">Memuat pengaduan, IKM dan FAQ…</p>}

      <Section id="sec-metode" title="Metode">
        <ul class="method">
          {METHOD_ID.map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
      </Section>
    </div>
  );
}

function QualitySections(props: { q: ReportQuality; period: string }) {
  const [complaintT, categoryT, channelT, statusT, elementsT, faqTopT, faqBadT, faqReadT, faqNoAnswerT] = qualityTables(props.q);
  const q = props.q;
  return (
    <>
      <Section id="sec-pengaduan" title="5. Pengaduan (Peraturan BPJS TK 3/2018)">
        <div class="kpis">
          <Kpi label="Diterima" value={num(q.complaints.received)} testId="kpi-complaints" />
          <Kpi label="Selesai ≤ 5 hari kerja" value={percent(q.complaints.inTimeShare)} testId="kpi-complaints-in-time" />
          <Kpi label="Lewat batas" value={num(q.complaints.overdue)} testId="kpi-complaints-overdue" warn={q.complaints.overdue > 0} />
        </div>
        {complaintT && <TableView table={complaintT} period={props.period} />}
        <HorizontalBars id="chart-kategori" title="Pengaduan per kategori" rows={q.complaints.byCategory.map((k) => ({ label: k.label, value: k.count }))} unit="pengaduan" />
        {categoryT && <TableView table={categoryT} period={props.period} />}
        {channelT && <TableView table={channelT} period={props.period} />}
        {statusT && <TableView table={statusT} period={props.period} />}
      </Section>
      <Section id="sec-ikm" title="6. Indeks Kepuasan Masyarakat">
        <div class="kpis">
          <Kpi label="IKM" value={num(q.ikm.ikm)} testId="kpi-ikm" />
          <Kpi label="Mutu" value={q.ikm.grade ?? '–'} testId="kpi-grade" />
          <Kpi label="Responden" value={`${num(q.ikm.n)} / ${num(q.ikm.sampleNeeded)}`} testId="kpi-respondents" />
        </div>
        <p class="muted">{q.ikm.method}</p>
        <HorizontalBars id="chart-unsur" title="NRR sembilan unsur (skala 1-4)" rows={q.elements.map((e) => ({ label: `${e.element} ${e.name}`, value: e.nrr === null ? 0 : Math.round(e.nrr * 100) / 100 }))} unit="NRR" />
        {elementsT && <TableView table={elementsT} period={props.period} />}
      </Section>
      <Section id="sec-faq" title="7. FAQ di Kios-K">
        <div class="kpis">
          <Kpi label="Jawaban dibuka" value={num(q.faq.reads)} testId="kpi-faq-reads" />
          <Kpi label="Pencarian tanpa jawaban" value={num(q.faq.noAnswerSearches)} testId="kpi-faq-no-answer" warn={q.faq.noAnswerSearches > 0} />
          <Kpi label="Penilaian" value={num(q.faq.votes)} testId="kpi-faq-votes" />
        </div>
        <p class="muted">
          Dicatat oleh kios: setiap jawaban yang dibuka (sekali per pengunjung), pencarian yang ditinggalkan tanpa membuka jawaban ketika Kios-K tidak menemukan jawaban yang cocok (hanya kata-katanya, angka panjang seperti NIK atau nomor HP diganti #), dan penilaian "Apakah jawaban ini membantu?".
        </p>
        <HorizontalBars id="chart-faq-dibaca" title="FAQ yang paling banyak dibaca" rows={q.faq.mostRead.map((f) => ({ label: f.question, value: f.reads }))} unit="kali dibuka" />
        {faqReadT && <TableView table={faqReadT} period={props.period} />}
        {faqNoAnswerT && <TableView table={faqNoAnswerT} period={props.period} />}
        {faqBadT && <TableView table={faqBadT} period={props.period} />}
        {faqTopT && <TableView table={faqTopT} period={props.period} />}
      </Section>
    </>
  );
}
