/** Services: letter, names in Indonesian and English, default minutes, fast-track reasons per service. */
import { useState } from 'preact/hooks';
import type { SettingsAnswer } from '../../../shared/contracts/admin.ts';
import type { ServiceConfig } from '../../../shared/contracts/branch-config.ts';
import { FAST_TRACK_REASONS, type FastTrackReason } from '../../../shared/queue/ticket.ts';
import { saveSettings } from '../admin-api.ts';
import { Feedback, useSave } from '../Feedback.tsx';

export const REASON_LABEL: Record<FastTrackReason, string> = { pregnant: 'Ibu hamil', disability: 'Penyandang disabilitas', elderly: 'Lansia', eclaim: 'E-klaim' };

type Draft = ServiceConfig & { reasons: FastTrackReason[] };

function draftsOf(s: SettingsAnswer['settings']): Draft[] {
  const lists = s.fastTrack.reasonServices ?? {};
  return s.services.map((service) => ({ ...service, reasons: FAST_TRACK_REASONS.filter((r) => lists[r] === undefined || lists[r].includes(service.id)) }));
}

/** A reason every service offers is left out (it then applies to services added later too). */
function reasonServicesOf(drafts: Draft[]): Partial<Record<FastTrackReason, string[]>> {
  const out: Partial<Record<FastTrackReason, string[]>> = {};
  for (const r of FAST_TRACK_REASONS) {
    const ids = drafts.filter((d) => d.reasons.includes(r)).map((d) => d.id);
    if (ids.length !== drafts.length) out[r] = ids;
  }
  return out;
}

const bodyOf = (drafts: Draft[]) => ({
  services: drafts.map(({ reasons: _reasons, nameEn, descriptionEn, ...s }) => ({ ...s, ...(nameEn ? { nameEn } : {}), ...(descriptionEn ? { descriptionEn } : {}) })),
  reasonServices: reasonServicesOf(drafts),
});

export function ServicesSection({ answer, onSaved, isAdmin }: { answer: SettingsAnswer; onSaved: (a: SettingsAnswer) => void; isAdmin: boolean }) {
  const [drafts, setDrafts] = useState<Draft[]>(() => draftsOf(answer.settings));
  const { outcome, busy, run } = useSave((a) => {
    onSaved(a);
    if (a.pending === null || !a.pending.sections.includes('services')) setDrafts(draftsOf(a.settings));
  });
  const edit = (i: number, change: Partial<Draft>) => setDrafts((list) => list.map((d, j) => (j === i ? { ...d, ...change } : d)));
  const used = new Set(drafts.map((d) => d.prefix));
  const freeLetter = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'].find((l) => !used.has(l)) ?? '';
  return (
    <section class="card" aria-labelledby="services-title">
      <h2 id="services-title">Layanan</h2>
      <p class="note">Huruf layanan menjadi awal nomor antrean (A-001). Mengubah huruf atau menghapus layanan yang hari ini sudah punya nomor berlaku mulai hari layanan berikutnya.</p>
      {drafts.map((d, i) => (
        <fieldset key={i}>
          <legend>{d.name || `Layanan baru ${i + 1}`}</legend>
          <div class="grid2">
            <label>
              Id (huruf kecil, tetap)
              <input value={d.id} onInput={(e) => edit(i, { id: e.currentTarget.value.trim() })} />
            </label>
            <label>
              Huruf layanan
              <input value={d.prefix} maxLength={1} onInput={(e) => edit(i, { prefix: e.currentTarget.value.toUpperCase() })} />
            </label>
            <label>
              Nama (Indonesia)
              <input value={d.name} onInput={(e) => edit(i, { name: e.currentTarget.value })} />
            </label>
            <label>
              Nama (Inggris)
              <input value={d.nameEn ?? ''} onInput={(e) => edit(i, { nameEn: e.currentTarget.value })} />
            </label>
            <label>
              Keterangan (Indonesia)
              <input value={d.description} onInput={(e) => edit(i, { description: e.currentTarget.value })} />
            </label>
            <label>
              Keterangan (Inggris)
              <input value={d.descriptionEn ?? ''} onInput={(e) => edit(i, { descriptionEn: e.currentTarget.value })} />
            </label>
            <label>
              Lama layanan bawaan (menit)
              <input type="number" min={1} max={240} value={d.defaultServiceMinutes} onInput={(e) => edit(i, { defaultServiceMinutes: Number(e.currentTarget.value) })} />
            </label>
          </div>
          <fieldset>
            <legend>Jalur prioritas yang berlaku</legend>
            <div class="checks">
              {FAST_TRACK_REASONS.map((r) => (
                <label key={r}>
                  <input type="checkbox" checked={d.reasons.includes(r)} onChange={(e) => edit(i, { reasons: e.currentTarget.checked ? [...d.reasons, r] : d.reasons.filter((x) => x !== r) })} />
                  {REASON_LABEL[r]}
                </label>
              ))}
            </div>
          </fieldset>
          <button type="button" class="btn btn--danger" onClick={() => setDrafts((list) => list.filter((_, j) => j !== i))}>
            Hapus layanan {d.name}
          </button>
        </fieldset>
      ))}
      {isAdmin && (
      <div class="row">
        <button type="button" class="btn" onClick={() => setDrafts((list) => [...list, { id: '', prefix: freeLetter, name: '', description: '', defaultServiceMinutes: 10, reasons: [...FAST_TRACK_REASONS] }])}>
          Tambah layanan
        </button>
        <button type="button" class="btn btn--primary" disabled={busy} onClick={() => void run(() => saveSettings('services', bodyOf(drafts)))}>
          Simpan layanan
        </button>
      </div>
      )}
      {!isAdmin && <p class="note">Hanya administrator yang dapat mengubah bagian ini.</p>}
      <Feedback outcome={outcome} />
    </section>
  );
}
