/**
 * The head-office page: which branches are behind and what is missing ("Cabang X: 2 hari belum
 * lengkap, seq 81.200-81.233 belum diterima"), each branch's sync health, national and regional
 * waits against the 30-minute target, complaints by category with handling within 5 working days,
 * and IKM per branch. Figures come from GET /api/hq/overview (computed there with shared/ code).
 */
import type { HqOverviewDto } from '../../shared/contracts/hq-server.ts';
import { rangeLabel } from '../../shared/hq/seq-ranges.ts';
import { bytes, configLabel, contact, minutes, percent, skew } from './hq-view.ts';

export function HqOverview(props: { data: HqOverviewDto; nowMs: number }) {
  const { data, nowMs } = props;
  const behind = data.branches.filter((b) => b.completenessText !== null);
  return (
    <>
      <section class="card" aria-labelledby="hq-completeness">
        <h2 id="hq-completeness">Kelengkapan data cabang</h2>
        {behind.length === 0 ? (
          <p class="ok" data-testid="hq-all-complete">Semua {data.branches.length} cabang lengkap sampai kiriman terakhir.</p>
        ) : (
          <ul class="alerts" data-testid="hq-alerts">
            {behind.map((b) => (
              <li key={b.status.code}>
                {b.completenessText}
                {b.status.redeliveries.filter((r) => r.doneAt === null).map((r) => <> · diminta kirim ulang seq {rangeLabel({ from: r.next, to: r.to })}</>)}
                {b.status.redeliveries.flatMap((r) => r.missing).slice(0, 3).map((m) => <> · <span class="bad">seq {rangeLabel(m)} tidak lagi disimpan cabang</span></>)}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section class="card" aria-labelledby="hq-waits">
        <h2 id="hq-waits">Waktu tunggu nasional terhadap target {data.targetMinutes} menit ({data.from} s.d. {data.to})</h2>
        <div class="summary" data-testid="hq-national">
          <div>Dilayani<strong>{data.national.served.toLocaleString('id-ID')}</strong></div>
          <div>Median<strong>{minutes(data.national.medianMinutes)}</strong></div>
          <div>Persentil 90<strong>{minutes(data.national.p90Minutes)}</strong></div>
          <div>Dalam target<strong>{percent(data.national.withinTargetPercent)}</strong></div>
        </div>
        <table>
          <caption class="sr-only">Waktu tunggu per wilayah</caption>
          <thead>
            <tr><th scope="col">Wilayah</th><th scope="col" class="num">Dilayani</th><th scope="col" class="num">Median</th><th scope="col" class="num">Persentil 90</th><th scope="col" class="num">Dalam target</th></tr>
          </thead>
          <tbody>
            {data.regions.map((r) => (
              <tr key={r.region}><td>{r.region}</td><td class="num">{r.served}</td><td class="num">{minutes(r.medianMinutes)}</td><td class="num">{minutes(r.p90Minutes)}</td><td class="num">{percent(r.withinTargetPercent)}</td></tr>
            ))}
          </tbody>
        </table>
      </section>

      <section class="card" aria-labelledby="hq-branches">
        <h2 id="hq-branches">Cabang: kesehatan sinkronisasi, waktu tunggu, IKM</h2>
        <p data-testid="hq-config-latest">{data.configVersion === null ? 'Belum ada bundel konfigurasi yang diterbitkan.' : `Bundel konfigurasi terbit terbaru: versi ${data.configVersion}.`}</p>
        <table data-testid="hq-branch-table">
          <thead>
            <tr>
              <th scope="col">Cabang</th><th scope="col">Kontak terakhir</th><th scope="col" class="num">Seq tersimpan</th><th scope="col">Belum diterima</th>
              <th scope="col" class="num">Hari belum lengkap</th><th scope="col">Selisih jam</th><th scope="col">Disk cabang</th><th scope="col">Konfigurasi</th>
              <th scope="col" class="num">Median tunggu</th><th scope="col" class="num">Dalam target</th><th scope="col" class="num">IKM</th><th scope="col" class="num">Pengaduan</th>
            </tr>
          </thead>
          <tbody>
            {data.branches.map((b) => (
              <tr key={b.status.code} class={b.completenessText ? 'behind' : ''} data-testid={`hq-branch-${b.status.code}`}>
                <td>{b.status.name}<br /><small>{b.status.code} · {b.status.region ?? 'tanpa wilayah'}</small></td>
                <td>{contact(b.status.lastContactAt, nowMs)}</td>
                <td class="num">{b.status.storedSeq.toLocaleString('id-ID')} / {b.status.reportedSeq.toLocaleString('id-ID')}</td>
                <td>{b.status.gaps.length === 0 ? <span class="ok">lengkap</span> : <span class="bad">{b.status.gaps.slice(0, 3).map(rangeLabel).join(', ')}</span>}</td>
                <td class="num">{b.incompleteDays.length === 0 ? '0' : <span class="bad" title={b.incompleteDays.join(', ')}>{b.incompleteDays.length}</span>}</td>
                <td>{skew(b.status.clockSkewMs)}</td>
                <td>{bytes(b.status.diskFreeBytes)}</td>
                <td data-testid={`hq-config-${b.status.code}`}>{(() => {
                  const l = configLabel(b.status.config, data.configVersion);
                  return <span class={l.tone === 'plain' ? undefined : l.tone} title={l.title}>{l.text}</span>;
                })()}</td>
                <td class="num">{minutes(b.waits.medianMinutes)}</td>
                <td class="num">{percent(b.waits.withinTargetPercent)}</td>
                <td class="num">{b.ikm === null ? '–' : b.ikm.toLocaleString('id-ID', { minimumFractionDigits: 2 })}<br /><small>{b.surveys} survei</small></td>
                <td class="num">{b.complaints}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section class="card" aria-labelledby="hq-complaints">
        <h2 id="hq-complaints">Pengaduan per kategori (penyelesaian dalam 5 hari kerja)</h2>
        {data.complaints.byCategory.length === 0 ? (
          <p>Belum ada pengaduan pada periode ini.</p>
        ) : (
          <table data-testid="hq-complaint-table">
            <thead>
              <tr><th scope="col">Kategori</th><th scope="col" class="num">Diterima</th><th scope="col" class="num">Selesai</th><th scope="col" class="num">Selesai ≤ 5 hari kerja</th></tr>
            </thead>
            <tbody>
              {data.complaints.byCategory.map((c) => (
                <tr key={c.category}><td>{c.category}</td><td class="num">{c.received}</td><td class="num">{c.resolved}</td><td class="num">{c.resolvedWithin5WorkingDays}</td></tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}
