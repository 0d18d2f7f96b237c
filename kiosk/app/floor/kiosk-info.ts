/**
 * The branch facts the kiosk reads from GET /api/kiosk/info, parsed with the contract's own schema
 * (shared/contracts/kiosk-floor.ts, zod/mini, loaded after the first screen). When the server cannot be asked, the kiosk keeps the
 * last answer, or these cautious defaults: no logo, no QR, issuing allowed (the server still
 * decides), every fast-track reason offered.
 */
import type { KioskInfo } from '../../../shared/contracts/kiosk-floor.ts';
import { answerParsers } from '../api/lazy-parsers.ts';
import { FAST_TRACK_REASONS, type FastTrackReason } from '../../../shared/queue/ticket.ts';

export const DEFAULT_KIOSK_INFO: KioskInfo = {
  branch: { code: '', name: '' },
  logoUrl: null,
  ticketStatusUrl: null,
  opening: { open: true, issuing: true, hours: { id: '', en: '' }, next: null },
  services: [],
};

export async function loadKioskInfo(fetchFn: (input: string, init: RequestInit) => Promise<Response>, baseUrl: string): Promise<KioskInfo | null> {
  try {
    const response = await fetchFn(`${baseUrl}/api/kiosk/info`, { headers: { accept: 'application/json' }, cache: 'no-store' });
    if (!response.ok) return null;
    const { parseOrNull, kioskInfoResponseSchema } = await answerParsers();
    return parseOrNull(kioskInfoResponseSchema, await response.json());
  } catch {
    return null;
  }
}

/** The reasons a service offers; all of them until the server said otherwise. */
export function offeredReasons(info: KioskInfo, serviceId: string | null): readonly FastTrackReason[] {
  const entry = info.services.find((s) => s.id === serviceId);
  return entry ? entry.fastTrackReasons : FAST_TRACK_REASONS;
}

/** The status page for the QR on screen, from the server's public address; never location.origin. */
export function ticketStatusUrlOf(info: KioskInfo, ticketId: string): string | null {
  return info.ticketStatusUrl === null ? null : info.ticketStatusUrl.replace('{id}', encodeURIComponent(ticketId));
}
