/**
 * The officer's working screen: help requests and printer warnings on top, the current ticket
 * with its timer and the eight actions, the waiting list in the order this counter will call it,
 * missed list, counts.
 */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { CounterDto, HelpRequestDto, PrinterViewDto, ServiceDto, TicketDto } from '../../shared/contracts/index.ts';
import { STATUS_LABEL_ID } from '../../shared/queue/ticket.ts';
import type { CallOrderRow } from './call-order.ts';
import { CallDialog, HelpBanner, PauseDialog, PrinterBanner, ReprintByNumber, ServingTimer, TransferDialog, WaitingOrder } from './ConsoleParts.tsx';
import { CounterComplaint } from './CounterComplaint.tsx';
import { ACTION_LABEL, FAST_TRACK_LABEL, SHORTCUTS, actionForKey, enabledActions, minutesSince, type ActionName } from './view.ts';

export interface ConsoleProps {
  officer: string;
  counter: CounterDto;
  services: ServiceDto[];
  tickets: TicketDto[];
  current: TicketDto | null;
  missed: TicketDto[];
  today: { called: number; finished: number; missed: number; transferred: number } | null;
  busy: string | null;
  message: { text: string; error: boolean } | null;
  now: number;
  /** The branch's recall limit from the snapshot; unknown until the first snapshot arrives. */
  maxRecalls?: number | undefined;
  /** Every counter of the branch (transfer to a counter by name). */
  counters: CounterDto[];
  /** The waiting tickets in the order this counter will call them (call-order.ts). */
  order: CallOrderRow[];
  helpRequests: HelpRequestDto[];
  printers: PrinterViewDto[];
  onAction: (action: ActionName, extra?: { serviceId?: string; counterId?: string; reason?: string }) => void;
  onCallSpecific: (ticketId: string, reason: string) => void;
  onReprint: (ticketId: string) => void;
  onHelpComing: (helpId: number) => void;
  onReturn: (ticketId: string) => void;
  onCloseCounter: () => void;
  onLogout: () => void;
}

const ACTION_ORDER: ActionName[] = ['callNext', 'recall', 'start', 'finish', 'noShow', 'transfer'];

function ActionButton(props: { action: ActionName; enabled: boolean; busy: boolean; onPress: () => void; primary?: boolean }) {
  return (
    <button
      type="button"
      class={`btn action ${props.primary ? 'btn--primary' : ''}`}
      disabled={!props.enabled || props.busy}
      aria-keyshortcuts={SHORTCUTS[props.action]}
      data-action={props.action}
      onClick={props.onPress}
    >
      <span>{ACTION_LABEL[props.action]}</span>
      <kbd aria-hidden="true">{SHORTCUTS[props.action]}</kbd>
    </button>
  );
}

export function Console(p: ConsoleProps) {
  const [dialog, setDialog] = useState<'pause' | 'transfer' | null>(null);
  const [calling, setCalling] = useState<TicketDto | null>(null);
  const enabled = enabledActions(p.counter.state, p.current, p.maxRecalls);
  const serviceName = (id: string) => p.services.find((s) => s.id === id)?.name ?? id;

  const press = (action: ActionName): void => {
    if (!enabled.has(action) || p.busy) return;
    if (action === 'pause' || action === 'transfer') setDialog(action);
    else p.onAction(action);
  };
  const pressRef = useRef(press);
  pressRef.current = press;

  // A layout effect, not a plain one: the listener must be in place by the time the buttons are
  // painted enabled, or a key pressed right away (N as soon as the counter opens) would be lost.
  useLayoutEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (e.key === 'Escape') {
        setDialog(null);
        setCalling(null);
      }
      const t = e.target;
      const inField = t instanceof HTMLInputElement || t instanceof HTMLTextAreaElement || t instanceof HTMLSelectElement;
      if (document.querySelector('.dialog')) return;
      const action = actionForKey({ key: e.key, ctrlKey: e.ctrlKey, altKey: e.altKey, metaKey: e.metaKey, inField });
      if (!action || e.repeat) return;
      e.preventDefault();
      pressRef.current(action);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const cur = p.current;
  const canCallSpecific = enabled.has('callNext');
  return (
    <div class="console">
      <header class="bar">
        <div>
          <h1>{p.counter.name}</h1>
          <span class="muted">
            {p.officer} · {p.counter.state === 'paused' ? 'Jeda' : p.counter.state === 'open' ? 'Buka' : 'Tutup'}
          </span>
        </div>
        <div class="row">
          {p.counter.state === 'paused' ? (
            <ActionButton action="resume" enabled={enabled.has('resume')} busy={p.busy !== null} onPress={() => press('resume')} primary />
          ) : (
            <ActionButton action="pause" enabled={enabled.has('pause')} busy={p.busy !== null} onPress={() => press('pause')} />
          )}
          <button type="button" class="btn" disabled={p.busy !== null || cur !== null} onClick={p.onCloseCounter}>
            Tutup loket
          </button>
          <button type="button" class="btn" onClick={p.onLogout}>
            Keluar
          </button>
        </div>
      </header>

      <HelpBanner requests={p.helpRequests} now={p.now} busy={p.busy !== null} onComing={p.onHelpComing} />
      <PrinterBanner printers={p.printers} counter={p.counter} />

      <p class={`message ${p.message?.error ? 'message--error' : ''}`} role={p.message?.error ? 'alert' : 'status'} aria-live="polite">
        {p.busy ? 'Memproses…' : (p.message?.text ?? '\u00a0')}
      </p>

      <div class="layout">
        <section class="card current" aria-labelledby="current-title">
          <h2 id="current-title">Nomor saat ini</h2>
          {cur ? (
            <div class="current__body">
              <span class="current__number">{cur.number}</span>
              <span class="current__service">{serviceName(cur.serviceId)}</span>
              {cur.fastTrack && <span class="pill pill--fast">Prioritas · {FAST_TRACK_LABEL[cur.fastTrack]}</span>}
              <ServingTimer ticket={cur} now={p.now} />
              <dl class="facts">
                <dt>Status</dt>
                <dd>{STATUS_LABEL_ID[cur.status]}</dd>
                <dt>Menunggu</dt>
                <dd>{minutesSince(cur.issuedAt, Date.parse(cur.calledAt ?? '') || p.now)} menit sebelum dipanggil</dd>
                <dt>Dipanggil ulang</dt>
                <dd>{p.maxRecalls === undefined ? `${cur.recallCount} kali` : `${cur.recallCount} dari ${p.maxRecalls} kali`}</dd>
              </dl>
            </div>
          ) : (
            <p class="muted current__empty">{p.counter.state === 'paused' ? 'Loket sedang jeda.' : 'Belum ada nomor. Tekan Panggil berikutnya.'}</p>
          )}
          <div class="actions">
            {ACTION_ORDER.map((a) => (
              <ActionButton key={a} action={a} enabled={enabled.has(a)} busy={p.busy !== null} onPress={() => press(a)} primary={a === 'callNext'} />
            ))}
          </div>
          {cur && (
            <button type="button" class="btn btn--small" disabled={p.busy !== null} onClick={() => p.onReprint(cur.id)}>
              Cetak ulang tiket {cur.number}
            </button>
          )}
        </section>
        <CounterComplaint ticketNumber={cur?.number ?? null} counterId={p.counter.id} />

        <section class="card" aria-labelledby="waiting-title">
          <h2 id="waiting-title">
            Urutan panggilan <span class="count">{p.order.length}</span>
          </h2>
          <p class="muted">Sesuai aturan antrean untuk loket ini: paling atas dipanggil oleh Panggil berikutnya.</p>
          <WaitingOrder rows={p.order} canCall={canCallSpecific} busy={p.busy !== null} onCall={setCalling} />
          <ReprintByNumber tickets={p.tickets} busy={p.busy !== null} onReprint={(t) => p.onReprint(t.id)} />
        </section>

        <section class="card" aria-labelledby="side-title">
          <h2 id="side-title">Hari ini di loket ini</h2>
          <dl class="counts">
            <div><dt>Dipanggil</dt><dd>{p.today?.called ?? '–'}</dd></div>
            <div><dt>Selesai</dt><dd>{p.today?.finished ?? '–'}</dd></div>
            <div><dt>Tidak hadir</dt><dd>{p.today?.missed ?? '–'}</dd></div>
            <div><dt>Dipindah</dt><dd>{p.today?.transferred ?? '–'}</dd></div>
          </dl>
          <h2>Nomor terlewat</h2>
          {p.missed.length === 0 ? (
            <p class="muted">Tidak ada nomor terlewat yang bisa dikembalikan.</p>
          ) : (
            <ul class="missed">
              {p.missed.map((t) => (
                <li key={t.id}>
                  <strong>{t.number}</strong>
                  <span class="muted">{minutesSince(t.missedAt, p.now)} mnt lalu</span>
                  <button type="button" class="btn" disabled={p.busy !== null} onClick={() => p.onReturn(t.id)}>
                    Kembalikan
                  </button>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>

      {dialog === 'pause' && (
        <PauseDialog
          onCancel={() => setDialog(null)}
          onPick={(reason) => {
            setDialog(null);
            p.onAction('pause', { reason });
          }}
        />
      )}
      {dialog === 'transfer' && cur && (
        <TransferDialog
          services={p.services}
          counters={p.counters}
          ticket={cur}
          here={p.counter.id}
          onCancel={() => setDialog(null)}
          onPick={(target) => {
            setDialog(null);
            p.onAction('transfer', target);
          }}
        />
      )}
      {calling && (
        <CallDialog
          ticket={calling}
          next={p.order[0]?.ticket.number ?? null}
          onCancel={() => setCalling(null)}
          onPick={(reason) => {
            setCalling(null);
            p.onCallSpecific(calling.id, reason);
          }}
        />
      )}
    </div>
  );
}
