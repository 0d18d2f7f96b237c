/**
 * The device's credential (README "Device pairing"): kept in localStorage, one per device kind (a
 * PC may show the kiosk and the board in one browser), sent in the X-Device-Token header by
 * deviceFetch, the fetch every kiosk, board and tablet request goes through. A refusal because
 * the device is not paired (403 kiosk.not_allowed) tells the pairing gate to check at once.
 */
import { DEVICE_TOKEN_HEADER, type DeviceKind } from '../../shared/contracts/device-kinds.ts';

export const DEVICE_REFUSED_EVENT = 'kios-k:device-refused';

let pageKind: DeviceKind = 'kiosk';

/** The page's entry says which device it is (the kiosk, the tablet, the board). */
export function setDeviceKind(kind: DeviceKind): void {
  pageKind = kind;
}

const storageKey = (kind: DeviceKind) => `kios-k.device-token.${kind}`;

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // storage switched off: the device stays unpaired, the server says so
  }
}

export const readDeviceToken = (kind: DeviceKind = pageKind): string | null => storage()?.getItem(storageKey(kind)) ?? null;
export const storeDeviceToken = (token: string, kind: DeviceKind = pageKind): void => storage()?.setItem(storageKey(kind), token);
export const forgetDeviceToken = (kind: DeviceKind = pageKind): void => storage()?.removeItem(storageKey(kind));

export async function deviceFetch(input: string, init: RequestInit = {}): Promise<Response> {
  const token = readDeviceToken();
  const headers = new Headers(init.headers);
  if (token) headers.set(DEVICE_TOKEN_HEADER, token);
  const response = await fetch(input, { ...init, headers });
  if (response.status === 403 && typeof window !== 'undefined') {
    void response
      .clone()
      .json()
      .then((body: unknown) => {
        const code = typeof body === 'object' && body !== null && 'error' in body && typeof body.error === 'object' && body.error !== null && 'code' in body.error ? body.error.code : null;
        if (code === 'kiosk.not_allowed') window.dispatchEvent(new Event(DEVICE_REFUSED_EVENT));
      })
      .catch(() => undefined);
  }
  return response;
}
