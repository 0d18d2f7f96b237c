/** The board's screen: presentational only, everything comes in as props. Bahasa Indonesia only. */
import type { CounterDto, PublicTicketDto } from '../../shared/contracts/index.ts';
import type { LiveState } from '../staff/lib/live.machine.ts';
import type { BoardState } from './state.ts';
import { boardClock } from './format.ts';

export type AudioStatus = 'on' | 'blocked' | 'off' | 'loading';

export interface BoardProps {
  state: BoardState | null;
  now: Date;
  live: LiveState;
  audio: AudioStatus;
  onEnableAudio: () => void;
}

function counterName(state: BoardState, counterId: string | null): string {
  return state.counters.find((c) => c.id === counterId)?.name ?? '—';
}

function CounterTile({ c }: { c: CounterDto }) {
  const label = c.state === 'closed' ? 'Tutup' : c.state === 'paused' ? 'Istirahat' : null;
  return (
    <li class={`counter counter--${c.state}`}>
      <span class="counter__name">{c.name}</span>
      <span class="counter__number">{label ?? c.current?.number ?? '—'}</span>
    </li>
  );
}

function NumberList({ items, empty }: { items: PublicTicketDto[]; empty: string }) {
  if (items.length === 0) return <p class="empty">{empty}</p>;
  return (
    <ul class="chips">
      {items.map((t) => (
        <li key={t.id}>{t.number}</li>
      ))}
    </ul>
  );
}

export function Board({ state, now, live, audio, onEnableAudio }: BoardProps) {
  const clock = boardClock(now, state?.branch.timeZone ?? 'Asia/Jakarta');
  const calling = state?.nowCalling ?? null;
  return (
    <div class={`board ${audio === 'blocked' ? 'board--audio-blocked' : ''}`}>
      <header class="top">
        <div class="brand">
          <span class="brand__org">Papan Antrean</span>
          <span class="brand__branch">{state?.branch.name ?? 'Memuat data antrean…'}</span>
        </div>
        <div class="clock" aria-label="Tanggal dan jam">
          <span class="clock__date">{clock.date}</span>
          <span class="clock__time">{clock.time}</span>
        </div>
      </header>

      {live !== 'live' && (
        <p class="offline" role="status">
          {live === 'connecting' ? 'Menghubungkan ke server antrean…' : 'Koneksi ke server antrean terputus. Menyambung ulang otomatis…'}
        </p>
      )}

      <main class="middle">
        <section class={`calling ${calling ? 'calling--active' : ''}`} aria-live="assertive" aria-atomic="true" aria-labelledby="calling-title">
          <h1 id="calling-title" class="calling__title">Nomor Antrean Dipanggil</h1>
          {calling && state ? (
            // The key restarts the flash animation on every call and recall.
            <div class="calling__body flash" key={calling.flash}>
              <span class="calling__number">{calling.ticket.number}</span>
              <span class="calling__to">
                silakan menuju <strong>{counterName(state, calling.counterId)}</strong>
              </span>
            </div>
          ) : (
            <div class="calling__body">
              {/* After calls whose visitors have all left their counter, say what is true now. */}
              <span class="calling__idle">{state && state.recentCalls.length > 0 ? 'Menunggu panggilan berikutnya' : 'Belum ada panggilan'}</span>
            </div>
          )}
        </section>

        <section class="counters" aria-labelledby="counters-title">
          <h2 id="counters-title">Loket</h2>
          {/* Many counters (over 8) get three smaller columns so all fit on the screen. */}
          <ul class={`counter-grid ${(state?.counters.length ?? 0) > 8 ? 'counter-grid--dense' : ''}`}>{state?.counters.map((c) => <CounterTile key={c.id} c={c} />)}</ul>
        </section>
      </main>

      <section class="bottom">
        <div class="panel" aria-labelledby="recent-title">
          <h2 id="recent-title">Panggilan Terakhir</h2>
          {state && state.recentCalls.length > 0 ? (
            <ol class="recent">
              {state.recentCalls.map((c) => (
                <li key={c.ticket.id}>
                  <span class="recent__number">{c.ticket.number}</span>
                  {/* A missed visitor must report to staff: where they were called no longer matters. */}
                  {c.ticket.status === 'missed' ? <span class="recent__counter recent__counter--missed">tidak hadir</span> : <span class="recent__counter">{counterName(state, c.counterId)}</span>}
                </li>
              ))}
            </ol>
          ) : (
            <p class="empty">Belum ada panggilan hari ini</p>
          )}
        </div>
        <div class="panel" aria-labelledby="missed-title">
          <h2 id="missed-title">Nomor Terlewat</h2>
          <p class="hint">Silakan lapor ke petugas untuk dipanggil kembali.</p>
          <NumberList items={state?.missed ?? []} empty="Tidak ada" />
        </div>
        <div class="panel" aria-labelledby="waiting-title">
          <h2 id="waiting-title">Jumlah Menunggu</h2>
          <ul class="waiting">
            {state?.services.map((s) => (
              <li key={s.id}>
                <span class="waiting__prefix">{s.prefix}</span>
                <span class="waiting__name">{s.name}</span>
                <span class="waiting__count">{s.waiting}</span>
              </li>
            ))}
          </ul>
        </div>
      </section>

      {audio === 'blocked' && (
        // Shown when the browser blocks sound until someone touches the page (TV without the
        // Chromium flag --autoplay-policy=no-user-gesture-required). One touch per boot.
        <button type="button" class="enable-audio" onClick={onEnableAudio}>
          Aktifkan suara
          <small>Suara panggilan belum aktif. Sentuh atau klik di sini.</small>
        </button>
      )}

      <footer class="ticker" aria-label="Informasi">
        {state?.branch.runningText ? (
          // Same reading speed whatever the length of the text (about 9 characters a second).
          <div class="ticker__track" style={{ animationDuration: `${Math.max(20, Math.round(state.branch.runningText.length / 9))}s` }}>
            <span>{state.branch.runningText}</span>
          </div>
        ) : null}
      </footer>
    </div>
  );
}
