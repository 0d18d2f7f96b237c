/**
 * The kiosk's only local storage: an IndexedDB (Dexie) outbox for what a visitor must not lose
 * when the network blinks (complaints, survey answers, FAQ votes and usage). Each item carries its idempotency key
 * (also its primary key), so resending after a crash or a lost answer never makes a second
 * record on the server. Nothing else about visitors is stored on the kiosk.
 */
import { Dexie, type Table } from 'dexie';

export const OUTBOX_KINDS = ['complaint', 'survey', 'faq-feedback', 'faq-usage'] as const;
export type OutboxKind = (typeof OUTBOX_KINDS)[number];

export interface OutboxItem {
  /** Idempotency-Key sent with every attempt; primary key. */
  key: string;
  kind: OutboxKind;
  /** Same-origin API path, e.g. "/api/complaints". */
  path: string;
  /** JSON body exactly as it will be sent. */
  body: string;
  createdAt: number;
  attempts: number;
  /** Not before this time (epoch ms); grows with every failed attempt. */
  nextAttemptAt: number;
  /** pending: will be sent; rejected: the server said no (4xx), kept for staff, never resent. */
  state: 'pending' | 'rejected';
  lastError: string | null;
}

export type KioskDatabase = Dexie & { outbox: Table<OutboxItem, string> };

export interface DatabaseDeps {
  /** For tests: a fake-indexeddb factory and key range. */
  indexedDB?: IDBFactory;
  IDBKeyRange?: typeof IDBKeyRange;
}

export function openKioskDatabase(deps: DatabaseDeps = {}, name = 'kios-k'): KioskDatabase {
  const options = deps.indexedDB && deps.IDBKeyRange ? { indexedDB: deps.indexedDB, IDBKeyRange: deps.IDBKeyRange } : undefined;
  const db = new Dexie(name, options);
  // Version steps are append-only: add version(2) with an upgrade, never edit version(1).
  db.version(1).stores({ outbox: 'key, kind, state, nextAttemptAt, createdAt' });
  return Object.assign(db, { outbox: db.table<OutboxItem, string>('outbox') });
}
