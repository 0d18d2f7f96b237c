/**
 * Shows the page (kiosk, board, counter tablet) while this device is paired or trusted, and the
 * pairing screen otherwise: it asks the server for a code, shows it big, and checks every 3 s
 * until an administrator has paired it, then continues by itself. Once paired it checks every
 * 20 s (and at once when the server refuses a request), so a revoked device returns to its code.
 * Offline, the page stays as it is: the server decides what a device may do, not this screen.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { DeviceSelfAnswer } from '../../shared/contracts/device-pairing.ts';
import type { DeviceKind } from '../../shared/contracts/device-kinds.ts';
import { answerParsers } from '../app/api/lazy-parsers.ts';
import { DEVICE_REFUSED_EVENT, deviceFetch, forgetDeviceToken, setDeviceKind, storeDeviceToken } from './device-fetch.ts';
import { PairingScreen, type PairingView } from './PairingScreen.tsx';

const PENDING_POLL_MS = 3_000;
const PAIRED_POLL_MS = 20_000;
const BUSY_RETRY_MS = 30_000;

type View = { kind: 'ready' } | PairingView;

async function readSelf(): Promise<DeviceSelfAnswer | null> {
  const res = await deviceFetch('/api/devices/me', { headers: { accept: 'application/json' }, cache: 'no-store' });
  if (!res.ok) return null;
  const { parseOrNull, deviceSelfAnswerSchema } = await answerParsers();
  return parseOrNull(deviceSelfAnswerSchema, await res.json());
}

/** null when the server refuses a new code for now (too many waiting from this address). */
async function requestCode(kind: DeviceKind): Promise<{ code: string; expiresAt: string } | null> {
  const res = await deviceFetch('/api/devices/pairing-requests', { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json' }, body: JSON.stringify({ kind }) });
  if (!res.ok) return null;
  const { parseOrNull, pairingRequestAnswerSchema } = await answerParsers();
  const answer = parseOrNull(pairingRequestAnswerSchema, await res.json());
  if (!answer) return null;
  storeDeviceToken(answer.token, kind);
  return { code: answer.code, expiresAt: answer.expiresAt };
}

export function DeviceGate({ kind, children }: { kind: DeviceKind; children: ComponentChildren }) {
  setDeviceKind(kind);
  const [view, setView] = useState<View>({ kind: 'ready' });

  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const later = (ms: number) => {
      clearTimeout(timer);
      if (!stopped) timer = setTimeout(() => void check(), ms);
    };
    // One check at a time: a refusal heard during a check runs one more after it (never two codes at once).
    let running = false;
    let again = false;
    async function check(): Promise<void> {
      if (running) {
        again = true;
        return;
      }
      running = true;
      try {
        await checkOnce();
      } finally {
        running = false;
        if (again && !stopped) {
          again = false;
          void check();
        }
      }
    }
    async function checkOnce(): Promise<void> {
      let self: DeviceSelfAnswer | null;
      try {
        self = await readSelf();
      } catch {
        return later(PENDING_POLL_MS); // offline: keep what is shown
      }
      if (stopped) return;
      if (!self) return later(PENDING_POLL_MS);
      if (self.state === 'trusted' || self.state === 'paired') {
        setView({ kind: 'ready' });
        return later(PAIRED_POLL_MS);
      }
      if (self.state === 'pending' && self.pairing) {
        setView({ kind: 'code', code: self.pairing.code, expiresAt: self.pairing.expiresAt, revoked: false });
        return later(PENDING_POLL_MS);
      }
      // Unpaired, an expired code, or revoked: a fresh credential and code.
      const revoked = self.state === 'revoked';
      forgetDeviceToken(kind);
      const fresh = await requestCode(kind).catch(() => null);
      if (stopped) return;
      if (!fresh) {
        setView({ kind: 'busy', revoked });
        return later(BUSY_RETRY_MS);
      }
      setView({ kind: 'code', code: fresh.code, expiresAt: fresh.expiresAt, revoked });
      later(PENDING_POLL_MS);
    }
    const now = () => void check();
    window.addEventListener(DEVICE_REFUSED_EVENT, now);
    void check();
    return () => {
      stopped = true;
      clearTimeout(timer);
      window.removeEventListener(DEVICE_REFUSED_EVENT, now);
    };
  }, [kind]);

  return view.kind === 'ready' ? <>{children}</> : <PairingScreen view={view} deviceKind={kind} />;
}
