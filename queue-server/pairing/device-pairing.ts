/**
 * Device pairing (issue 11, README "Device pairing"): a device asks for a code and gets its
 * credential at once, unpaired; an administrator enters the code the device shows, with a name,
 * the kind and (for a counter tablet) the counter; from then on the credential admits the device
 * to the `kiosk` routes of its kind, until the administrator revokes it.
 *
 * Only the SHA-256 of a credential is stored: a credential is 32 random bytes, so a fast hash is
 * enough (nothing to guess), and a copy of the database admits no device. Codes are six digits,
 * unique among the pending ones, valid 10 minutes, used once; wrong codes are limited per
 * administrator and in total, and a phone may hold only a few pending codes, so the code space
 * cannot be searched or flooded.
 */
import { createHash, randomBytes, randomInt } from 'node:crypto';
import type { BranchConfig } from '../../shared/contracts/branch-config.ts';
import type { DeviceRecordDto, DeviceSelfAnswer, PairingRequestAnswer } from '../../shared/contracts/device-pairing.ts';
import { DEVICE_KIND_LABEL_ID, type DeviceKind, type DevicePairingMode } from '../../shared/contracts/device-kinds.ts';
import { AppError } from '../../shared/errors.ts';
import type { AuditTrail } from '../audit/audit-trail.ts';
import type { Actor } from '../engine/actor.ts';
import { DeviceRepository, type StoredDevice } from '../store/device-repository.ts';
import type { Db } from '../store/database.ts';
import type { UnitOfWork } from '../store/unit-of-work.ts';

export const CODE_TTL_MS = 10 * 60_000;
const WRONG_CODE_WINDOW_MS = 10 * 60_000;
export const PAIRING_LIMITS = { wrongCodesPerAccount: 5, wrongCodesTotal: 20, pendingPerAddress: 5, pendingTotal: 100 } as const;

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

export const hashDeviceToken = (token: string): string => createHash('sha256').update(token).digest('hex');
const showCode = (code: string): string => `${code.slice(0, 4)}-${code.slice(4)}`;
const iso = (ms: number): string => new Date(ms).toISOString();

/** Who a request is, as a device. `device` is set for a known credential (paired, pending or revoked). */
export interface DeviceIdentity {
  state: DeviceSelfAnswer['state'];
  device: StoredDevice | null;
}

export class DevicePairing {
  private readonly repo: DeviceRepository;
  /** Last request per paired device since the start: kept in memory because reads never write. */
  private readonly lastSeen = new Map<number, number>();
  private readonly wrongCodes = new Map<string, number[]>();

  constructor(
    private readonly d: { db: Db; uow: UnitOfWork; audit: AuditTrail; config: BranchConfig; now: () => number; mode: DevicePairingMode },
  ) {
    this.repo = new DeviceRepository(d.db);
  }

  get mode(): DevicePairingMode {
    return this.d.mode;
  }

  /**
   * The one address rule, folded into pairing: under loopback-trusted this machine and the branch
   * file's kiosk.allowedAddresses count as a paired device of every kind; under required no
   * address does. The socket's address, never X-Forwarded-For (any client can write that).
   */
  isTrustedAddress(address: string): boolean {
    if (this.d.mode !== 'loopback-trusted') return false;
    return LOOPBACK.has(address) || this.d.config.kiosk.allowedAddresses.includes(address.replace(/^::ffff:/, ''));
  }

  identify(token: string | null, address: string): DeviceIdentity {
    const known = token ? this.repo.byTokenHash(hashDeviceToken(token)) : null;
    if (known?.state === 'paired') {
      this.lastSeen.set(known.id, this.d.now());
      return { state: 'paired', device: known };
    }
    if (this.isTrustedAddress(address)) return { state: 'trusted', device: null };
    if (known?.state === 'revoked') return { state: 'revoked', device: known };
    if (known?.state === 'pending' && (known.codeExpiresAt ?? 0) > this.d.now()) return { state: 'pending', device: known };
    return { state: 'unpaired', device: null };
  }

  describe(identity: DeviceIdentity): DeviceSelfAnswer {
    const { device } = identity;
    return {
      state: identity.state,
      mode: this.d.mode,
      device: identity.state === 'paired' && device ? { id: device.id, name: device.name ?? '', kind: device.kind, counterId: device.counterId } : null,
      pairing:
        identity.state === 'pending' && device?.pairingCode && device.codeExpiresAt
          ? { code: showCode(device.pairingCode), kind: device.kind, expiresAt: iso(device.codeExpiresAt) }
          : null,
    };
  }

  /** A device asks for a code: its credential is made now and works once an administrator pairs the code. */
  requestCode(kind: DeviceKind, from: string): PairingRequestAnswer {
    const now = this.d.now();
    const address = from.replace(/^::ffff:/, '');
    return this.d.uow.write(() => {
      this.repo.deleteStalePending(now - 24 * 60 * 60_000);
      if (this.repo.pendingCount(now, address) >= PAIRING_LIMITS.pendingPerAddress || this.repo.pendingCount(now) >= PAIRING_LIMITS.pendingTotal) {
        throw new AppError({ code: 'device.pairing_busy', message: 'Sudah ada kode pemasangan yang menunggu untuk perangkat ini. Tunggu beberapa menit, lalu muat ulang halaman.' });
      }
      const code = this.freshCode(now);
      const token = randomBytes(32).toString('base64url');
      const expiresAt = now + CODE_TTL_MS;
      this.repo.insertPending({ tokenHash: hashDeviceToken(token), kind, code, expiresAt, from: address, at: now });
      return { token, code: showCode(code), kind, expiresAt: iso(expiresAt) };
    });
  }

  pair(input: { code: string; name: string; kind: DeviceKind; counterId?: string | null | undefined }, actor: Actor): DeviceRecordDto {
    const now = this.d.now();
    this.checkWrongCodes(actor.username, now);
    const code = input.code.replace(/\D/g, '');
    const pending = this.repo.pendingByCode(code, now);
    if (!pending) {
      this.noteWrongCode(actor.username, now);
      throw new AppError({
        code: 'device.code_unknown',
        message: `Kode ${showCode(code)} tidak dikenal atau sudah kedaluwarsa. Periksa kode di layar perangkat (kode berlaku 10 menit dan sekali pakai).`,
      });
    }
    if (pending.kind !== input.kind) {
      throw new AppError({
        code: 'device.kind_mismatch',
        message: `Kode ${showCode(code)} ditampilkan oleh ${DEVICE_KIND_LABEL_ID[pending.kind]}, bukan ${DEVICE_KIND_LABEL_ID[input.kind]}. Pilih jenis perangkat yang sesuai.`,
      });
    }
    const counterId = this.counterFor(input.kind, input.counterId ?? null);
    return this.d.uow.write(() => {
      if (!this.repo.pair(pending.id, { name: input.name, counterId, at: now, by: actor.username })) {
        throw new AppError({ code: 'device.code_unknown', message: `Kode ${showCode(code)} baru saja dipakai. Periksa daftar perangkat.` });
      }
      this.d.audit.record({ action: 'device.paired', actor: actor.username, subject: `device:${pending.id}`, counterId, detail: { kind: input.kind, deviceName: input.name } });
      return this.record(this.mustFind(pending.id));
    });
  }

  rename(id: number, name: string, actor: Actor): DeviceRecordDto {
    return this.d.uow.write(() => {
      const device = this.mustFind(id);
      if (!this.repo.rename(id, name)) throw new AppError({ code: 'device.not_found', message: 'Perangkat yang dicabut tidak dapat diganti namanya.' });
      this.d.audit.record({ action: 'device.renamed', actor: actor.username, subject: `device:${id}`, detail: { from: device.name ?? '', to: name } });
      return this.record(this.mustFind(id));
    });
  }

  revoke(id: number, actor: Actor): DeviceRecordDto {
    return this.d.uow.write(() => {
      const device = this.mustFind(id);
      if (!this.repo.revoke(id, this.d.now(), actor.username)) throw new AppError({ code: 'device.not_found', message: 'Perangkat ini sudah dicabut.' });
      this.d.audit.record({ action: 'device.revoked', actor: actor.username, subject: `device:${id}`, counterId: device.counterId, detail: { kind: device.kind, deviceName: device.name ?? '' } });
      this.lastSeen.delete(id);
      return this.record(this.mustFind(id));
    });
  }

  list(): DeviceRecordDto[] {
    return this.repo.listPaired().map((d) => this.record(d));
  }

  private record(d: StoredDevice): DeviceRecordDto {
    const seen = this.lastSeen.get(d.id);
    return {
      id: d.id,
      name: d.name ?? '',
      kind: d.kind,
      counterId: d.counterId,
      state: d.state === 'revoked' ? 'revoked' : 'paired',
      pairedAt: iso(d.pairedAt ?? d.requestedAt),
      pairedBy: d.pairedBy ?? '',
      revokedAt: d.revokedAt === null ? null : iso(d.revokedAt),
      lastSeenAt: seen === undefined ? null : iso(seen),
    };
  }

  private mustFind(id: number): StoredDevice {
    const d = this.repo.byId(id);
    if (!d || d.state === 'pending') throw new AppError({ code: 'device.not_found', message: `Perangkat ${id} tidak ada.` });
    return d;
  }

  private counterFor(kind: DeviceKind, counterId: string | null): string | null {
    if (kind !== 'counter_tablet') {
      if (counterId) throw new AppError({ code: 'request.invalid', message: 'Hanya tablet survei loket yang dipasangkan pada sebuah loket.' });
      return null;
    }
    if (!counterId) throw new AppError({ code: 'request.invalid', message: 'Pilih loket tempat tablet survei ini berada.' });
    if (!this.d.config.counters.some((c) => c.id === counterId)) throw new AppError({ code: 'counter.not_found', message: `Loket "${counterId}" tidak ada.` });
    return counterId;
  }

  private freshCode(now: number): string {
    for (let i = 0; i < 50; i++) {
      const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
      if (!this.repo.pendingByCode(code, now)) return code;
    }
    throw new AppError({ code: 'device.pairing_busy', message: 'Terlalu banyak kode pemasangan yang menunggu. Coba lagi beberapa menit lagi.' });
  }

  private recent(key: string, now: number): number[] {
    return (this.wrongCodes.get(key) ?? []).filter((at) => at > now - WRONG_CODE_WINDOW_MS && at <= now);
  }

  /** Before the look-up: an administrator's session (or many) cannot walk the code space. */
  private checkWrongCodes(account: string, now: number): void {
    if (this.recent(`account:${account}`, now).length >= PAIRING_LIMITS.wrongCodesPerAccount || this.recent('all', now).length >= PAIRING_LIMITS.wrongCodesTotal) {
      throw new AppError({ code: 'device.pairing_rate_limited', message: 'Terlalu banyak kode pemasangan yang salah. Tunggu 10 menit, lalu masukkan kode yang tampil di layar perangkat.' });
    }
  }

  private noteWrongCode(account: string, now: number): void {
    for (const key of [`account:${account}`, 'all']) this.wrongCodes.set(key, [...this.recent(key, now), now]);
  }
}
