/**
 * The branch head's satisfaction index: IKM and grade for a period, n against the Krejcie-Morgan
 * sample for the visitors served, the nine elements as bars, the months as a trend, per service
 * and per counter, the method line, and CSV exports. Aggregates only: no single answer is shown.
 */
import type { IkmReport, IkmSummary } from '../../shared/contracts/survey.ts';
import { skmQuestionsId } from '../../shared/i18n/survey-id.ts';
import { SKM_ELEMENTS } from '../../shared/survey/elements.ts';
import { formatIkm, formatNrr, gradeLabel, nrrBarPercent, progressLine } from './ikm-view.ts';

export interface PeriodChoice {
  from: string;
  to: string;
}

export function PeriodPicker(props: { period: PeriodChoice; quarters: { label: string; from: string; to: string }[]; onChange: (p: PeriodChoice) => void }) {
  const current = props.quarters.find((q) => q.from === props.period.from && q.to === props.period.to);
  return (
    <form class="card ikm__period" onSubmit={(e) => e.preventDefault()} aria-label="Periode">
      <label>
        Triwulan
        <select
          data-testid="ikm-quarter"
          value={current ? `${current.from}|${current.to}` : ''}
          onChange={(e) => {
            const [from, to] = e.currentTarget.value.split('|');
            if (from && to) props.onChange({ from, to });
          }}
        >
          {!current && <option value="">Periode lain</option>}
          {props.quarters.map((q) => (
            <option key={q.from} value={`${q.from}|${q.to}`}>
              {q.label}
            </option>
          ))}
        </select>
      </label>
      <label>
        Dari
        <input type="date" data-testid="ikm-from" value={props.period.from} onChange={(e) => e.currentTarget.value && props.onChange({ ...props.period, from: e.currentTarget.value })} />
      </label>
      <label>
        Sampai
        <input type="date" data-testid="ikm-to" value={props.period.to} onChange={(e) => e.currentTarget.value && props.onChange({ ...props.period, to: e.currentTarget.value })} />
      </label>
    </form>
  );
}

function Headline(props: { report: IkmReport }) {
  const t = props.report.total;
  const progress = progressLine(t.label, t);
  return (
    <section class="card" aria-labelledby="ikm-total">
      <h2 id="ikm-total">Indeks Kepuasan Masyarakat — {t.label}</h2>
      <div class="ikm__headline">
        <p class="ikm__value" data-testid="ikm-value">
          {formatIkm(t.ikm)}
        </p>
        <p class="ikm__grade" data-testid="ikm-grade">
          {t.grade ?? '–'}
        </p>
        <p>
          Mutu pelayanan: <strong>{gradeLabel(t.grade)}</strong>
        </p>
      </div>
      <p data-testid="ikm-progress">{progress.text}</p>
      <div class="ikm__progress" role="progressbar" aria-label="Responden terkumpul" aria-valuemin={0} aria-valuemax={t.sampleNeeded} aria-valuenow={t.n}>
        <span style={{ width: `${Math.round(progress.ratio * 100)}%` }} />
      </div>
      <p class="ikm__method" data-testid="ikm-method">
        Metode: {t.method}. Sampel menurut tabel Krejcie-Morgan untuk {t.served.toLocaleString('id-ID')} pengunjung yang dilayani.
      </p>
      <p class="ikm__method">
        Penilaian cepat (wajah): {t.overall.responses.toLocaleString('id-ID')} jawaban — Tidak puas {t.overall.counts[0]}, Kurang puas {t.overall.counts[1]}, Puas {t.overall.counts[2]}, Sangat puas {t.overall.counts[3]}.
      </p>
    </section>
  );
}

function ElementBars(props: { total: IkmSummary }) {
  return (
    <section class="card" aria-labelledby="ikm-elements">
      <h2 id="ikm-elements">Nilai rata-rata (NRR) per unsur, skala 1–4</h2>
      <div class="bars" data-testid="ikm-bars">
        {SKM_ELEMENTS.map((e, i) => {
          const nrr = props.total.nrr[i] ?? null;
          return (
            <div class="bars__row" key={e}>
              <span>
                {e.toUpperCase()} {skmQuestionsId[e].name}
              </span>
              <span class="bars__track" aria-hidden="true">
                <span class="bars__fill" style={{ display: 'block', width: `${nrrBarPercent(nrr)}%` }} />
              </span>
              <span class="bars__value">{formatNrr(nrr)}</span>
            </div>
          );
        })}
      </div>
      <p class="ikm__method">Responden per unsur: {props.total.answered.join(', ')} (unsur yang dilewati tidak dihitung).</p>
    </section>
  );
}

function Trend(props: { months: IkmReport['byMonth'] }) {
  return (
    <section class="card" aria-labelledby="ikm-trend">
      <h2 id="ikm-trend">Tren per bulan</h2>
      <div class="trend" data-testid="ikm-trend">
        {props.months.map((m) => (
          <div class="trend__month" key={m.month}>
            <span>{formatIkm(m.ikm)}</span>
            <span class="trend__bar" style={{ height: `${m.ikm === null ? 2 : Math.max(2, ((m.ikm - 25) / 75) * 160)}px` }} aria-hidden="true" />
            <span>{m.label}</span>
            <span class="muted">
              n={m.n}, N={m.served}
            </span>
          </div>
        ))}
      </div>
    </section>
  );
}

function GroupTable(props: { title: string; testId: string; rows: (IkmSummary & { id: string; name: string })[] }) {
  return (
    <section class="card" aria-label={props.title}>
      <h2>{props.title}</h2>
      <table class="ikm-table" data-testid={props.testId}>
        <thead>
          <tr>
            <th scope="col">Nama</th>
            <th scope="col" class="num">
              IKM
            </th>
            <th scope="col">Mutu</th>
            <th scope="col" class="num">
              n
            </th>
            <th scope="col" class="num">
              N dilayani
            </th>
            <th scope="col" class="num">
              Sampel perlu
            </th>
          </tr>
        </thead>
        <tbody>
          {props.rows.map((r) => (
            <tr key={r.id}>
              <td>{r.name}</td>
              <td class="num">{formatIkm(r.ikm)}</td>
              <td>{r.grade ? `${r.grade} (${gradeLabel(r.grade)})` : '–'}</td>
              <td class="num">{r.n}</td>
              <td class="num">{r.served}</td>
              <td class="num">{r.sampleNeeded}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

export function IkmReportView(props: { report: IkmReport; onExport: (kind: 'responses' | 'summary') => void }) {
  return (
    <>
      <Headline report={props.report} />
      <ElementBars total={props.report.total} />
      <Trend months={props.report.byMonth} />
      <GroupTable title="Per layanan" testId="ikm-by-service" rows={props.report.byService} />
      <GroupTable title="Per loket" testId="ikm-by-counter" rows={props.report.byCounter} />
      <section class="card row" aria-label="Unduh">
        <button type="button" class="btn" data-testid="export-summary" onClick={() => props.onExport('summary')}>
          Unduh ringkasan (CSV)
        </button>
        <button type="button" class="btn" data-testid="export-responses" onClick={() => props.onExport('responses')}>
          Unduh data per responden tanpa data pribadi (CSV)
        </button>
      </section>
    </>
  );
}
