/**
 * The reports page for the branch head (supervisor) and the administrator: a period (day, week,
 * month, quarter, semester or chosen dates), filters, the sections, CSV of every table, the
 * browser printout and the server's semester PDF. The server checks the role too.
 */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { reportQualitySchema, reportSummarySchema, type ReportQuality, type ReportSummary } from '../../shared/contracts/reports.ts';
import { FAST_TRACK_LABEL_ID } from '../../shared/i18n/report-id.ts';
import { FAST_TRACK_REASONS } from '../../shared/queue/ticket.ts';
import { periodOf, type PeriodKind } from '../../shared/reports/periods.ts';
import { Login } from '../counter/Login.tsx';
import { StaffApi, StaffApiError } from '../staff/lib/staff-api.ts';
import { ReportView } from './ReportsPage.tsx';
import { StaffHeader } from '../staff/lib/StaffHeader.tsx';

const ALLOWED_ROLES = ['supervisor', 'admin'];
const api = new StaffApi();
const params = new URLSearchParams(location.search);
const today = new Date().toLocaleDateString('en-CA', { timeZone: 'Asia/Jakarta' });
const KINDS: { kind: PeriodKind | 'custom'; label: string }[] = [
  { kind: 'day', label: 'Hari' },
  { kind: 'week', label: 'Minggu' },
  { kind: 'month', label: 'Bulan' },
  { kind: 'quarter', label: 'Triwulan' },
  { kind: 'semester', label: 'Semester' },
  { kind: 'custom', label: 'Pilih tanggal' },
];

interface Choice {
  kind: PeriodKind | 'custom';
  day: string;
  from: string;
  to: string;
  serviceId: string;
  counterId: string;
  officerId: string;
  fastTrack: '' | 'ya' | 'tidak';
  reason: string;
}

function rangeOf(c: Choice): { from: string; to: string } {
  if (c.kind === 'custom') return { from: c.from, to: c.to };
  const { from, to } = periodOf(c.kind, c.day);
  return { from, to };
}

function queryOf(c: Choice): string {
  const q = new URLSearchParams(rangeOf(c));
  if (c.serviceId) q.set('serviceId', c.serviceId);
  if (c.counterId) q.set('counterId', c.counterId);
  if (c.officerId) q.set('officerId', c.officerId);
  if (c.fastTrack) q.set('fastTrack', c.fastTrack);
  if (c.reason) q.set('reason', c.reason);
  return q.toString();
}

const kindParam = params.get('period');
const initial: Choice = {
  kind: KINDS.some((k) => k.kind === kindParam) ? (kindParam as Choice['kind']) : 'month',
  day: params.get('date') ?? today,
  from: params.get('from') ?? today,
  to: params.get('to') ?? today,
  serviceId: '',
  counterId: '',
  officerId: '',
  fastTrack: '',
  reason: '',
};

const downloadPdf = (year: number, half: 1 | 2): Promise<string | null> =>
  api.download(`/api/reports/semester.pdf?year=${year}&half=${half}`, `laporan-monev-semester-${half}-${year}.pdf`, 'PDF tidak dapat dibuat. Masuk kembali lalu coba lagi.');

function Select(props: { label: string; testId: string; value: string; options: { value: string; label: string }[]; onChange: (v: string) => void }) {
  return (
    <label>
      {props.label}
      <select data-testid={props.testId} value={props.value} onChange={(e) => props.onChange(e.currentTarget.value)}>
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}

function Controls(props: { choice: Choice; catalog: ReportSummary | null; onChange: (c: Choice) => void; onPdf: () => void }) {
  const c = props.choice;
  const set = (patch: Partial<Choice>) => props.onChange({ ...c, ...patch });
  const cat = props.catalog;
  const all = { value: '', label: 'Semua' };
  return (
    <form class="card report-controls no-print" aria-label="Periode dan saringan" onSubmit={(e) => e.preventDefault()}>
      <Select label="Periode" testId="period-kind" value={c.kind} options={KINDS.map((k) => ({ value: k.kind, label: k.label }))} onChange={(v) => set({ kind: v as Choice['kind'] })} />
      {c.kind === 'custom' ? (
        <>
          <label>
            Dari
            <input type="date" data-testid="period-from" value={c.from} onChange={(e) => e.currentTarget.value && set({ from: e.currentTarget.value })} />
          </label>
          <label>
            Sampai
            <input type="date" data-testid="period-to" value={c.to} onChange={(e) => e.currentTarget.value && set({ to: e.currentTarget.value })} />
          </label>
        </>
      ) : (
        <label>
          Tanggal dalam periode
          <input type="date" data-testid="period-day" value={c.day} onChange={(e) => e.currentTarget.value && set({ day: e.currentTarget.value })} />
        </label>
      )}
      <Select label="Layanan" testId="filter-service" value={c.serviceId} options={[all, ...(cat?.byService ?? []).map((b) => ({ value: b.serviceId, label: b.name }))]} onChange={(v) => set({ serviceId: v })} />
      <Select label="Loket" testId="filter-counter" value={c.counterId} options={[all, ...(cat?.counters ?? []).map((b) => ({ value: b.counterId, label: b.name }))]} onChange={(v) => set({ counterId: v })} />
      <Select label="Petugas" testId="filter-officer" value={c.officerId} options={[all, ...(cat?.officers ?? []).flatMap((o) => (o.officerId === null ? [] : [{ value: String(o.officerId), label: o.name }]))]} onChange={(v) => set({ officerId: v })} />
      <Select label="Fast track" testId="filter-fast" value={c.fastTrack} options={[all, { value: 'ya', label: 'Fast track' }, { value: 'tidak', label: 'Antrean biasa' }]} onChange={(v) => set({ fastTrack: v === 'ya' || v === 'tidak' ? v : '', reason: v === 'tidak' ? '' : c.reason })} />
      <Select label="Alasan fast track" testId="filter-reason" value={c.reason} options={[all, ...FAST_TRACK_REASONS.map((r) => ({ value: r, label: FAST_TRACK_LABEL_ID[r] }))]} onChange={(v) => set({ reason: v })} />
      <div class="report-controls__actions">
        <button type="button" class="btn" data-testid="print" onClick={() => window.print()}>
          Cetak (A4)
        </button>
        <button type="button" class="btn btn--primary" data-testid="semester-pdf" onClick={props.onPdf}>
          PDF semester
        </button>
      </div>
    </form>
  );
}

function App() {
  const [signedIn, setSignedIn] = useState(api.signedIn);
  const [choice, setChoice] = useState(initial);
  const [summary, setSummary] = useState<ReportSummary | null>(null);
  const [catalog, setCatalog] = useState<ReportSummary | null>(null);
  const [quality, setQuality] = useState<ReportQuality | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const allowed = ALLOWED_ROLES.includes(api.user?.role ?? '');
  const range = rangeOf(choice);
  useEffect(() => {
    api.onUnauthorized = () => setSignedIn(false);
  }, []);
  useEffect(() => {
    if (!signedIn || !allowed) return;
    let current = true;
    setLoading(true);
    setError(null);
    const unfiltered = !choice.serviceId && !choice.counterId && !choice.officerId && !choice.fastTrack && !choice.reason;
    void (async () => {
      try {
        const s = await api.request(`/api/reports/summary?${queryOf(choice)}`, reportSummarySchema);
        if (!current) return;
        setSummary(s);
        if (unfiltered) setCatalog(s);
        const q = await api.request(`/api/reports/quality?from=${range.from}&to=${range.to}`, reportQualitySchema);
        if (current) setQuality(q);
      } catch (e) {
        if (current) setError(e instanceof StaffApiError ? e.message : 'Laporan tidak dapat dimuat.');
      } finally {
        if (current) setLoading(false);
      }
    })();
    return () => {
      current = false;
    };
  }, [signedIn, allowed, queryOf(choice)]);
  if (!signedIn) return <Login api={api} title="Laporan Kantor Cabang" onDone={() => setSignedIn(api.signedIn)} />;
  const semester = choice.kind === 'semester';
  const year = Number(range.from.slice(0, 4));
  const half: 1 | 2 = Number(range.from.slice(5, 7)) <= 6 ? 1 : 2;
  return (
    <>
      <StaffHeader api={api} title="Laporan Kantor Cabang" titleTag="p" printable={false} onSignedOut={() => setSignedIn(false)} />
      <main class="reports">
        {!allowed ? (
          <p class="card error" role="alert">
            Halaman ini untuk kepala cabang (supervisor) dan administrator.
          </p>
        ) : (
          <>
            <Controls choice={choice} catalog={catalog} onChange={setChoice} onPdf={() => void downloadPdf(year, half).then((e) => e && setError(e))} />
            {error && (
              <p class="card error" role="alert">
                {error}
              </p>
            )}
            {loading && <p role="status" class="no-print">Memuat laporan…</p>}
            {summary && <ReportView summary={summary} quality={quality} semester={semester} />}
          </>
        )}
      </main>
    </>
  );
}

const root = document.getElementById('reports');
if (root) render(<App />, root);
