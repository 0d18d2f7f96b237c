/** The IKM page for the branch head (supervisor role) and admins; the server checks the role too. */
import { render } from 'preact';
import { useEffect } from 'preact/hooks';
import { ikmReportSchema, type IkmReport } from '../../shared/contracts/survey.ts';
import { quarterOf } from '../../shared/survey/period.ts';
import { createChangeSignal } from '../board/lib/page-store.ts';
import { StaffApi, StaffApiError } from '../board/lib/staff-api.ts';
import { Login } from '../counter/Login.tsx';
import { IkmReportView, PeriodPicker, type PeriodChoice } from './IkmPage.tsx';

const ALLOWED_ROLES = ['supervisor', 'admin'];
const api = new StaffApi();
const { changed, useChanges } = createChangeSignal();
api.onUnauthorized = changed;

const today = new Date().toLocaleDateString('en-CA', { timeZone: 'Asia/Jakarta' });
const params = new URLSearchParams(location.search);
const initial = quarterOf(params.get('date') ?? today);
const store: { period: PeriodChoice; report: IkmReport | null; error: string | null; loading: boolean } = {
  period: { from: params.get('from') ?? initial.from, to: params.get('to') ?? initial.to },
  report: null,
  error: null,
  loading: false,
};

const yearOf = Number(initial.from.slice(0, 4));
const quarters = [yearOf - 1, yearOf].flatMap((y) => ['01', '04', '07', '10'].map((m) => quarterOf(`${y}-${m}-01`)));

async function load(): Promise<void> {
  if (!api.signedIn) return;
  if (!ALLOWED_ROLES.includes(api.user?.role ?? '')) {
    // Signed in without the role: show why there is nothing here (the server refuses too).
    changed();
    return;
  }
  store.loading = true;
  changed();
  try {
    store.report = await api.request(`/api/surveys/report?from=${store.period.from}&to=${store.period.to}`, ikmReportSchema);
    store.error = null;
  } catch (e) {
    store.error = e instanceof StaffApiError ? e.message : 'Data tidak dapat dimuat.';
  }
  store.loading = false;
  changed();
}

async function download(kind: 'responses' | 'summary'): Promise<void> {
  // The staff token lives in sessionStorage (kiosk/board/lib/staff-api.ts); a file answer is not JSON.
  const token = sessionStorage.getItem('kios-k.staff-token');
  const res = await fetch(`/api/surveys/export/${kind}.csv?from=${store.period.from}&to=${store.period.to}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  if (!res.ok) {
    store.error = 'Berkas tidak dapat diunduh. Masuk kembali lalu coba lagi.';
    changed();
    return;
  }
  const url = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = kind === 'responses' ? `survei-responden-${store.period.from}-${store.period.to}.csv` : `ikm-ringkasan-${store.period.from}-${store.period.to}.csv`;
  document.body.append(a);
  a.click();
  a.remove();
  URL.revokeObjectURL(url);
}

function App() {
  useChanges();
  useEffect(() => {
    void load();
  }, []);
  if (!api.signedIn) return <Login api={api} title="Indeks Kepuasan Masyarakat" onDone={() => void load()} />;
  const allowed = ALLOWED_ROLES.includes(api.user?.role ?? '');
  return (
    <>
      <header class="bar">
        <h1>Indeks Kepuasan Masyarakat (SKM PermenPANRB 14/2017)</h1>
        <div class="row">
          <span>{api.user?.displayName}</span>
          <button type="button" class="btn" onClick={() => void api.logout().finally(changed)}>
            Keluar
          </button>
        </div>
      </header>
      <main class="ikm">
        {!allowed ? (
          <p class="card error" role="alert">
            Halaman ini untuk kepala cabang (supervisor) dan administrator. Petugas loket tidak melihat hasil survei.
          </p>
        ) : (
          <>
            <PeriodPicker
              period={store.period}
              quarters={quarters}
              onChange={(p) => {
                store.period = p;
                void load();
              }}
            />
            {store.error && (
              <p class="card error" role="alert">
                {store.error}
              </p>
            )}
            {store.loading && !store.report && <p role="status">Memuat…</p>}
            {store.report && <IkmReportView report={store.report} onExport={(k) => void download(k)} />}
          </>
        )}
      </main>
    </>
  );
}

const root = document.getElementById('ikm');
if (root) render(<App />, root);
