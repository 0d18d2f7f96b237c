/**
 * CSO console. Sign in, pick a counter, then work the queue all day with buttons or keys.
 * Every press is one intent with one Idempotency-Key (intent.ts): a double tap never calls two
 * visitors, and a retry after a lost answer cannot skip anyone.
 */
import { render } from 'preact';
import { useEffect } from 'preact/hooks';
import { z } from '../../shared/contracts/zod.ts';
import { COUNTER_STATES, type CounterState, type QueueSnapshotDto, type TicketDto } from '../../shared/contracts/index.ts';
import { browserLiveDeps, connectLive } from '../board/lib/live.ts';
import { createChangeSignal, useClock } from '../board/lib/page-store.ts';
import { StaffApi, StaffApiError } from '../board/lib/staff-api.ts';
import { overviewSchema, type Overview } from '../supervisor/overview.ts';
import { Console } from './Console.tsx';
import { CounterPicker } from './CounterPicker.tsx';
import { IntentRunner, randomKey } from './intent.ts';
import { Login } from './Login.tsx';
import { currentTicket, returnableMissed, upsertTicket, type ActionName } from './view.ts';

const COUNTER_KEY = 'kios-k.counter-id';
const api = new StaffApi();
const runner = new IntentRunner(() => randomKey('cso'), (e) => e instanceof StaffApiError && e.uncertain);

interface Store {
  snapshot: QueueSnapshotDto | null;
  tickets: TicketDto[];
  overview: Overview | null;
  counterId: string | null;
  busy: string | null;
  message: { text: string; error: boolean } | null;
  pickError: string | null;
}
const store: Store = { snapshot: null, tickets: [], overview: null, counterId: sessionStorage.getItem(COUNTER_KEY), busy: null, message: null, pickError: null };
const { changed, useChanges } = createChangeSignal();
const say = (text: string, error = false): void => {
  store.message = { text, error };
  changed();
};

api.onUnauthorized = () => {
  store.message = null;
  changed();
};

let staffTimer: ReturnType<typeof setTimeout> | null = null;
async function refreshStaff(): Promise<void> {
  if (!api.signedIn) return;
  try {
    const [tickets, overview] = await Promise.all([api.todaysTickets(), api.request('/api/supervisor/overview', overviewSchema)]);
    store.tickets = tickets;
    store.overview = overview;
    changed();
  } catch (e) {
    // Keep an action's own failure on screen: it tells the officer to press again.
    if (e instanceof StaffApiError && e.kind !== 'unauthorized' && !store.message?.error) say(e.message, true);
  }
}
function scheduleStaffRefresh(): void {
  if (staffTimer) clearTimeout(staffTimer);
  staffTimer = setTimeout(() => void refreshStaff(), 150);
}

const live = connectLive(
  {
    onSnapshot(s) {
      store.snapshot = s;
      changed();
      scheduleStaffRefresh();
    },
    onEvent() {
      scheduleStaffRefresh();
    },
  },
  browserLiveDeps,
);

function setCounter(id: string | null): void {
  store.counterId = id;
  if (id) sessionStorage.setItem(COUNTER_KEY, id);
  else sessionStorage.removeItem(COUNTER_KEY);
  changed();
}

async function pickCounter(id: string): Promise<void> {
  store.busy = 'open';
  store.pickError = null;
  changed();
  try {
    const answer = await api.request(`/api/counters/${encodeURIComponent(id)}/open`, counterAnswer, { method: 'POST', body: {} });
    if (answer) patchCounterState(id, answer.counter.state);
    setCounter(id);
    store.message = null;
    live.refresh();
    void refreshStaff();
  } catch (e) {
    store.pickError = e instanceof StaffApiError ? e.message : 'Loket tidak dapat dibuka.';
    setCounter(null);
  } finally {
    store.busy = null;
    changed();
  }
}

/** The counter answers of open/pause/resume: only the new state is used. */
const counterAnswer = z.object({ counter: z.object({ state: z.enum(COUNTER_STATES) }) });

/** Shows a counter's new state at once, so the next key press is judged on it (the snapshot follows). */
function patchCounterState(counterId: string, state: CounterState): void {
  const snap = store.snapshot;
  if (snap) store.snapshot = { ...snap, counters: snap.counters.map((c) => (c.id === counterId ? { ...c, state } : c)) };
}

const SLUG: Partial<Record<ActionName, string>> = { recall: 'recall', start: 'start', finish: 'finish', noShow: 'no-show' };

async function act(action: ActionName | 'return', extra: { serviceId?: string; reason?: string; ticketId?: string } = {}): Promise<void> {
  const cid = store.counterId;
  if (!cid || store.busy) return;
  const cur = currentTicket(store.tickets, cid);
  const c = encodeURIComponent(cid);
  let target: string;
  let send: (key: string) => Promise<TicketDto | null>;
  if (action === 'callNext') {
    target = cid;
    send = (key) => api.ticketAction(`/api/counters/${c}/call-next`, key);
  } else if (action === 'pause' || action === 'resume') {
    target = cid;
    const body = action === 'pause' ? { reason: extra.reason ?? 'Istirahat' } : {};
    send = async (key) => {
      const answer = await api.request(`/api/counters/${c}/${action}`, counterAnswer, { method: 'POST', body, idempotencyKey: key });
      if (answer) patchCounterState(cid, answer.counter.state);
      return null;
    };
  } else if (action === 'return') {
    target = extra.ticketId ?? '';
    send = (key) => api.ticketAction(`/api/tickets/${encodeURIComponent(target)}/return`, key);
  } else {
    if (!cur) return;
    const t = encodeURIComponent(cur.id);
    target = action === 'transfer' ? `${cur.id}>${extra.serviceId ?? ''}` : cur.id;
    send = action === 'transfer' ? (key) => api.ticketAction(`/api/tickets/${t}/transfer`, key, { serviceId: extra.serviceId }) : (key) => api.ticketAction(`/api/tickets/${t}/${SLUG[action] ?? ''}`, key);
  }
  store.busy = action;
  changed();
  const out = await runner.run(action, target, send);
  store.busy = null;
  if (out.kind === 'done') {
    const t = out.value;
    if (t) store.tickets = upsertTicket(store.tickets, t);
    const serviceName = (id: string | undefined) => store.snapshot?.services.find((s) => s.id === id)?.name ?? id ?? '';
    const text: Record<ActionName | 'return', string> = {
      callNext: t ? `Memanggil ${t.number}.` : 'Tidak ada antrean menunggu untuk loket ini.',
      recall: t ? `${t.number} dipanggil ulang (${t.recallCount} kali).` : '',
      start: t ? `Melayani ${t.number}.` : '',
      finish: t ? `${t.number} selesai dilayani.` : '',
      noShow: t ? `${t.number} ditandai tidak hadir dan masuk daftar terlewat.` : '',
      transfer: t ? `${t.number} dipindah ke ${serviceName(extra.serviceId)}.` : '',
      pause: `Loket dijeda: ${extra.reason ?? ''}.`,
      resume: 'Loket dibuka kembali.',
      return: t ? `${t.number} dikembalikan ke antrean pada urutan semula.` : '',
    };
    say(text[action]);
  } else if (out.kind === 'failed') {
    const msg = out.error instanceof StaffApiError ? out.error.message : 'Terjadi kesalahan.';
    say(out.retrySameKey ? `${msg} Tekan tombol yang sama lagi untuk mencoba; tidak akan terpanggil dua kali.` : msg, true);
  }
  live.refresh();
  await refreshStaff();
}

async function closeCounter(): Promise<void> {
  const cid = store.counterId;
  if (!cid) return;
  try {
    await api.request(`/api/counters/${encodeURIComponent(cid)}/close`, null, { method: 'POST', body: {} });
    setCounter(null);
    live.refresh();
  } catch (e) {
    say(e instanceof StaffApiError ? e.message : 'Loket tidak dapat ditutup.', true);
  }
}

async function logout(): Promise<void> {
  const cid = store.counterId;
  if (cid && !currentTicket(store.tickets, cid)) await closeCounter();
  await api.logout().catch(() => undefined);
  setCounter(null);
}

function App() {
  useChanges();
  const now = useClock(30_000);
  useEffect(() => {
    // A reload keeps the counter: claim it again (the server says no if someone else took it).
    if (api.signedIn && store.counterId) void pickCounter(store.counterId);
  }, []);

  if (!api.signedIn) return <Login api={api} title="Konsol Petugas Loket" onDone={() => (changed(), void refreshStaff())} />;
  const snap = store.snapshot;
  const counter = snap?.counters.find((c) => c.id === store.counterId);
  if (!store.counterId || !counter) {
    return <CounterPicker counters={snap?.counters ?? []} services={snap?.services ?? []} busyId={store.busy} error={store.pickError} onPick={(id) => void pickCounter(id)} onLogout={() => void logout()} />;
  }
  const missedIds = new Set((snap?.missed ?? []).map((t) => t.id));
  return (
    <Console
      officer={api.user?.displayName ?? ''}
      counter={counter}
      services={snap?.services ?? []}
      tickets={store.tickets}
      current={currentTicket(store.tickets, counter.id)}
      missed={returnableMissed(store.tickets, missedIds, counter.serviceIds)}
      today={store.overview?.counters.find((c) => c.id === counter.id)?.today ?? null}
      busy={store.busy}
      message={store.message}
      now={now}
      maxRecalls={snap?.rules.recall.maxRecalls}
      onAction={(a, extra) => void act(a, extra)}
      onReturn={(ticketId) => void act('return', { ticketId })}
      onCloseCounter={() => void closeCounter()}
      onLogout={() => void logout()}
    />
  );
}

const root = document.getElementById('console');
if (root) render(<App />, root);
