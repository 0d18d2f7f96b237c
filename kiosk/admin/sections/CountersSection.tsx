/** Counters and the services each serves. */
import { useState } from 'preact/hooks';
import type { SettingsAnswer } from '../../../shared/contracts/admin.ts';
import type { CounterConfig } from '../../../shared/contracts/branch-config.ts';
import { saveSettings } from '../admin-api.ts';
import { Feedback, useSave } from '../Feedback.tsx';

export function CountersSection({ answer, onSaved, isAdmin }: { answer: SettingsAnswer; onSaved: (a: SettingsAnswer) => void; isAdmin: boolean }) {
  const [drafts, setDrafts] = useState<CounterConfig[]>(() => answer.settings.counters);
  const { outcome, busy, run } = useSave((a) => {
    onSaved(a);
    if (a.pending === null || !a.pending.sections.includes('counters')) setDrafts(a.settings.counters);
  });
  // Offer the services as they will be (a pending services change included).
  const services = (answer.pending?.sections.includes('services') ? answer.pending.settings : answer.settings).services;
  const edit = (i: number, change: Partial<CounterConfig>) => setDrafts((list) => list.map((d, j) => (j === i ? { ...d, ...change } : d)));
  const nextNumber = Math.max(0, ...drafts.map((d) => d.spokenNumber)) + 1;
  return (
    <section class="card" aria-labelledby="counters-title">
      <h2 id="counters-title">Loket</h2>
      <p class="note">Nomor panggilan diucapkan suara panggilan ("loket tiga"). Menghapus loket yang sedang dibuka berlaku mulai hari layanan berikutnya.</p>
      {drafts.map((d, i) => (
        <fieldset key={i}>
          <legend>{d.name || `Loket baru ${i + 1}`}</legend>
          <div class="grid2">
            <label>
              Id (huruf kecil, tetap)
              <input value={d.id} onInput={(e) => edit(i, { id: e.currentTarget.value.trim() })} />
            </label>
            <label>
              Nama loket
              <input value={d.name} onInput={(e) => edit(i, { name: e.currentTarget.value })} />
            </label>
            <label>
              Nomor panggilan
              <input type="number" min={1} max={999} value={d.spokenNumber} onInput={(e) => edit(i, { spokenNumber: Number(e.currentTarget.value) })} />
            </label>
          </div>
          <fieldset>
            <legend>Layanan yang dilayani {d.name}</legend>
            <div class="checks">
              {services.map((s) => (
                <label key={s.id}>
                  <input type="checkbox" checked={d.serviceIds.includes(s.id)} onChange={(e) => edit(i, { serviceIds: e.currentTarget.checked ? [...d.serviceIds, s.id] : d.serviceIds.filter((x) => x !== s.id) })} />
                  {s.prefix} {s.name}
                </label>
              ))}
            </div>
          </fieldset>
          <button type="button" class="btn btn--danger" onClick={() => setDrafts((list) => list.filter((_, j) => j !== i))}>
            Hapus {d.name || 'loket ini'}
          </button>
        </fieldset>
      ))}
      {isAdmin && (
      <div class="row">
        <button type="button" class="btn" onClick={() => setDrafts((list) => [...list, { id: `loket-${nextNumber}`, name: `Loket ${nextNumber}`, spokenNumber: nextNumber, serviceIds: [] }])}>
          Tambah loket
        </button>
        <button type="button" class="btn btn--primary" disabled={busy} onClick={() => void run(() => saveSettings('counters', { counters: drafts }))}>
          Simpan loket
        </button>
      </div>
      )}
      {!isAdmin && <p class="note">Hanya administrator yang dapat mengubah bagian ini.</p>}
      <Feedback outcome={outcome} />
    </section>
  );
}
