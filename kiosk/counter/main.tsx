/**
 * CSO console. Sign in, pick a counter, then work the queue all day with buttons or keys.
 * Every press is one intent with one Idempotency-Key (intent.ts): a double tap never calls two
 * visitors, and a retry after a lost answer cannot skip anyone. The page's state is the console
 * actor (console.machine.ts); the presses below talk to the server and report to it.
 */
import { render } from 'preact';
import { useEffect } from 'preact/hooks';
import { createActor, fromPromise } from 'xstate';
import { counterAnswerSchema, type CounterState } from '../../shared/contracts/counters.ts';
import { printAnswerSchema } from '../../shared/contracts/printing.ts';
import { overviewSchema } from '../../shared/contracts/queue.ts';
import type { TicketDto } from '../../shared/contracts/tickets.ts';
import { useActorSnapshot } from '../app/use-actor.ts';
import { HtmlClipPlayer } from '../board/audio/browser.ts';
import { newIdempotencyKey } from '../flows/idempotency-key.ts';
import { browserLiveDeps } from '../staff/lib/live.machine.ts';
import { StaffApi, StaffApiError } from '../staff/lib/staff-api.ts';
import { useClock } from '../staff/lib/use-clock.ts';
import { waitingInCallOrder } from './call-order.ts';
import { Console } from './Console.tsx';
import { consoleMachine, type StaffData } from './console.machine.ts';
import { CounterPicker } from './CounterPicker.tsx';
import { IntentRunner } from './intent.ts';
import { Login } from './Login.tsx';
import { currentTicket, returnableMissed, type ActionName } from './view.ts';

const COUNTER_KEY = 'kios-k.counter-id';
const api = new StaffApi();
const runner = new IntentRunner(() => newIdempotencyKey('cso'), (e) => e instanceof StaffApiError && e.uncertain);

// The board's recorded chime announces a help request from the kiosk (loaded once, played on demand).
const clips = HtmlClipPlayer.load();
const chime = (): void => {
  void clips.then((player) => (player.has('chime') ? player.play('chime') : undefined)).catch(() => undefined);
};

const page = createActor(
  consoleMachine.provide({
    actions: { chimeHelp: chime },
    actors: {
      loadStaff: fromPromise<StaffData | null>(async () => {
        if (!api.signedIn) return null;
        const [tickets, overview] = await Promise.all([api.todaysTickets(), api.request('/api/supervisor/overview', overviewSchema)]);
        return { tickets, overview };
      }),
    },
  }),
  { input: { liveDeps: { ...browserLiveDeps, streamPath: (id: number) => api.staffStreamPath(id), onSessionEnded: (message: string) => api.endedByServer(message) }, counterId: sessionStorage.getItem(COUNTER_KEY) } },
).start();
const state = () => page.getSnapshot().context;
const say = (text: string, error = false): void => page.send({ type: 'say', text, error });

api.onUnauthorized = () => {
  page.send({ type: 'message.clear' });
  page.send({ type: 'session.changed' });
};

function setCounter(id: string | null): void {
  if (id) sessionStorage.setItem(COUNTER_KEY, id);
  else sessionStorage.removeItem(COUNTER_KEY);
  page.send({ type: 'counter.set', counterId: id });
}

const patchCounterState = (counterId: string, counterState: CounterState): void => page.send({ type: 'counter.patch', counterId, state: counterState });

async function pickCounter(id: string): Promise<void> {
  page.send({ type: 'busy', busy: 'open' });
  page.send({ type: 'pick.start' });
  try {
    const answer = await api.request(`/api/counters/${encodeURIComponent(id)}/open`, counterAnswerSchema, { method: 'POST', body: {} });
    if (answer) patchCounterState(id, answer.counter.state);
    setCounter(id);
    page.send({ type: 'message.clear' });
    page.send({ type: 'live.refresh' });
    page.send({ type: 'staff.refresh' });
  } catch (e) {
    page.send({ type: 'pick.failed', message: e instanceof StaffApiError ? e.message : 'Loket tidak dapat dibuka.' });
    setCounter(null);
  } finally {
    page.send({ type: 'busy', busy: null });
  }
}

const SLUG: Partial<Record<ActionName, string>> = { recall: 'recall', start: 'start', finish: 'finish', noShow: 'no-show' };

async function act(action: ActionName | 'return' | 'callSpecific', extra: { serviceId?: string; counterId?: string; reason?: string; ticketId?: string } = {}): Promise<void> {
  const { counterId: cid, busy, tickets } = state();
  if (!cid || busy) return;
  const cur = currentTicket(tickets, cid);
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
      const answer = await api.request(`/api/counters/${c}/${action}`, counterAnswerSchema, { method: 'POST', body, idempotencyKey: key });
      if (answer) patchCounterState(cid, answer.counter.state);
      return null;
    };
  } else if (action === 'callSpecific') {
    target = `${cid}<${extra.ticketId ?? ''}`;
    send = (key) => api.ticketAction(`/api/counters/${c}/call`, key, { ticketId: extra.ticketId, reason: extra.reason });
  } else if (action === 'return') {
    target = extra.ticketId ?? '';
    send = (key) => api.ticketAction(`/api/tickets/${encodeURIComponent(target)}/return`, key);
  } else {
    if (!cur) return;
    const t = encodeURIComponent(cur.id);
    target = action === 'transfer' ? `${cur.id}>${extra.serviceId ?? ''}>${extra.counterId ?? ''}` : cur.id;
    const transferBody = { serviceId: extra.serviceId, ...(extra.counterId ? { counterId: extra.counterId } : {}) };
    send = action === 'transfer' ? (key) => api.ticketAction(`/api/tickets/${t}/transfer`, key, transferBody) : (key) => api.ticketAction(`/api/tickets/${t}/${SLUG[action] ?? ''}`, key);
  }
  page.send({ type: 'busy', busy: action });
  const out = await runner.run(action, target, send);
  page.send({ type: 'busy', busy: null });
  if (out.kind === 'done') {
    const t = out.value;
    if (t) page.send({ type: 'ticket.upsert', ticket: t });
    const serviceName = (id: string | undefined) => state().snapshot?.services.find((s) => s.id === id)?.name ?? id ?? '';
    const counterName = (id: string | undefined) => state().snapshot?.counters.find((x) => x.id === id)?.name ?? id ?? '';
    const text: Record<ActionName | 'return' | 'callSpecific', string> = {
      callNext: t ? `Memanggil ${t.number}.` : 'Tidak ada antrean menunggu untuk loket ini.',
      callSpecific: t ? `Memanggil ${t.number} di luar urutan (${extra.reason ?? ''}); tercatat.` : '',
      recall: t ? `${t.number} dipanggil ulang (${t.recallCount} kali).` : '',
      start: t ? `Melayani ${t.number}.` : '',
      finish: t ? `${t.number} selesai dilayani.` : '',
      noShow: t ? `${t.number} ditandai tidak hadir dan masuk daftar terlewat.` : '',
      transfer: t ? `${t.number} dipindah ke ${extra.counterId ? `${counterName(extra.counterId)} (${serviceName(extra.serviceId)})` : serviceName(extra.serviceId)}.` : '',
      pause: `Loket dijeda: ${extra.reason ?? ''}.`,
      resume: 'Loket dibuka kembali.',
      return: t ? `${t.number} dikembalikan ke antrean pada urutan semula.` : '',
    };
    say(text[action]);
  } else if (out.kind === 'failed') {
    const msg = out.error instanceof StaffApiError ? out.error.message : 'Terjadi kesalahan.';
    say(out.retrySameKey ? `${msg} Tekan tombol yang sama lagi untuk mencoba; tidak akan terpanggil dua kali.` : msg, true);
  }
  page.send({ type: 'live.refresh' });
  page.send({ type: 'staff.refresh' });
}

/** The visitor's ticket again, on this counter's printer when it has one, else the kiosk's. */
async function reprint(ticketId: string): Promise<void> {
  const { counterId: cid, overview, tickets, busy } = state();
  if (busy) return;
  const number = tickets.find((t) => t.id === ticketId)?.number ?? '';
  const own = overview?.printers?.find((p) => p.counterId === cid);
  page.send({ type: 'busy', busy: 'reprint' });
  try {
    const answer = await api.request(`/api/tickets/${encodeURIComponent(ticketId)}/reprint`, printAnswerSchema, { method: 'POST', body: own ? { printerId: own.printerId } : {} });
    const print = answer?.print;
    if (print?.status === 'printed') say(`Tiket ${number} dicetak ulang di ${own ? 'printer loket' : 'printer kios'} (ditandai CETAK ULANG).`);
    else if (print?.status === 'queued') say(`Tiket ${number} sedang dicetak ulang.`);
    else say(`Tiket ${number} tidak tercetak ulang: ${print?.reason ?? 'printer bermasalah'}`, true);
  } catch (e) {
    say(e instanceof StaffApiError ? e.message : 'Tiket tidak dapat dicetak ulang.', true);
  } finally {
    page.send({ type: 'busy', busy: null });
    page.send({ type: 'staff.refresh' });
  }
}

/** "Saya datang": the officer takes the kiosk's help request (resolved in the officer's name). */
async function helpComing(helpId: number): Promise<void> {
  const source = state().overview?.helpRequests.find((h) => h.id === helpId)?.source ?? 'kios';
  page.send({ type: 'busy', busy: 'help' });
  try {
    await api.request(`/api/help-requests/${helpId}/resolve`, null, { method: 'POST', body: {} });
    say(`Anda menuju ${source}. Permintaan bantuan ditandai ditangani.`);
  } catch (e) {
    say(e instanceof StaffApiError ? e.message : 'Permintaan bantuan tidak dapat ditandai.', true);
  } finally {
    page.send({ type: 'busy', busy: null });
    page.send({ type: 'staff.refresh' });
  }
}

async function closeCounter(): Promise<void> {
  const cid = state().counterId;
  if (!cid) return;
  try {
    await api.request(`/api/counters/${encodeURIComponent(cid)}/close`, null, { method: 'POST', body: {} });
    setCounter(null);
    page.send({ type: 'live.refresh' });
  } catch (e) {
    say(e instanceof StaffApiError ? e.message : 'Loket tidak dapat ditutup.', true);
  }
}

async function logout(): Promise<void> {
  const { counterId: cid, tickets } = state();
  if (cid && !currentTicket(tickets, cid)) await closeCounter();
  try {
    await api.logout();
  } catch (e) {
    // A ticket still called or served at this counter: the server keeps the officer signed in.
    say(e instanceof StaffApiError ? e.message : 'Tidak dapat keluar.', true);
    return;
  }
  setCounter(null);
}

function App() {
  const { context: store } = useActorSnapshot(page);
  // Every second: the serving timer counts seconds.
  const now = useClock(1000);
  useEffect(() => {
    // A reload keeps the counter: claim it again (the server says no if someone else took it).
    const { counterId } = state();
    if (api.signedIn && counterId) void pickCounter(counterId);
  }, []);

  if (!api.signedIn) return <Login api={api} title="Konsol Petugas Loket" onDone={() => page.send({ type: 'session.changed' })} />;
  const snap = store.snapshot;
  const counter = snap?.counters.find((c) => c.id === store.counterId);
  if (!store.counterId || !counter) {
    return <CounterPicker counters={snap?.counters ?? []} services={snap?.services ?? []} busyId={store.busy} error={store.pickError} onPick={(id) => void pickCounter(id)} onLogout={() => void logout()} />;
  }
  const missedIds = new Set((snap?.missed ?? []).map((t) => t.id));
  const overviewCounter = store.overview?.counters.find((c) => c.id === counter.id);
  const order = waitingInCallOrder({
    tickets: store.tickets,
    counterId: counter.id,
    serviceIds: counter.serviceIds,
    services: snap?.services ?? [],
    consecutiveFastTrack: overviewCounter?.consecutiveFastTrack ?? 0,
    policy: store.overview?.fastTrackPolicy,
    now,
  });
  return (
    <Console
      officer={api.user?.displayName ?? ''}
      counter={counter}
      services={snap?.services ?? []}
      tickets={store.tickets}
      current={currentTicket(store.tickets, counter.id)}
      missed={returnableMissed(store.tickets, missedIds, counter.serviceIds)}
      today={overviewCounter?.today ?? null}
      counters={snap?.counters ?? []}
      order={order}
      helpRequests={store.overview?.helpRequests ?? []}
      printers={store.overview?.printers ?? []}
      onCallSpecific={(ticketId, reason) => void act('callSpecific', { ticketId, reason })}
      onReprint={(ticketId) => void reprint(ticketId)}
      onHelpComing={(id) => void helpComing(id)}
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
