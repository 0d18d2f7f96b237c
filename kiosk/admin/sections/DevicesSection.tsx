/**
 * Perangkat: pair a kiosk, counter tablet or board with the code on its screen, list the paired
 * devices with when each was last seen, rename and revoke (README "Device pairing"). The branch
 * head sees the list; only an administrator changes it. Every change is in the audit trail.
 */
import { useEffect, useState } from 'preact/hooks';
import { deviceAnswerSchema, deviceListAnswerSchema, type DeviceRecordDto } from '../../../shared/contracts/device-pairing.ts';
import { DEVICE_KINDS, DEVICE_KIND_LABEL_ID, type DeviceKind, type DevicePairingMode } from '../../../shared/contracts/device-kinds.ts';
import { api, messageOf } from '../admin-api.ts';
import { Feedback, type Outcome } from '../Feedback.tsx';

const when = (iso: string | null, timeZone: string) =>
  iso === null ? 'belum terlihat sejak server dinyalakan' : new Date(iso).toLocaleString('id-ID', { timeZone, day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', second: '2-digit' });

const EMPTY_FORM = { code: '', name: '', kind: 'kiosk' as DeviceKind, counterId: '' };

export function DevicesSection({ counters, isAdmin, timeZone }: { counters: readonly { id: string; name: string }[]; isAdmin: boolean; timeZone: string }) {
  const [devices, setDevices] = useState<DeviceRecordDto[]>([]);
  const [mode, setMode] = useState<DevicePairingMode | null>(null);
  const [form, setForm] = useState(EMPTY_FORM);
  const [renaming, setRenaming] = useState<{ id: number; name: string } | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const load = () =>
    api
      .request('/api/admin/devices', deviceListAnswerSchema)
      .then((a) => {
        setDevices(a?.devices ?? []);
        setMode(a?.mode ?? null);
      })
      .catch((e: unknown) => setOutcome({ text: messageOf(e), error: true }));
  useEffect(() => void load(), []);

  async function run(action: () => Promise<string>): Promise<void> {
    try {
      setOutcome({ text: await action(), error: false });
      await load();
    } catch (e) {
      setOutcome({ text: messageOf(e), error: true });
    }
  }
  const pair = (e: Event) => {
    e.preventDefault();
    void run(async () => {
      const body = { code: form.code, name: form.name, kind: form.kind, ...(form.kind === 'counter_tablet' ? { counterId: form.counterId || null } : {}) };
      const a = await api.request('/api/admin/devices/pair', deviceAnswerSchema, { method: 'POST', body });
      setForm(EMPTY_FORM);
      return `${a?.device.name ?? form.name} dipasangkan sebagai ${DEVICE_KIND_LABEL_ID[form.kind]}. Layar perangkat berlanjut sendiri dalam beberapa detik.`;
    });
  };
  const rename = (e: Event) => {
    e.preventDefault();
    if (!renaming) return;
    void run(async () => {
      const a = await api.request(`/api/admin/devices/${renaming.id}/rename`, deviceAnswerSchema, { method: 'POST', body: { name: renaming.name } });
      setRenaming(null);
      return `Nama perangkat diganti menjadi ${a?.device.name ?? renaming.name}.`;
    });
  };
  const revoke = (d: DeviceRecordDto) =>
    void run(async () => {
      await api.request(`/api/admin/devices/${d.id}/revoke`, deviceAnswerSchema, { method: 'POST', body: {} });
      return `${d.name} dicabut. Layarnya kembali ke kode pemasangan; pasangkan lagi dengan kode baru bila perlu.`;
    });
  const counterName = (id: string | null) => (id === null ? '—' : (counters.find((c) => c.id === id)?.name ?? id));

  return (
    <section class="card" aria-labelledby="devices-title">
      <h2 id="devices-title">Perangkat</h2>
      <p class="note">
        Kios-K, tablet survei loket dan papan antrean yang belum dipasangkan menampilkan kode enam angka. Perangkat yang belum dipasangkan tidak dapat mengambil nomor, mengirim
        pengaduan, memanggil petugas, atau membuka survei loket.
        {mode === 'loopback-trusted' && ' Komputer server ini (dan alamat kiosk.allowedAddresses di berkas cabang) dianggap sudah terpasang (DEVICE_PAIRING=loopback-trusted).'}
        {mode === 'required' && ' Setiap perangkat harus dipasangkan, termasuk komputer server ini (DEVICE_PAIRING=required).'}
      </p>
      {isAdmin && (
        <form onSubmit={pair}>
          <fieldset>
            <legend>Pasangkan perangkat</legend>
            <div class="grid2">
              <label>
                Kode di layar perangkat
                <input name="pair-code" inputMode="numeric" autoComplete="off" placeholder="4821-93" value={form.code} onInput={(e) => setForm((f) => ({ ...f, code: e.currentTarget.value }))} />
              </label>
              <label>
                Nama perangkat
                <input name="pair-name" autoComplete="off" placeholder="Kios lobi" value={form.name} onInput={(e) => setForm((f) => ({ ...f, name: e.currentTarget.value }))} />
              </label>
              <label>
                Jenis perangkat
                <select name="pair-kind" value={form.kind} onChange={(e) => setForm((f) => ({ ...f, kind: DEVICE_KINDS.find((k) => k === e.currentTarget.value) ?? 'kiosk' }))}>
                  {DEVICE_KINDS.map((k) => (
                    <option key={k} value={k}>
                      {DEVICE_KIND_LABEL_ID[k]}
                    </option>
                  ))}
                </select>
              </label>
              {form.kind === 'counter_tablet' && (
                <label>
                  Loket tablet ini
                  <select name="pair-counter" value={form.counterId} onChange={(e) => setForm((f) => ({ ...f, counterId: e.currentTarget.value }))}>
                    <option value="">Pilih loket</option>
                    {counters.map((c) => (
                      <option key={c.id} value={c.id}>
                        {c.name}
                      </option>
                    ))}
                  </select>
                </label>
              )}
            </div>
            <button type="submit" class="btn btn--primary">
              Pasangkan
            </button>
          </fieldset>
        </form>
      )}
      <Feedback outcome={outcome} />
      {devices.length === 0 ? (
        <p class="note">Belum ada perangkat yang dipasangkan.</p>
      ) : (
        <table class="list">
          <thead>
            <tr>
              <th scope="col">Nama</th>
              <th scope="col">Jenis</th>
              <th scope="col">Loket</th>
              <th scope="col">Dipasangkan</th>
              <th scope="col">Terakhir terlihat</th>
              <th scope="col">Status</th>
              {isAdmin && <th scope="col">Tindakan</th>}
            </tr>
          </thead>
          <tbody>
            {devices.map((d) => (
              <tr key={d.id}>
                <td>
                  {renaming?.id === d.id ? (
                    <form class="row" onSubmit={rename}>
                      <label>
                        Nama baru untuk {d.name}
                        <input name="rename" value={renaming.name} onInput={(e) => setRenaming({ id: d.id, name: e.currentTarget.value })} />
                      </label>
                      <button type="submit" class="btn btn--primary">
                        Simpan nama
                      </button>
                      <button type="button" class="btn" onClick={() => setRenaming(null)}>
                        Batal
                      </button>
                    </form>
                  ) : (
                    d.name
                  )}
                </td>
                <td>{DEVICE_KIND_LABEL_ID[d.kind]}</td>
                <td>{counterName(d.counterId)}</td>
                <td>
                  {when(d.pairedAt, timeZone)} oleh {d.pairedBy}
                </td>
                <td>{d.state === 'paired' ? when(d.lastSeenAt, timeZone) : '—'}</td>
                <td>{d.state === 'paired' ? 'Terpasang' : `Dicabut ${when(d.revokedAt, timeZone)}`}</td>
                {isAdmin && (
                  <td class="row">
                    {d.state === 'paired' && (
                      <>
                        <button type="button" class="btn" onClick={() => setRenaming({ id: d.id, name: d.name })}>
                          Ganti nama {d.name}
                        </button>
                        <button type="button" class="btn" onClick={() => revoke(d)}>
                          Cabut {d.name}
                        </button>
                      </>
                    )}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
