/**
 * Parts of the officer's screen beyond the buttons: help requests from the kiosk, printer
 * warnings, the serving timer, the waiting list in call order and the dialogs that ask before
 * acting (pause reason, out-of-order call reason, transfer target).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { CounterDto, HelpRequestDto, ServiceDto, TicketDto } from '../../shared/contracts/index.ts';
import type { PrinterViewDto } from '../../shared/contracts/printing.ts';
import { OFFICER_TEXT_ID, printerName, printerWarning } from '../../shared/i18n/officers-id.ts';
import type { CallOrderRow } from './call-order.ts';
import { minutesSince } from './view.ts';

/** Puts the keyboard in the dialog when it opens, so it can be used without the mouse. */
function useFocusFirst() {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.querySelector<HTMLButtonElement>('button')?.focus();
  }, []);
  return ref;
}

export function HelpBanner({ requests, now, busy, onComing }: { requests: HelpRequestDto[]; now: number; busy: boolean; onComing: (id: number) => void }) {
  if (requests.length === 0) return null;
  return (
    <section class="help-banner" role="alert" aria-labelledby="help-banner-title" data-testid="console-help">
      <h2 id="help-banner-title">{OFFICER_TEXT_ID.helpTitle}</h2>
      <ul>
        {requests.map((h) => (
          <li key={h.id}>
            <span>
              <strong>{h.source}</strong> · {minutesSince(h.createdAt, now)} mnt lalu{h.note ? ` — ${h.note}` : ''}
            </span>
            <button type="button" class="btn btn--primary" disabled={busy} onClick={() => onComing(h.id)}>
              {OFFICER_TEXT_ID.helpComing}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The printers this counter relies on (the kiosk's and its own) when they need a hand. */
export function PrinterBanner({ printers, counter }: { printers: PrinterViewDto[]; counter: CounterDto }) {
  const warnings = printers
    .filter((p) => p.counterId === null || p.counterId === counter.id)
    .flatMap((p) => {
      const text = printerWarning(p.condition, p.label, printerName(p.counterId === null ? null : counter.name));
      return text ? [{ p, text }] : [];
    });
  if (warnings.length === 0) return null;
  return (
    <ul class="printer-banner" role="alert" data-testid="console-printer-warning">
      {warnings.map(({ p, text }) => (
        <li key={p.printerId} class={p.condition === 'paper-near-end' ? 'printer-banner--soon' : 'printer-banner--now'} data-condition={p.condition}>
          {text}
        </li>
      ))}
    </ul>
  );
}

const clock = (ms: number): string => {
  const s = Math.max(0, Math.floor(ms / 1000));
  const hh = Math.floor(s / 3600);
  const mm = String(Math.floor((s % 3600) / 60)).padStart(2, '0');
  const ss = String(s % 60).padStart(2, '0');
  return hh > 0 ? `${hh}:${mm}:${ss}` : `${mm}:${ss}`;
};

/** "Dilayani 04:12" since start, "Dipanggil 00:40" since the call. */
export function ServingTimer({ ticket, now }: { ticket: TicketDto; now: number }) {
  const serving = ticket.status === 'serving' && ticket.startedAt;
  const since = Date.parse((serving ? ticket.startedAt : (ticket.lastCalledAt ?? ticket.calledAt)) ?? '');
  if (Number.isNaN(since)) return null;
  return (
    <p class="timer" data-testid="serving-timer" aria-live="off">
      <span>{serving ? 'Dilayani' : 'Dipanggil'}</span> <strong>{clock(now - since)}</strong>
    </p>
  );
}

export function WaitingOrder(p: { rows: CallOrderRow[]; canCall: boolean; busy: boolean; onCall: (t: TicketDto) => void }) {
  if (p.rows.length === 0) return <p class="muted">Tidak ada yang menunggu untuk loket ini.</p>;
  const shown = p.rows.slice(0, 15);
  return (
    <ol class="order" data-testid="call-order">
      {shown.map((row, i) => (
        <li key={row.ticket.id} class={i === 0 ? 'order__next' : ''} data-ticket={row.ticket.number} data-rule={row.rule}>
          <span class="order__pos">{i === 0 ? OFFICER_TEXT_ID.next : `${i + 1}.`}</span>
          <strong class="order__number">{row.ticket.number}</strong>
          <span class="muted order__wait">{row.waitedMinutes} mnt</span>
          <button type="button" class="btn btn--small order__call" disabled={!p.canCall || p.busy} onClick={() => p.onCall(row.ticket)} aria-label={`Panggil ${row.ticket.number}`}>
            Panggil
          </button>
          <span class="order__why">
            <span class={row.rule === 'fast-track' ? 'pill pill--fast' : 'pill'}>{row.label}</span>
            {row.why.length > 0 && <span class="muted"> {row.why.join('; ')}</span>}
          </span>
        </li>
      ))}
      {p.rows.length > shown.length && <li class="muted">+{p.rows.length - shown.length} lainnya</li>}
    </ol>
  );
}

/** Any of today's tickets by its number ("A-041"), for the visitor whose paper did not come out. */
export function ReprintByNumber({ tickets, busy, onReprint }: { tickets: TicketDto[]; busy: boolean; onReprint: (t: TicketDto) => void }) {
  const [number, setNumber] = useState('');
  const [unknown, setUnknown] = useState(false);
  const submit = (e: Event): void => {
    e.preventDefault();
    const wanted = number.trim().toUpperCase();
    const ticket = tickets.find((t) => t.number === wanted);
    setUnknown(!ticket);
    if (ticket) {
      onReprint(ticket);
      setNumber('');
    }
  };
  return (
    <form class="reprint" onSubmit={submit}>
      <label>
        Cetak ulang tiket nomor
        <input value={number} maxLength={16} placeholder="A-041" aria-invalid={unknown} onInput={(e) => (setNumber(e.currentTarget.value), setUnknown(false))} />
      </label>
      <button type="submit" class="btn" disabled={busy || !number.trim()}>
        Cetak ulang
      </button>
      {unknown && (
        <span class="message--error" role="alert">
          Nomor {number.trim().toUpperCase()} tidak ada hari ini.
        </span>
      )}
    </form>
  );
}

const PAUSE_REASONS = ['Istirahat', 'Sholat', 'Rapat atau tugas lain', 'Gangguan sistem'];
const OUT_OF_ORDER_REASONS = ['Pengunjung sudah di depan loket', 'Lanjutan layanan sebelumnya', 'Janji temu', 'Permintaan supervisor'];

/** A list of reasons plus "Alasan lain": used to pause and to call out of order. */
function ReasonDialog(p: { id: string; title: string; note?: string; reasons: string[]; submitLabel: string; onPick: (reason: string) => void; onCancel: () => void }) {
  const [other, setOther] = useState('');
  const ref = useFocusFirst();
  return (
    <div class="dialog" role="dialog" aria-modal="true" aria-labelledby={`${p.id}-title`} ref={ref}>
      <div class="card">
        <h2 id={`${p.id}-title`}>{p.title}</h2>
        {p.note && <p class="muted">{p.note}</p>}
        <div class="choices">
          {p.reasons.map((r) => (
            <button key={r} type="button" class="btn" onClick={() => p.onPick(r)}>
              {r}
            </button>
          ))}
        </div>
        <form onSubmit={(e) => (e.preventDefault(), other.trim().length >= 3 && p.onPick(other.trim()))}>
          <label>
            Alasan lain
            <input value={other} maxLength={120} onInput={(e) => setOther(e.currentTarget.value)} />
          </label>
          <div class="row">
            <button type="submit" class="btn btn--primary" disabled={other.trim().length < 3}>
              {p.submitLabel}
            </button>
            <button type="button" class="btn" onClick={p.onCancel}>
              Batal
            </button>
          </div>
        </form>
      </div>
    </div>
  );
}

export const PauseDialog = ({ onPick, onCancel }: { onPick: (reason: string) => void; onCancel: () => void }) => (
  <ReasonDialog id="pause" title="Alasan jeda" reasons={PAUSE_REASONS} submitLabel="Jeda dengan alasan ini" onPick={onPick} onCancel={onCancel} />
);

export const CallDialog = ({ ticket, next, onPick, onCancel }: { ticket: TicketDto; next: string | null; onPick: (reason: string) => void; onCancel: () => void }) => (
  <ReasonDialog
    id="call"
    title={`Panggil ${ticket.number} di luar urutan`}
    note={`${next && next !== ticket.number ? `Menurut aturan, berikutnya ${next}. ` : ''}Panggilan ini dicatat sebagai di luar urutan beserta alasannya.`}
    reasons={OUT_OF_ORDER_REASONS}
    submitLabel="Panggil dengan alasan ini"
    onPick={onPick}
    onCancel={onCancel}
  />
);

export function TransferDialog(p: { services: ServiceDto[]; counters: CounterDto[]; ticket: TicketDto; here: string; onPick: (target: { serviceId: string; counterId?: string }) => void; onCancel: () => void }) {
  const ref = useFocusFirst();
  const serviceName = (id: string) => p.services.find((s) => s.id === id)?.name ?? id;
  return (
    <div class="dialog" role="dialog" aria-modal="true" aria-labelledby="transfer-title" ref={ref}>
      <div class="card">
        <h2 id="transfer-title">Pindahkan {p.ticket.number}</h2>
        <p class="muted">Pengunjung tetap di urutan semula pada layanan tujuan.</p>
        <h3>Ke layanan</h3>
        <div class="choices">
          {p.services
            .filter((s) => s.id !== p.ticket.serviceId)
            .map((s) => (
              <button key={s.id} type="button" class="btn" onClick={() => p.onPick({ serviceId: s.id })}>
                {s.prefix} · {s.name}
              </button>
            ))}
        </div>
        <h3>Ke loket tertentu</h3>
        <p class="muted">Loket tujuan memanggilnya lebih dulu; loket lain tidak memanggilnya.</p>
        <div class="choices">
          {p.counters
            .filter((c) => c.id !== p.here)
            .map((c) => {
              // Stay in the ticket's service when that counter serves it, else its first service.
              const serviceId = c.serviceIds.includes(p.ticket.serviceId) ? p.ticket.serviceId : c.serviceIds[0];
              if (!serviceId) return null;
              return (
                <button key={c.id} type="button" class="btn" data-counter={c.id} onClick={() => p.onPick({ serviceId, counterId: c.id })}>
                  {c.name} · {serviceName(serviceId)}
                  {c.state === 'closed' ? ' (tutup)' : c.state === 'paused' ? ' (jeda)' : ''}
                </button>
              );
            })}
        </div>
        <button type="button" class="btn" onClick={p.onCancel}>
          Batal
        </button>
      </div>
    </div>
  );
}
