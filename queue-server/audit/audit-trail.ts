/**
 * The one way to write the audit trail: `audit.record({...})`. It joins the transaction already
 * open (call it inside the `uow.write` of the action, so the record and the action commit or fail
 * together) and opens its own otherwise (a failed sign-in changes nothing else).
 *
 * Personal data stays out: the detail is flattened to short scalars, keys that name personal
 * data (nik, phone, name, email, password, token, address …) are dropped, and digit runs that
 * could be a NIK, KPJ or phone number are masked in every string. Record ids and codes, not people.
 */
import type { UnitOfWork } from '../store/unit-of-work.ts';

export type AuditScalar = string | number | boolean | null;
export type AuditDetail = Record<string, AuditScalar | readonly AuditScalar[] | Record<string, AuditScalar>>;

export interface AuditRecord {
  /** A name from AUDIT_ACTIONS (shared/contracts/audit.ts), e.g. 'user.created'. */
  action: string;
  /** The staff user name, or 'kiosk' / 'system'. */
  actor: string;
  ticketId?: string | null;
  counterId?: string | null;
  /** "user:cso.budi", "service:jht", "printer:kiosk" */
  subject?: string | null;
  detail?: AuditDetail;
}

/** Keys whose values would be someone's personal data (or a secret), whatever the caller meant. */
const PERSONAL_KEYS = /^(nik|kpj|phone|hp|mobile|name|fullname|displayname|email|password|sandi|token|secret|address|alamat|reporter|description|text|comment|note)$/i;
const DIGIT_RUN = /\d[\d .-]{8,}\d/g;
/** A day and a running number (a complaint reference PGD-20261123-001): the branch's own, no one's identity. */
const DAY_AND_NUMBER = /^\d{8}-\d{1,4}$/;
const MAX_TEXT = 200;

const ACTION_NAME = /^[a-z][a-z_-]*(\.[a-z_-]+)*$/;

function scrubText(text: string): string {
  const masked = text.replace(DIGIT_RUN, (run) => (run.replace(/\D/g, '').length >= 10 && !DAY_AND_NUMBER.test(run) ? '[angka disamarkan]' : run));
  return masked.length > MAX_TEXT ? `${masked.slice(0, MAX_TEXT)}…` : masked;
}

function scrubValue(value: unknown, depth: number): AuditScalar | AuditScalar[] | Record<string, AuditScalar> | undefined {
  if (value === null || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string') return scrubText(value);
  if (depth > 0) return undefined;
  if (Array.isArray(value)) return value.slice(0, 50).map((v) => scrubValue(v, 1)).filter((v): v is AuditScalar => v !== undefined && !Array.isArray(v) && (v === null || typeof v !== 'object'));
  if (typeof value === 'object') {
    const out: Record<string, AuditScalar> = {};
    for (const [k, v] of Object.entries(value)) {
      if (PERSONAL_KEYS.test(k)) continue;
      const s = scrubValue(v, 1);
      if (s !== undefined && !Array.isArray(s) && (s === null || typeof s !== 'object')) out[k] = s;
    }
    return out;
  }
  return undefined;
}

/** The detail as it may be stored: no personal keys, masked digit runs, at most one level deep. */
export function scrubDetail(detail: object | undefined): AuditDetail | undefined {
  if (detail === undefined) return undefined;
  const out: AuditDetail = {};
  for (const [k, v] of Object.entries(detail)) {
    if (PERSONAL_KEYS.test(k)) continue;
    const s = scrubValue(v, 0);
    if (s !== undefined) out[k] = s;
  }
  return out;
}

export class AuditTrail {
  constructor(private readonly d: { uow: UnitOfWork; now: () => number }) {}

  record(entry: AuditRecord): void {
    if (!ACTION_NAME.test(entry.action)) throw new Error(`audit action "${entry.action}" is not a dotted lower-case name`);
    const detail = scrubDetail(entry.detail);
    this.d.uow.write(() =>
      this.d.uow.audit({
        at: this.d.now(),
        actor: entry.actor,
        action: entry.action,
        ticketId: entry.ticketId ?? null,
        counterId: entry.counterId ?? null,
        subject: entry.subject === undefined || entry.subject === null ? null : scrubText(entry.subject),
        ...(detail === undefined ? {} : { detail }),
      }),
    );
  }
}
