/** The head-office page, served by hq-server at /hq/ (same origin as its API). */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { overviewSchema, type HqOverviewDto } from '../../shared/contracts/hq-server.ts';
import { StaffApi, StaffApiError } from '../staff/lib/staff-api.ts';
import { Login } from '../counter/Login.tsx';
import { HqOverview } from './HqPage.tsx';
import { StaffHeader } from '../staff/lib/StaffHeader.tsx';

const api = new StaffApi({ mode: 'bearer' });
const REFRESH_MS = 30_000;

function App() {
  const [signedIn, setSignedIn] = useState(api.signedIn);
  const [data, setData] = useState<HqOverviewDto | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [nowMs, setNow] = useState(Date.now());
  useEffect(() => {
    api.onUnauthorized = () => setSignedIn(false);
  }, []);
  useEffect(() => {
    if (!signedIn) return;
    let current = true;
    const load = () =>
      api
        .request('/api/hq/overview', overviewSchema)
        .then((d) => {
          if (!current) return;
          setData(d);
          setError(null);
          setNow(Date.now());
        })
        .catch((e: unknown) => current && setError(e instanceof StaffApiError ? e.message : 'Data kantor pusat tidak dapat dimuat.'));
    void load();
    const timer = setInterval(() => void load(), REFRESH_MS);
    return () => {
      current = false;
      clearInterval(timer);
    };
  }, [signedIn]);
  if (!signedIn) return <Login api={api} title="Kantor Pusat" onDone={() => setSignedIn(api.signedIn)} />;
  return (
    <>
      <StaffHeader api={api} title="Kantor Pusat — sinkronisasi dan kinerja cabang" onSignedOut={() => setSignedIn(false)} />
      <main class="hq">
        {error && <p class="card error" role="alert">{error}</p>}
        {!data && !error && <p role="status">Memuat…</p>}
        {data && <HqOverview data={data} nowMs={nowMs} />}
      </main>
    </>
  );
}

const root = document.getElementById('hq');
if (root) render(<App />, root);
