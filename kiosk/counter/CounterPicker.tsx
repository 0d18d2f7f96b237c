/** Choosing a counter: one officer per counter; the server refuses a counter held by someone else. */
import type { CounterDto, ServiceDto } from '../../shared/contracts/index.ts';

const STATE_LABEL = { closed: 'Tutup', open: 'Buka', paused: 'Jeda' } as const;

export function CounterPicker(props: {
  counters: CounterDto[];
  services: ServiceDto[];
  busyId: string | null;
  error: string | null;
  onPick: (counterId: string) => void;
  onLogout: () => void;
}) {
  const serviceNames = (ids: string[]) => ids.map((id) => props.services.find((s) => s.id === id)?.name ?? id).join(', ');
  return (
    <main class="picker">
      <header class="bar">
        <h1>Pilih loket Anda</h1>
        <button type="button" class="btn" onClick={props.onLogout}>
          Keluar
        </button>
      </header>
      {props.error && (
        <p class="message message--error" role="alert">
          {props.error}
        </p>
      )}
      {props.counters.length === 0 && <p class="muted">Memuat daftar loket…</p>}
      <ul class="picker__list">
        {props.counters.map((c) => (
          <li key={c.id}>
            <button type="button" class="btn picker__item" disabled={props.busyId !== null} onClick={() => props.onPick(c.id)}>
              <strong>{c.name}</strong>
              <span>{serviceNames(c.serviceIds)}</span>
              <span class={`pill pill--${c.state}`}>{STATE_LABEL[c.state]}</span>
            </button>
          </li>
        ))}
      </ul>
    </main>
  );
}
