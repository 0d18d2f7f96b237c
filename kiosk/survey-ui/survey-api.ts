/**
 * The survey's doors to the queue-server (same origin) and its outbox. Answers never go straight
 * to the network: they are written to the kiosk's IndexedDB outbox first (Dexie), sent with their
 * Idempotency-Key, and deleted from the device once the server has them.
 */
import { invitationResponseSchema, pendingInvitationResponseSchema, type SurveyInvitation } from '../../shared/contracts/survey.ts';
import { errorOf } from '../../shared/contracts/wire.ts';
import { KioskRequestError } from '../app/api/request-error.ts';
import type { SaveRequest } from '../flows/survey.machine.ts';
import { createOutboxSender, enqueue, httpOutboxSend, type OutboxSender } from '../store/outbox.ts';
import { openKioskDatabase, type KioskDatabase, type OutboxKind } from '../store/outbox-db.ts';
import { deviceFetch } from '../device/device-fetch.ts';

type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

export interface SurveyApi {
  claim(text: string, signal: AbortSignal): Promise<SurveyInvitation>;
  pending(counterId: string, signal: AbortSignal): Promise<SurveyInvitation | null>;
  describe(token: string, signal: AbortSignal): Promise<{ invitation: SurveyInvitation; answered: boolean }>;
  counterName(counterId: string, signal: AbortSignal): Promise<string | null>;
  save(request: SaveRequest): Promise<void>;
}


async function getJson(fetchFn: FetchLike, url: string, init: RequestInit): Promise<unknown> {
  let res: Response;
  try {
    res = await fetchFn(url, { ...init, headers: { accept: 'application/json', ...(init.body ? { 'content-type': 'application/json' } : {}) }, cache: 'no-store' });
  } catch (error) {
    throw new KioskRequestError(init.signal?.aborted ? 'timeout' : 'offline', null, null, { cause: error });
  }
  const body: unknown = await res.json().catch(() => undefined);
  if (res.ok) return body;
  if (res.status === 429 || res.status >= 500) throw new KioskRequestError('server', null, res.status);
  throw new KioskRequestError('rejected', errorOf(body), res.status);
}

export const SURVEY_KIND = 'survey' satisfies OutboxKind;

export function createSurveyApi(deps: { baseUrl: string; fetch: FetchLike; db: KioskDatabase; sender: OutboxSender; now?: () => number }): SurveyApi {
  const clock = { now: deps.now ?? Date.now };
  const parse = <T>(schema: { safeParse: (v: unknown) => { success: true; data: T } | { success: false } }, body: unknown): T => {
    const parsed = schema.safeParse(body);
    if (!parsed.success) throw new KioskRequestError('invalid');
    return parsed.data;
  };
  return {
    async claim(text, signal) {
      const body = await getJson(deps.fetch, `${deps.baseUrl}/api/surveys/claim`, { method: 'POST', body: JSON.stringify({ ticket: text }), signal });
      return parse(invitationResponseSchema, body).invitation;
    },
    async pending(counterId, signal) {
      const body = await getJson(deps.fetch, `${deps.baseUrl}/api/surveys/counters/${encodeURIComponent(counterId)}/pending`, { method: 'GET', signal });
      return parse(pendingInvitationResponseSchema, body).invitation;
    },
    async describe(token, signal) {
      return parse(invitationResponseSchema, await getJson(deps.fetch, `${deps.baseUrl}/api/surveys/invitations/${encodeURIComponent(token)}`, { method: 'GET', signal }));
    },
    async counterName(counterId, signal) {
      const body = await getJson(deps.fetch, `${deps.baseUrl}/api/counters`, { method: 'GET', signal });
      const counters = typeof body === 'object' && body !== null && 'counters' in body && Array.isArray(body.counters) ? (body.counters as unknown[]) : [];
      for (const c of counters) {
        if (typeof c === 'object' && c !== null && 'id' in c && c.id === counterId && 'name' in c && typeof c.name === 'string') return c.name;
      }
      return null;
    },
    async save(request) {
      // On disk before the visitor is thanked; delivered now if the network is up, else later.
      await enqueue(deps.db, { kind: SURVEY_KIND, path: '/api/surveys', body: request.body, key: request.idempotencyKey }, clock);
      void deps.sender.flush().catch(() => 0);
    },
  };
}

let browserApi: SurveyApi | null = null;

/** One outbox sender per page; `flushSeconds` is how often undelivered answers are retried. */
export function browserSurveyApi(flushSeconds = 10): SurveyApi {
  if (browserApi) return browserApi;
  const db = openKioskDatabase();
  const fetchFn: FetchLike = deviceFetch;
  const sender = createOutboxSender({ db, send: httpOutboxSend(fetchFn, location.origin), clock: { now: Date.now } });
  sender.start(flushSeconds * 1000);
  browserApi = createSurveyApi({ baseUrl: location.origin, fetch: fetchFn, db, sender });
  return browserApi;
}
