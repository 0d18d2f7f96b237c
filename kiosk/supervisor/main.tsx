/**
 * Supervisor view: the overview is fetched on every queue event (debounced) and every 15 s, so
 * waits keep growing on screen even when nothing happens.
 */
import { render } from 'preact';
import { useEffect } from 'preact/hooks';
import { browserLiveDeps, connectLive } from '../board/lib/live.ts';
import { createChangeSignal, useClock } from '../board/lib/page-store.ts';
import { StaffApi, StaffApiError } from '../board/lib/staff-api.ts';
import { Login } from '../counter/Login.tsx';
import { overviewSchema, type Overview } from './overview.ts';
import { Supervisor } from './Supervisor.tsx';

const api = new StaffApi();
const store: { overview: Overview | null; error: string | null; busyHelpId: number | null; timeZone: string } = { overview: null, error: null, busyHelpId: null, timeZone: 'Asia/Jakarta' };
const { changed, useChanges } = createChangeSignal();
api.onUnauthorized = changed;

async function load(): Promise<void> {
  if (!api.signedIn) return;
  try {
    store.overview = await api.request('/api/supervisor/overview', overviewSchema);
    store.error = null;
  } catch (e) {
    store.error = e instanceof StaffApiError ? e.message : 'Data tidak dapat dimuat.';
  }
  changed();
}

let timer: ReturnType<typeof setTimeout> | null = null;
const soon = (): void => {
  if (timer) clearTimeout(timer);
  timer = setTimeout(() => void load(), 300);
};
connectLive(
  {
    onSnapshot(s) {
      store.timeZone = s.branch.timeZone;
      soon();
    },
    onEvent: soon,
  },
  browserLiveDeps,
);
setInterval(() => void load(), 15_000);

async function resolve(id: number): Promise<void> {
  if (store.busyHelpId !== null) return;
  store.busyHelpId = id;
  changed();
  try {
    await api.request(`/api/help-requests/${id}/resolve`, null, { method: 'POST', body: {} });
  } catch (e) {
    // "Sudah ditangani" by someone else is fine: the list reloads either way.
    if (!(e instanceof StaffApiError && e.status === 409)) store.error = e instanceof StaffApiError ? e.message : 'Gagal menandai.';
  } finally {
    store.busyHelpId = null;
    await load();
  }
}

function App() {
  useChanges();
  const now = useClock(15_000);
  useEffect(() => {
    void load();
  }, []);
  if (!api.signedIn) return <Login api={api} title="Pemantauan Cabang" onDone={() => void load()} />;
  return (
    <Supervisor
      overview={store.overview}
      officer={api.user?.displayName ?? ''}
      error={store.error}
      busyHelpId={store.busyHelpId}
      now={now}
      timeZone={store.timeZone}
      onResolve={(id) => void resolve(id)}
      onLogout={() => void api.logout().finally(changed)}
    />
  );
}

const root = document.getElementById('supervisor');
if (root) render(<App />, root);
