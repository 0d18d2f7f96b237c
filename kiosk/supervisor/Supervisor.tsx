/** The branch head's view: counters, queues, waits against targets, printers, help requests. */
import { FAST_TRACK_LABEL, minutesSince } from '../counter/view.ts';
import { boardClock } from '../board/format.ts';
import { alertLines, counterActivity, printerNeedsAttention, type Overview } from './overview.ts';

export interface SupervisorProps {
  overview: Overview | null;
  officer: string;
  error: string | null;
  busyHelpId: number | null;
  busyCounterId: string | null;
  notice: string | null;
  now: number;
  timeZone: string;
  onResolve: (id: number) => void;
  /** "Lepas loket": free a counter its officer left (the server puts a called number back). */
  onRelease: (id: string) => void;
  onLogout: () => void;
}

export function Supervisor(p: SupervisorProps) {
  const o = p.overview;
  const alerts = o ? alertLines(o) : [];
  const counterName = (id: string) => o?.counters.find((c) => c.id === id)?.name ?? id;
  return (
    <div>
      <header class="bar">
        <div>
          <h1>Pemantauan Cabang</h1>
          <span class="muted">
            {p.officer}
            {o ? ` · diperbarui ${boardClock(new Date(o.generatedAt), p.timeZone).time}` : ''}
          </span>
        </div>
        <button type="button" class="btn" onClick={p.onLogout}>
          Keluar
        </button>
      </header>
      {p.error && (
        <p class="message message--error" role="alert">
          {p.error}
        </p>
      )}
      {p.notice && (
        <p class="message" role="status">
          {p.notice}
        </p>
      )}
      {alerts.length > 0 && (
        <ul class="alerts" role="alert" aria-label="Peringatan">
          {alerts.map((a) => (
            <li key={a.key} class={a.kind === 'fast-track-wait' ? 'alert--fast' : ''}>
              {a.text}
            </li>
          ))}
        </ul>
      )}
      {!o ? (
        <p class="message">Memuat data…</p>
      ) : (
        <div class="sup">
          <section class="card" aria-labelledby="counters-title">
            <h2 id="counters-title">Loket</h2>
            <table>
              <thead>
                <tr>
                  <th scope="col">Loket</th>
                  <th scope="col">Keadaan</th>
                  <th scope="col">Petugas</th>
                  <th scope="col">Dipanggil / selesai / tidak hadir / dipindah</th>
                  <th scope="col">Tindakan</th>
                </tr>
              </thead>
              <tbody>
                {o.counters.map((c) => (
                  <tr key={c.id}>
                    <td>
                      <strong>{c.name}</strong>
                    </td>
                    <td>
                      {counterActivity(c)}
                      {c.current?.fastTrack && <span class="pill pill--fast"> Prioritas · {FAST_TRACK_LABEL[c.current.fastTrack]}</span>}
                    </td>
                    <td>{c.officer ?? '—'}</td>
                    <td>
                      {c.today.called} / {c.today.finished} / {c.today.missed} / {c.today.transferred}
                    </td>
                    <td>
                      {c.state !== 'closed' && (
                        <button type="button" class="btn" disabled={p.busyCounterId !== null} aria-label={`Lepas ${c.name}`} onClick={() => p.onRelease(c.id)}>
                          Lepas loket
                        </button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>

            <h2 id="services-title" style={{ marginTop: '20px' }}>
              Antrean per layanan
            </h2>
            <table aria-labelledby="services-title">
              <thead>
                <tr>
                  <th scope="col">Layanan</th>
                  <th scope="col">Menunggu</th>
                  <th scope="col">Perkiraan tunggu</th>
                </tr>
              </thead>
              <tbody>
                {o.services.map((s) => (
                  <tr key={s.id}>
                    <td>
                      {s.prefix} · {s.name}
                    </td>
                    <td>
                      <strong>{s.waiting}</strong>
                    </td>
                    <td>{s.estimatedWaitMinutes} menit</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>

          <div class="row" style={{ flexDirection: 'column', alignItems: 'stretch' }}>
            <section class="card" aria-labelledby="waits-title">
              <h2 id="waits-title">Waktu tunggu terlama</h2>
              <div class="stats">
                <div>
                  <div class="muted">Semua pengunjung</div>
                  <div class={`stat ${o.longestWaitMinutes >= o.targets.waitMinutes ? 'stat--bad' : ''}`}>{o.longestWaitMinutes} mnt</div>
                  <div class="muted">target {o.targets.waitMinutes} mnt</div>
                </div>
                <div>
                  <div class="muted">Prioritas</div>
                  <div class={`stat ${o.longestFastTrackWaitMinutes >= o.targets.fastTrackWaitMinutes ? 'stat--bad' : ''}`}>{o.longestFastTrackWaitMinutes} mnt</div>
                  <div class="muted">target {o.targets.fastTrackWaitMinutes} mnt</div>
                </div>
              </div>
            </section>

            <section class="card" aria-labelledby="help-title">
              <h2 id="help-title">Permintaan bantuan</h2>
              {o.helpRequests.length === 0 ? (
                <p class="muted">Tidak ada permintaan terbuka.</p>
              ) : (
                <ul class="help">
                  {o.helpRequests.map((h) => (
                    <li key={h.id}>
                      <span>
                        <strong>{h.source}</strong> · {minutesSince(h.createdAt, p.now)} mnt lalu
                        {h.note ? <span class="muted"> — {h.note}</span> : null}
                      </span>
                      <button type="button" class="btn btn--primary" disabled={p.busyHelpId !== null} onClick={() => p.onResolve(h.id)}>
                        Tandai ditangani
                      </button>
                    </li>
                  ))}
                </ul>
              )}
            </section>

            <section class="card" aria-labelledby="printers-title">
              <h2 id="printers-title">Printer</h2>
              {o.printers === undefined ? (
                <p class="muted">Status printer belum dikirim oleh server.</p>
              ) : o.printers.length === 0 ? (
                <p class="muted">Tidak ada printer terpasang.</p>
              ) : (
                <ul class="help printers">
                  {o.printers.map((pr) => (
                    <li key={pr.printerId}>
                      <strong>{pr.counterId ? `Printer ${counterName(pr.counterId)}` : `Printer ${pr.printerId}`}</strong>
                      <span class={printerNeedsAttention(pr) ? 'stat--bad' : ''}>{pr.label}</span>
                    </li>
                  ))}
                </ul>
              )}
            </section>
          </div>
        </div>
      )}
    </div>
  );
}
