/** The officer's working screen: current ticket, the eight actions, waiting list, missed list, counts. */
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { CounterDto, ServiceDto, TicketDto } from '../../shared/contracts/index.ts';
import { STATUS_LABEL_ID } from '../../shared/queue/ticket.ts';
import { CounterComplaint } from './CounterComplaint.tsx';
import { ACTION_LABEL, FAST_TRACK_LABEL, SHORTCUTS, actionForKey, enabledActions, minutesSince, waitingByService, type ActionName } from './view.ts';

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
  onAction: (action: ActionName, extra?: { serviceId?: string; reason?: string }) => void;
  onReturn: (ticketId: string) => void;
  onCloseCounter: () => void;
  onLogout: () => void;
}

const PAUSE_REASONS = ['Istirahat', 'Sholat', 'Rapat atau tugas lain', 'Gangguan sistem'];
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

/** Puts the keyboard in the dialog when it opens, so it can be used without the mouse. */
function useFocusFirst() {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.querySelector<HTMLButtonElement>('button')?.focus();
  }, []);
  return ref;
}

function PauseDialog({ onPick, onCancel }: { onPick: (reason: string) => void; onCancel: () => void }) {
  const [other, setOther] = useState('');
  const ref = useFocusFirst();
  return (
    <div class="dialog" role="dialog" aria-modal="true" aria-labelledby="pause-title" ref={ref}>
      <div class="card">
        <h2 id="pause-title">Alasan jeda</h2>
        <div class="choices">
          {PAUSE_REASONS.map((r) => (
            <button key={r} type="button" class="btn" onClick={() => onPick(r)}>
              {r}
            </button>
          ))}
        </div>
        <form onSubmit={(e) => (e.preventDefault(), other.trim() && onPick(other.trim()))}>
          <label>
            Alasan lain
            <input value={other} maxLength={120} onInput={(e) => setOther(e.currentTarget.value)} />
          </label>
          <div class="row">
            <button type="submit" class="btn btn--primary" disabled={!other.trim()}>
              Jeda dengan alasan ini
            </button>
            <button type="button" class="btn" onClick={onCancel}>
              Batal
            </button>
          </div>
        </form>
      </div>
    </div>
  );
}

function TransferDialog({ services, currentServiceId, onPick, onCancel }: { services: ServiceDto[]; currentServiceId: string; onPick: (id: string) => void; onCancel: () => void }) {
  const ref = useFocusFirst();
  return (
    <div class="dialog" role="dialog" aria-modal="true" aria-labelledby="transfer-title" ref={ref}>
      <div class="card">
        <h2 id="transfer-title">Pindahkan ke layanan</h2>
        <p class="muted">Pengunjung tetap di urutan semula pada layanan tujuan.</p>
        <div class="choices">
          {services
            .filter((s) => s.id !== currentServiceId)
            .map((s) => (
              <button key={s.id} type="button" class="btn" onClick={() => onPick(s.id)}>
                {s.prefix} · {s.name}
              </button>
            ))}
        </div>
        <button type="button" class="btn" onClick={onCancel}>
          Batal
        </button>
      </div>
    </div>
  );
}

export function Console(p: ConsoleProps) {
  const [dialog, setDialog] = useState<'pause' | 'transfer' | null>(null);
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
      if (e.key === 'Escape') setDialog(null);
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
  const waiting = waitingByService(p.tickets, p.services, p.counter.serviceIds, p.now);
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
        </section>
        <CounterComplaint ticketNumber={cur?.number ?? null} counterId={p.counter.id} />

        <section class="card" aria-labelledby="waiting-title">
          <h2 id="waiting-title">Antrean menunggu</h2>
          {waiting.map(({ service, tickets }) => (
            <div key={service.id} class="queue">
              <h3>
                {service.prefix} · {service.name} <span class="count">{tickets.length}</span>
              </h3>
              {tickets.length === 0 ? (
                <p class="muted">Tidak ada yang menunggu.</p>
              ) : (
                <ol class="queue__list">
                  {tickets.slice(0, 12).map((t) => (
                    <li key={t.id}>
                      <strong>{t.number}</strong>
                      {t.fastTrack && <span class="pill pill--fast">Prioritas</span>}
                      <span class="muted">{t.waitedMinutes} mnt</span>
                    </li>
                  ))}
                  {tickets.length > 12 && <li class="muted">+{tickets.length - 12} lainnya</li>}
                </ol>
              )}
            </div>
          ))}
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
          currentServiceId={cur.serviceId}
          onCancel={() => setDialog(null)}
          onPick={(serviceId) => {
            setDialog(null);
            p.onAction('transfer', { serviceId });
          }}
        />
      )}
    </div>
  );
}
