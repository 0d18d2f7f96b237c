/**
 * The branch facts the kiosk reads from GET /api/kiosk/info (shared/contracts/kiosk-floor.ts),
 * parsed field by field like the rest of the kiosk's answers (no zod in the kiosk entry). When the
 * server cannot be asked, the kiosk keeps the last answer, or these cautious defaults: no logo,
 * no QR, issuing allowed (the server still decides), every fast-track reason offered.
 */
import type { KioskInfo } from '../../../shared/contracts/kiosk-floor.ts';
import { FAST_TRACK_REASONS, type FastTrackReason } from '../../../shared/queue/ticket.ts';
import { arrayOf, FAIL, nullable, oneOf, record, str } from '../api/validate.ts';

export const DEFAULT_KIOSK_INFO: KioskInfo = {
  branch: { code: '', name: '' },
  logoUrl: null,
  ticketStatusUrl: null,
  opening: { open: true, issuing: true, hours: { id: '', en: '' }, next: null },
  services: [],
};

const text = str({ max: 300 });
const bool = (v: unknown): boolean | typeof FAIL => (typeof v === 'boolean' ? v : FAIL);

function pair(value: unknown): { id: string; en: string } | typeof FAIL {
  const v = record(value);
  if (v === FAIL) return FAIL;
  const id = text(v.id);
  const en = text(v.en);
  return id === FAIL || en === FAIL ? FAIL : { id, en };
}

function service(value: unknown): { id: string; fastTrackReasons: FastTrackReason[] } | typeof FAIL {
  const v = record(value);
  if (v === FAIL) return FAIL;
  const id = str({ min: 1, max: 64 })(v.id);
  const reasons = arrayOf(oneOf(FAST_TRACK_REASONS), 10)(v.fastTrackReasons);
  return id === FAIL || reasons === FAIL ? FAIL : { id, fastTrackReasons: reasons };
}

export function parseKioskInfo(body: unknown): KioskInfo | typeof FAIL {
  const v = record(body);
  if (v === FAIL) return FAIL;
  const branch = record(v.branch);
  const opening = record(v.opening);
  if (branch === FAIL || opening === FAIL) return FAIL;
  const code = text(branch.code);
  const name = text(branch.name);
  const logoUrl = nullable(str({ min: 1, max: 300, pattern: /^\/[A-Za-z0-9/._-]*$/ }))(v.logoUrl);
  const ticketStatusUrl = nullable(str({ min: 1, max: 300, pattern: /^https?:\/\/[^\s]+\{id\}/ }))(v.ticketStatusUrl);
  const open = bool(opening.open);
  const issuing = bool(opening.issuing);
  const hours = pair(opening.hours);
  const next = opening.next === null ? null : pair(opening.next);
  const services = arrayOf(service, 50)(v.services);
  if (code === FAIL || name === FAIL || logoUrl === FAIL || ticketStatusUrl === FAIL || open === FAIL || issuing === FAIL || hours === FAIL || next === FAIL || services === FAIL) return FAIL;
  return { branch: { code, name }, logoUrl, ticketStatusUrl, opening: { open, issuing, hours, next }, services };
}

export async function loadKioskInfo(fetchFn: (input: string, init: RequestInit) => Promise<Response>, baseUrl: string): Promise<KioskInfo | null> {
  try {
    const response = await fetchFn(`${baseUrl}/api/kiosk/info`, { headers: { accept: 'application/json' }, cache: 'no-store' });
    if (!response.ok) return null;
    const parsed = parseKioskInfo(await response.json());
    return parsed === FAIL ? null : parsed;
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
