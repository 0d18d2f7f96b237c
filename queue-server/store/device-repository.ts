/** Paired devices (kiosks, counter tablets, boards) and their pending pairing codes. */
import { z } from 'zod';
import { DEVICE_KINDS, type DeviceKind } from '../../shared/contracts/device-kinds.ts';
import type { Db } from './database.ts';
import { rowParser } from './rows.ts';

export interface StoredDevice {
  id: number;
  kind: DeviceKind;
  state: 'pending' | 'paired' | 'revoked';
  pairingCode: string | null;
  codeExpiresAt: number | null;
  requestedFrom: string;
  requestedAt: number;
  name: string | null;
  counterId: string | null;
  pairedAt: number | null;
  pairedBy: string | null;
  revokedAt: number | null;
  revokedBy: string | null;
}

const device = rowParser(
  'devices',
  z
    .object({
      id: z.number().int(),
      kind: z.enum(DEVICE_KINDS),
      state: z.enum(['pending', 'paired', 'revoked']),
      pairing_code: z.string().nullable(),
      code_expires_at: z.number().int().nullable(),
      requested_from: z.string(),
      requested_at: z.number().int(),
      name: z.string().nullable(),
      counter_id: z.string().nullable(),
      paired_at: z.number().int().nullable(),
      paired_by: z.string().nullable(),
      revoked_at: z.number().int().nullable(),
      revoked_by: z.string().nullable(),
    })
    .transform(
      (r): StoredDevice => ({
        id: r.id,
        kind: r.kind,
        state: r.state,
        pairingCode: r.pairing_code,
        codeExpiresAt: r.code_expires_at,
        requestedFrom: r.requested_from,
        requestedAt: r.requested_at,
        name: r.name,
        counterId: r.counter_id,
        pairedAt: r.paired_at,
        pairedBy: r.paired_by,
        revokedAt: r.revoked_at,
        revokedBy: r.revoked_by,
      }),
    ),
);
const count = rowParser('devices', z.object({ n: z.number().int() }));

const COLUMNS = 'id, kind, state, pairing_code, code_expires_at, requested_from, requested_at, name, counter_id, paired_at, paired_by, revoked_at, revoked_by';

export class DeviceRepository {
  private readonly s;

  constructor(db: Db) {
    this.s = {
      insertPending: db.prepare(
        "INSERT INTO devices (token_hash, kind, state, pairing_code, code_expires_at, requested_from, requested_at) VALUES (?, ?, 'pending', ?, ?, ?, ?)",
      ),
      byId: db.prepare(`SELECT ${COLUMNS} FROM devices WHERE id = ?`),
      byTokenHash: db.prepare(`SELECT ${COLUMNS} FROM devices WHERE token_hash = ?`),
      pendingByCode: db.prepare(`SELECT ${COLUMNS} FROM devices WHERE state = 'pending' AND pairing_code = ? AND code_expires_at > ?`),
      pendingCount: db.prepare("SELECT COUNT(*) AS n FROM devices WHERE state = 'pending' AND code_expires_at > ?"),
      pendingCountFrom: db.prepare("SELECT COUNT(*) AS n FROM devices WHERE state = 'pending' AND code_expires_at > ? AND requested_from = ?"),
      deleteStalePending: db.prepare("DELETE FROM devices WHERE state = 'pending' AND code_expires_at <= ?"),
      pair: db.prepare(
        "UPDATE devices SET state = 'paired', pairing_code = NULL, code_expires_at = NULL, name = ?, counter_id = ?, paired_at = ?, paired_by = ? WHERE id = ? AND state = 'pending'",
      ),
      rename: db.prepare("UPDATE devices SET name = ? WHERE id = ? AND state = 'paired'"),
      revoke: db.prepare("UPDATE devices SET state = 'revoked', revoked_at = ?, revoked_by = ? WHERE id = ? AND state = 'paired'"),
      listPaired: db.prepare(`SELECT ${COLUMNS} FROM devices WHERE state IN ('paired', 'revoked') ORDER BY state = 'revoked', name COLLATE NOCASE, id`),
    };
  }

  insertPending(input: { tokenHash: string; kind: DeviceKind; code: string; expiresAt: number; from: string; at: number }): StoredDevice {
    const id = Number(this.s.insertPending.run(input.tokenHash, input.kind, input.code, input.expiresAt, input.from, input.at).lastInsertRowid);
    return device.one(this.s.byId.get(id));
  }

  byId(id: number): StoredDevice | null {
    return device.maybe(this.s.byId.get(id));
  }

  byTokenHash(hash: string): StoredDevice | null {
    return device.maybe(this.s.byTokenHash.get(hash));
  }

  pendingByCode(code: string, now: number): StoredDevice | null {
    return device.maybe(this.s.pendingByCode.get(code, now));
  }

  pendingCount(now: number, from?: string): number {
    return count.one(from === undefined ? this.s.pendingCount.get(now) : this.s.pendingCountFrom.get(now, from)).n;
  }

  /** Codes a day past their expiry: the device asks again; nothing points at them. */
  deleteStalePending(before: number): void {
    this.s.deleteStalePending.run(before);
  }

  /** false when the row is no longer pending (paired meanwhile). */
  pair(id: number, input: { name: string; counterId: string | null; at: number; by: string }): boolean {
    return this.s.pair.run(input.name, input.counterId, input.at, input.by, id).changes === 1;
  }

  rename(id: number, name: string): boolean {
    return this.s.rename.run(name, id).changes === 1;
  }

  revoke(id: number, at: number, by: string): boolean {
    return this.s.revoke.run(at, by, id).changes === 1;
  }

  listPaired(): StoredDevice[] {
    return device.all(this.s.listPaired.all());
  }
}
