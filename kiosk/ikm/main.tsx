/** The IKM page for the branch head (supervisor role) and admins; the server checks the role too. */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { ikmReportSchema, type IkmReport } from '../../shared/contracts/survey.ts';
import { quarterOf } from '../../shared/survey/period.ts';
import { StaffApi, StaffApiError } from '../staff/lib/staff-api.ts';
import { Login } from '../counter/Login.tsx';
import { IkmReportView, PeriodPicker, type PeriodChoice } from './IkmPage.tsx';
import { StaffHeader } from '../staff/lib/StaffHeader.tsx';

const ALLOWED_ROLES = ['supervisor', 'admin'];
const api = new StaffApi();

const today = new Date().toLocaleDateString('en-CA', { timeZone: 'Asia/Jakarta' });
const params = new URLSearchParams(location.search);
const initial = quarterOf(params.get('date') ?? today);
const initialPeriod: PeriodChoice = { from: params.get('from') ?? initial.from, to: params.get('to') ?? initial.to };

const yearOf = Number(initial.from.slice(0, 4));
const quarters = [yearOf - 1, yearOf].flatMap((y) => ['01', '04', '07', '10'].map((m) => quarterOf(`${y}-${m}-01`)));

interface PageState {
  report: IkmReport | null;
  error: string | null;
  loading: boolean;
}

async function fetchReport(period: PeriodChoice): Promise<Pick<PageState, 'report' | 'error'>> {
  try {
    return { report: await api.request(`/api/surveys/report?from=${period.from}&to=${period.to}`, ikmReportSchema), error: null };
  } catch (e) {
    return { report: null, error: e instanceof StaffApiError ? e.message : 'Data tidak dapat dimuat.' };
  }
}

/** A CSV answer, saved through the staff session (kiosk/staff/lib/staff-api.ts). */
const download = (kind: 'responses' | 'summary', period: PeriodChoice): Promise<string | null> =>
  api.download(`/api/surveys/export/${kind}.csv?from=${period.from}&to=${period.to}`, kind === 'responses' ? `survei-responden-${period.from}-${period.to}.csv` : `ikm-ringkasan-${period.from}-${period.to}.csv`);

function App() {
  const [signedIn, setSignedIn] = useState(api.signedIn);
  const [period, setPeriod] = useState(initialPeriod);
  const [state, setState] = useState<PageState>({ report: null, error: null, loading: false });
  const allowed = ALLOWED_ROLES.includes(api.user?.role ?? '');
  useEffect(() => {
    api.onUnauthorized = () => setSignedIn(false);
  }, []);
  useEffect(() => {
    // Signed in without the role: nothing to load (the server refuses too); the page says why.
    if (!signedIn || !allowed) return;
    let current = true;
    setState((s) => ({ ...s, loading: true }));
    void fetchReport(period).then((loaded) => current && setState({ ...loaded, loading: false }));
    return () => {
      current = false;
    };
  }, [signedIn, allowed, period]);
  if (!signedIn) return <Login api={api} title="Indeks Kepuasan Masyarakat" onDone={() => setSignedIn(api.signedIn)} />;
  return (
    <>
      <StaffHeader api={api} title="Indeks Kepuasan Masyarakat (SKM PermenPANRB 14/2017)" onSignedOut={() => setSignedIn(false)} />
      <main class="ikm">
        {!allowed ? (
          <p class="card error" role="alert">
            Halaman ini untuk kepala cabang (supervisor) dan administrator. Petugas loket tidak melihat hasil survei.
          </p>
        ) : (
          <>
            <PeriodPicker period={period} quarters={quarters} onChange={setPeriod} />
            {state.error && (
              <p class="card error" role="alert">
                {state.error}
              </p>
            )}
            {state.loading && !state.report && <p role="status">Memuat…</p>}
            {state.report && <IkmReportView report={state.report} onExport={(k) => void download(k, period).then((error) => error && setState((s) => ({ ...s, error })))} />}
          </>
        )}
      </main>
    </>
  );
}

const root = document.getElementById('ikm');
if (root) render(<App />, root);
