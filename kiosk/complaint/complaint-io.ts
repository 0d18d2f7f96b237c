/**
 * The complaint flow's IO: categories, the submission through the kiosk's Dexie outbox (on disk
 * first, with its Idempotency-Key, then sent; when the server cannot be reached it stays in the
 * outbox and the sender delivers it later, exactly once), the receipt print, suggestions, lookup.
 */
import { categoriesResponseSchema, complaintReceiptSchema, publicComplaintSchema } from '../../shared/contracts/complaints.ts';
import type { PrintOutcome } from '../../shared/contracts/http.ts';
import type { ComplaintCategory } from '../../shared/complaints/categories.ts';
import { errorOf } from '../../shared/contracts/wire.ts';
import { KioskRequestError } from '../app/api/request-error.ts';
import type { ComplaintSubmission, LookupResult, SubmitResult } from '../flows/complaint.machine.ts';
import { createOutboxSender, enqueue, httpOutboxSend, type OutboxSender } from '../store/outbox.ts';
import { openKioskDatabase, type KioskDatabase } from '../store/outbox-db.ts';
import { deviceFetch } from '../device/device-fetch.ts';

const TIMEOUT_MS = 8_000;
const JSON_HEADERS = { 'content-type': 'application/json', accept: 'application/json' };

export interface ComplaintIo {
  loadCategories(): Promise<ComplaintCategory[]>;
  submitComplaint(submission: ComplaintSubmission): Promise<SubmitResult>;
  printReceipt(input: { reference: string; code: string }): Promise<PrintOutcome>;
  submitSuggestion(input: { text: string; idempotencyKey: string }): Promise<void>;
  lookup(input: { reference: string; code: string }): Promise<LookupResult>;
}

type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

async function request(fetchFn: FetchLike, url: string, init: RequestInit): Promise<Response> {
  try {
    return await fetchFn(url, { ...init, signal: AbortSignal.timeout(TIMEOUT_MS) });
  } catch (error) {
    throw new KioskRequestError('offline', null, null, { cause: error });
  }
}

async function refusal(response: Response): Promise<KioskRequestError> {
  const body: unknown = await response.json().catch(() => null);
  return new KioskRequestError(response.status === 429 || response.status >= 500 ? 'server' : 'rejected', errorOf(body), response.status);
}

export function createComplaintIo(deps: { baseUrl: string; fetch: FetchLike; db: KioskDatabase | null; sender: OutboxSender | null; now?: () => number }): ComplaintIo {
  const { baseUrl } = deps;
  const clock = { now: deps.now ?? Date.now };
  return {
    async loadCategories() {
      const res = await request(deps.fetch, `${baseUrl}/api/complaints/categories`, { headers: { accept: 'application/json' }, cache: 'no-store' });
      if (!res.ok) throw await refusal(res);
      return categoriesResponseSchema.parse(await res.json()).categories;
    },

    async submitComplaint({ body, idempotencyKey }) {
      let kept = false;
      if (deps.db) {
        try {
          await enqueue(deps.db, { kind: 'complaint', path: '/api/complaints', body, key: idempotencyKey }, clock);
          kept = true;
        } catch {
          kept = false; // IndexedDB broken: still try to send directly, but never claim it is kept.
        }
      }
      let res: Response;
      try {
        res = await request(deps.fetch, `${baseUrl}/api/complaints`, { method: 'POST', headers: { ...JSON_HEADERS, 'idempotency-key': idempotencyKey }, body: JSON.stringify(body) });
      } catch (error) {
        if (kept) return { kind: 'queued' };
        throw error;
      }
      if (res.status === 201) {
        const receipt = complaintReceiptSchema.parse(await res.json()).complaint;
        if (kept && deps.db) await deps.db.outbox.delete(idempotencyKey).catch(() => undefined);
        return { kind: 'accepted', receipt };
      }
      const error = await refusal(res);
      if (error.retryable && kept) return { kind: 'queued' };
      if (kept && deps.db) await deps.db.outbox.update(idempotencyKey, { state: 'rejected', lastError: `HTTP ${res.status}` }).catch(() => undefined);
      throw error;
    },

    async printReceipt(input) {
      const res = await request(deps.fetch, `${baseUrl}/api/complaints/receipt`, { method: 'POST', headers: JSON_HEADERS, body: JSON.stringify(input) });
      if (!res.ok) throw await refusal(res);
      const body = (await res.json()) as { print: PrintOutcome };
      return body.print;
    },

    async submitSuggestion({ text, idempotencyKey }) {
      const res = await request(deps.fetch, `${baseUrl}/api/suggestions`, { method: 'POST', headers: { ...JSON_HEADERS, 'idempotency-key': idempotencyKey }, body: JSON.stringify({ text }) });
      if (res.status !== 201) throw await refusal(res);
    },

    async lookup({ reference, code }) {
      const res = await request(deps.fetch, `${baseUrl}/api/complaints/lookup?reference=${encodeURIComponent(reference)}&code=${encodeURIComponent(code)}`, { headers: { accept: 'application/json' }, cache: 'no-store' });
      if (!res.ok) throw await refusal(res);
      return publicComplaintSchema.parse(await res.json()).complaint;
    },
  };
}

let browserIo: ComplaintIo | null = null;

/** One outbox sender per page load, delivering kept complaints every few seconds. */
export function browserComplaintIo(baseUrl: string): ComplaintIo {
  if (browserIo) return browserIo;
  const fetchFn: FetchLike = deviceFetch;
  try {
    const db = openKioskDatabase();
    const sender = createOutboxSender({ db, send: httpOutboxSend(fetchFn, baseUrl), clock: { now: Date.now } });
    sender.start(5_000);
    browserIo = createComplaintIo({ baseUrl, fetch: fetchFn, db, sender });
  } catch {
    // No IndexedDB (private mode, broken profile): complaints are still sent, never claimed kept.
    browserIo = createComplaintIo({ baseUrl, fetch: fetchFn, db: null, sender: null });
  }
  return browserIo;
}
