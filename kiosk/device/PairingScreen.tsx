/** The pairing screen: the code, big enough to read from the administrator's desk, and what to do. */
import { DEVICE_KIND_LABEL_ID, type DeviceKind } from '../../shared/contracts/device-kinds.ts';
import './pairing.css';

export type PairingView = { kind: 'code'; code: string; expiresAt: string; revoked: boolean } | { kind: 'busy'; revoked: boolean };

const clock = (iso: string) => new Date(iso).toLocaleTimeString('id-ID', { hour: '2-digit', minute: '2-digit' }).replace(':', '.');

export function PairingScreen({ view, deviceKind }: { view: PairingView; deviceKind: DeviceKind }) {
  return (
    <main class="pairing" lang="id" data-testid="pairing-screen">
      <h1 class="pairing__title">{view.revoked ? 'Perangkat ini dicabut oleh administrator' : 'Perangkat ini belum dipasangkan'}</h1>
      {view.kind === 'code' ? (
        <>
          <p class="pairing__ask">Minta administrator memasangkan perangkat ini: kode</p>
          <p class="pairing__code" data-testid="pairing-code">
            {view.code}
          </p>
          <p class="pairing__how">
            Di komputer petugas: Administrasi → Perangkat → masukkan kode ini, nama, dan jenis <strong>{DEVICE_KIND_LABEL_ID[deviceKind]}</strong>. Layar ini
            berlanjut sendiri setelah dipasangkan. Kode berlaku sampai pukul {clock(view.expiresAt)}; setelah itu kode baru muncul sendiri.
          </p>
          <p class="pairing__en" lang="en">
            This device is not paired yet. Ask an administrator to pair it with the code above.
          </p>
        </>
      ) : (
        <p class="pairing__how" role="status">
          Sudah ada kode pemasangan yang menunggu dari perangkat ini. Kode baru diminta lagi dalam 30 detik.
        </p>
      )}
    </main>
  );
}
