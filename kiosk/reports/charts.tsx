/**
 * Plain SVG charts (README "Branch reports": why no chart library). Each chart is an image with a
 * title and a description for screen readers; the table under it holds the exact numbers. Colours
 * come in pairs that differ in lightness too, so they survive a black-and-white printout.
 */
import { WEEKDAY_ID } from '../../shared/i18n/report-id.ts';

export interface Series {
  name: string;
  values: readonly (number | null)[];
  className: string;
}

const W = 640;
const H = 220;
const PAD = { left: 44, right: 12, top: 12, bottom: 34 };

/** A label cut to what fits its group at the axis font (about 7 units a character); the table has it whole. */
function fit(label: string, width: number): string {
  const max = Math.max(3, Math.floor(width / 7));
  return label.length > max ? `${label.slice(0, max - 1)}…` : label;
}

function niceMax(v: number): number {
  if (v <= 0) return 1;
  const p = 10 ** Math.floor(Math.log10(v));
  return ([1, 2, 2.5, 5, 10].find((m) => m * p >= v) ?? 10) * p;
}

export function BarChart(props: { id: string; title: string; labels: readonly string[]; series: readonly Series[]; unit: string; target?: { value: number; label: string } }) {
  const all = props.series.flatMap((s) => s.values.map((v) => v ?? 0));
  const max = niceMax(Math.max(props.target?.value ?? 0, ...all));
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const group = plotW / Math.max(1, props.labels.length);
  const bar = Math.max(2, (group * 0.8) / Math.max(1, props.series.length));
  const y = (v: number) => PAD.top + plotH - (v / max) * plotH;
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((f) => f * max);
  return (
    <figure class="chart">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={`${props.id}-t ${props.id}-d`}>
        <title id={`${props.id}-t`}>{props.title}</title>
        <desc id={`${props.id}-d`}>{`${props.series.map((s) => s.name).join(', ')} per ${props.labels.length} kelompok, dalam ${props.unit}; angka lengkap pada tabel di bawahnya.`}</desc>
        {ticks.map((t) => (
          <g key={t}>
            <line class="chart__grid" x1={PAD.left} x2={W - PAD.right} y1={y(t)} y2={y(t)} />
            <text class="chart__axis" x={PAD.left - 6} y={y(t) + 4} text-anchor="end">
              {Math.round(t * 10) / 10}
            </text>
          </g>
        ))}
        {props.labels.map((label, i) => (
          <g key={label}>
            {props.series.map((s, k) => {
              const v = s.values[i] ?? 0;
              return <rect key={s.name} class={s.className} x={PAD.left + i * group + group * 0.1 + k * bar} y={y(v)} width={bar - 1} height={Math.max(0, PAD.top + plotH - y(v))} />;
            })}
            <text class="chart__axis" x={PAD.left + i * group + group / 2} y={H - PAD.bottom + 16} text-anchor="middle">
              {fit(label, group)}
            </text>
          </g>
        ))}
        {props.target && (
          <g>
            <line class="chart__target" x1={PAD.left} x2={W - PAD.right} y1={y(props.target.value)} y2={y(props.target.value)} />
            <text class="chart__target-label" x={W - PAD.right} y={y(props.target.value) - 4} text-anchor="end">
              {props.target.label}
            </text>
          </g>
        )}
      </svg>
      <figcaption class="chart__legend">
        {props.series.map((s) => (
          <span key={s.name}>
            <svg width="14" height="14" aria-hidden="true">
              <rect class={s.className} width="14" height="14" />
            </svg>{' '}
            {s.name}
          </span>
        ))}
        <span class="muted">({props.unit})</span>
      </figcaption>
    </figure>
  );
}

export function HorizontalBars(props: { id: string; title: string; rows: readonly { label: string; value: number }[]; unit: string }) {
  const max = niceMax(Math.max(0, ...props.rows.map((r) => r.value)));
  const rowH = 26;
  const labelW = 260;
  const h = Math.max(rowH, props.rows.length * rowH) + 8;
  return (
    <figure class="chart">
      <svg viewBox={`0 0 ${W} ${h}`} role="img" aria-labelledby={`${props.id}-t ${props.id}-d`}>
        <title id={`${props.id}-t`}>{props.title}</title>
        <desc id={`${props.id}-d`}>{`${props.rows.length} baris dalam ${props.unit}; angka lengkap pada tabel di bawahnya.`}</desc>
        {props.rows.map((r, i) => (
          <g key={r.label}>
            <text class="chart__axis" x={labelW - 8} y={i * rowH + 18} text-anchor="end">
              {r.label.length > 32 ? `${r.label.slice(0, 31)}…` : r.label}
            </text>
            <rect class="chart__bar" x={labelW} y={i * rowH + 5} width={((W - labelW - 60) * r.value) / max} height={rowH - 10} />
            <text class="chart__axis" x={labelW + ((W - labelW - 60) * r.value) / max + 6} y={i * rowH + 18}>
              {r.value.toLocaleString('id-ID')}
            </text>
          </g>
        ))}
      </svg>
    </figure>
  );
}

/** Weekday x hour: visits per cell, darker = more; the number is written in each cell. */
export function Heatmap(props: { id: string; title: string; cells: readonly { weekday: number; hour: number; issued: number }[] }) {
  const hours = [...new Set(props.cells.map((c) => c.hour))].sort((a, b) => a - b);
  const days = [1, 2, 3, 4, 5, ...new Set(props.cells.map((c) => c.weekday).filter((d) => d === 0 || d === 6))];
  const max = Math.max(1, ...props.cells.map((c) => c.issued));
  const cellW = Math.min(64, (W - 80) / Math.max(1, hours.length));
  const cellH = 30;
  const at = new Map(props.cells.map((c) => [c.weekday * 100 + c.hour, c.issued]));
  return (
    <figure class="chart">
      <svg viewBox={`0 0 ${W} ${days.length * cellH + 30}`} role="img" aria-labelledby={`${props.id}-t ${props.id}-d`}>
        <title id={`${props.id}-t`}>{props.title}</title>
        <desc id={`${props.id}-d`}>Jumlah tiket per hari kerja dan jam; makin gelap makin ramai. Angka lengkap pada tabel di bawahnya.</desc>
        {days.map((d, r) => (
          <g key={d}>
            <text class="chart__axis" x={72} y={r * cellH + 20} text-anchor="end">
              {WEEKDAY_ID[d]}
            </text>
            {hours.map((h, c) => {
              const n = at.get(d * 100 + h) ?? 0;
              const level = Math.min(4, Math.floor((n / max) * 5));
              return (
                <g key={h}>
                  <rect class={`heat heat--${level}`} x={80 + c * cellW} y={r * cellH} width={cellW - 2} height={cellH - 2} />
                  <text class={`heat__text heat__text--${level >= 3 ? 'light' : 'dark'}`} x={80 + c * cellW + cellW / 2} y={r * cellH + 19} text-anchor="middle">
                    {n}
                  </text>
                </g>
              );
            })}
          </g>
        ))}
        {hours.map((h, c) => (
          <text key={h} class="chart__axis" x={80 + c * cellW + cellW / 2} y={days.length * cellH + 18} text-anchor="middle">
            {String(h).padStart(2, '0')}
          </text>
        ))}
      </svg>
    </figure>
  );
}
