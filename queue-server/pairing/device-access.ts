/**
 * The device half of access control (access-control.ts calls it for `kiosk` routes): which device
 * a request comes from, read from its X-Device-Token header, and whether the route admits it.
 * A header, not a cookie: a page on another site cannot make a browser send it (no CSRF to guard
 * against), and no device stream needs a credential (the board's and the tablet's event stream is
 * the public one, which carries only what a waiting-room screen shows).
 */
import type { Request } from 'express';
import { DEVICE_TOKEN_HEADER } from '../../shared/contracts/device-pairing.ts';
import { DEVICE_KIND_LABEL_ID, type DeviceKind } from '../../shared/contracts/device-kinds.ts';
import { AppError } from '../../shared/errors.ts';
import { KIOSK_ACTOR, type Actor } from '../engine/actor.ts';
import type { DeviceIdentity, DevicePairing } from './device-pairing.ts';

export function deviceTokenOf(req: Request): string | null {
  const value = req.get(DEVICE_TOKEN_HEADER);
  return value && /^[A-Za-z0-9_-]{43}$/.test(value) ? value : null;
}

export const identifyRequest = (pairing: DevicePairing, req: Request): DeviceIdentity => pairing.identify(deviceTokenOf(req), req.socket.remoteAddress ?? '');

/** deviceId and the counter a counter tablet stands at are null for this machine (trusted by address). */
export type Admission = { ok: true; actor: Actor; deviceId: number | null; deviceCounterId: string | null } | { ok: false; error: AppError };

const NOT_PAIRED: Record<'revoked' | 'pending' | 'unpaired', string> = {
  revoked: 'Perangkat ini sudah dicabut oleh administrator. Minta administrator memasangkannya kembali (Administrasi → Perangkat).',
  pending: 'Perangkat ini belum dipasangkan. Minta administrator memasangkan perangkat ini dengan kode di layarnya (Administrasi → Perangkat).',
  unpaired: 'Perangkat ini belum dipasangkan. Minta administrator memasangkan perangkat ini dengan kode di layarnya (Administrasi → Perangkat).',
};

export function admitDevice(pairing: DevicePairing, req: Request, kinds: readonly DeviceKind[]): Admission {
  const identity = identifyRequest(pairing, req);
  if (identity.state === 'trusted') return { ok: true, actor: KIOSK_ACTOR, deviceId: null, deviceCounterId: null };
  if (identity.state === 'paired' && identity.device) {
    const { device } = identity;
    if (!kinds.includes(device.kind)) {
      return { ok: false, error: new AppError({ code: 'kiosk.not_allowed', message: `Perangkat ini terpasang sebagai ${DEVICE_KIND_LABEL_ID[device.kind]} dan tidak dapat melakukan ini.`, details: { device: 'wrong_kind' } }) };
    }
    return { ok: true, actor: { userId: null, username: `device:${device.id}`, role: 'kiosk' }, deviceId: device.id, deviceCounterId: device.counterId };
  }
  const state = identity.state === 'paired' ? 'unpaired' : identity.state;
  return { ok: false, error: new AppError({ code: 'kiosk.not_allowed', message: NOT_PAIRED[state], details: { device: state } }) };
}
