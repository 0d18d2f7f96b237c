/**
 * One outbox sender for the whole kiosk page. Each lazy screen (complaint, survey, FAQ vote)
 * starts its own sender when it first opens; after a kiosk reload, something a visitor left in the
 * outbox while the server was away would otherwise wait until someone opened that screen again.
 * The sender delivers every kind; a second sender sending the same item is harmless, because each
 * carries its Idempotency-Key and the server answers a resend with the first answer.
 */
import { openKioskDatabase } from '../store/outbox-db.ts';
import { createOutboxSender, httpOutboxSend } from '../store/outbox.ts';
import { deviceFetch } from '../device/device-fetch.ts';

const EVERY_MS = 10_000;

export function startKeptDeliveries(baseUrl: string): () => void {
  const db = openKioskDatabase();
  const sender = createOutboxSender({ db, send: httpOutboxSend(deviceFetch, baseUrl), clock: { now: Date.now } });
  return sender.start(EVERY_MS);
}
