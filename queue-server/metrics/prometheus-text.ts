/**
 * The Prometheus text exposition format (version 0.0.4), written by hand: a handful of metric
 * families does not need a client library, and the output is checked by `promtool check metrics`.
 */
export type Labels = Readonly<Record<string, string>>;

export interface Sample {
  labels?: Labels;
  value: number;
}

/** One histogram series: cumulative counts for each upper bound (without +Inf), sum and count. */
export interface HistogramSeries {
  labels?: Labels;
  buckets: readonly (readonly [le: number, count: number])[];
  sum: number;
  count: number;
}

export type Family =
  | { name: string; help: string; type: 'counter' | 'gauge'; samples: readonly Sample[] }
  | { name: string; help: string; type: 'histogram'; series: readonly HistogramSeries[] };

const escapeLabel = (v: string) => v.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/"/g, '\\"');
const escapeHelp = (v: string) => v.replace(/\\/g, '\\\\').replace(/\n/g, '\\n');

function formatValue(v: number): string {
  if (Number.isNaN(v)) return 'NaN';
  if (v === Infinity) return '+Inf';
  if (v === -Infinity) return '-Inf';
  return String(v);
}

function labelText(labels: Labels | undefined): string {
  const entries = Object.entries(labels ?? {});
  return entries.length === 0 ? '' : `{${entries.map(([k, v]) => `${k}="${escapeLabel(v)}"`).join(',')}}`;
}

/** Counts values into cumulative buckets. */
export function bucketize(values: readonly number[], bounds: readonly number[], labels?: Labels): HistogramSeries {
  const buckets = bounds.map((le) => [le, values.filter((v) => v <= le).length] as const);
  return { ...(labels ? { labels } : {}), buckets, sum: values.reduce((a, b) => a + b, 0), count: values.length };
}

function histogramLines(name: string, s: HistogramSeries): string[] {
  return [
    ...s.buckets.map(([le, count]) => `${name}_bucket${labelText({ ...s.labels, le: formatValue(le) })} ${count}`),
    `${name}_bucket${labelText({ ...s.labels, le: '+Inf' })} ${s.count}`,
    `${name}_sum${labelText(s.labels)} ${formatValue(s.sum)}`,
    `${name}_count${labelText(s.labels)} ${s.count}`,
  ];
}

export function render(families: readonly Family[]): string {
  const out: string[] = [];
  for (const f of families) {
    out.push(`# HELP ${f.name} ${escapeHelp(f.help)}`, `# TYPE ${f.name} ${f.type}`);
    if (f.type === 'histogram') for (const s of f.series) out.push(...histogramLines(f.name, s));
    else for (const s of f.samples) out.push(`${f.name}${labelText(s.labels)} ${formatValue(s.value)}`);
  }
  return `${out.join('\n')}\n`;
}
