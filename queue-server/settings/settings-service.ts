/**
 * The branch settings, kept in the database and applied to the running server without a restart.
 *
 * The server has ONE live BranchConfig object, passed to every service at build time; they read
 * it at each call (config.services, config.recall …). A saved change replaces that object's
 * fields in place, so every reader sees it at its next call, and listeners (the engine's lookups)
 * are told. The branch file seeds the database on the first start only; afterwards it is the
 * export's shape (GET /api/admin/settings/export).
 *
 * A change that would renumber or drop today's tickets (shared/admin/settings-impact.ts) is kept
 * as pending and applied by the housekeeping tick when its service day starts.
 */
import { branchConfigSchema, describeConfigIssues, type BranchConfig } from '../../shared/contracts/branch-config.ts';
import { SETTINGS_SECTIONS, SETTINGS_SECTION_LABEL_ID, type SettingsAnswer, type SettingsChangeAnswer, type SettingsSection } from '../../shared/contracts/admin.ts';
import { longDateId, reasonsToWait, type TodayFacts } from '../../shared/admin/settings-impact.ts';
import { serviceDayOf } from '../../shared/calendar/timezone.ts';
import { addDays } from '../../shared/calendar/working-days.ts';
import { AppError } from '../../shared/errors.ts';
import type { AuditTrail } from '../audit/audit-trail.ts';
import type { Actor } from '../engine/actor.ts';
import type { CounterRepository } from '../store/counter-repository.ts';
import type { Db } from '../store/database.ts';
import { StoredRowError } from '../store/rows.ts';
import { SettingsRepository, type StoredPending } from '../store/settings-repository.ts';
import type { TicketRepository } from '../store/ticket-repository.ts';
import type { UnitOfWork } from '../store/unit-of-work.ts';
import { applySection, type SectionChange } from './settings-sections.ts';
import { SettingsVersions } from './settings-versions.ts';

const OPEN_STATUSES = new Set(['waiting', 'called', 'serving', 'missed']);
const SEEDED_BY = 'berkas-cabang';

export interface SettingsDeps {
  db: Db;
  uow: UnitOfWork;
  audit: AuditTrail;
  tickets: TicketRepository;
  counters: CounterRepository;
  /** The live configuration every service reads; replaced field by field. */
  live: BranchConfig;
  now: () => number;
}

interface Pending {
  effectiveDay: string;
  sections: SettingsSection[];
  reasons: string[];
  settings: BranchConfig;
  savedAt: number;
  savedBy: string;
}

/** Replaces the live object's fields with next's (and drops those next has not). */
export function applyLive(live: BranchConfig, next: BranchConfig): void {
  for (const key of Object.keys(live)) if (!(key in next)) Reflect.deleteProperty(live, key);
  Object.assign(live, structuredClone(next));
}

function parseStored(config: unknown, what: string): BranchConfig {
  const parsed = branchConfigSchema.safeParse(config);
  if (!parsed.success) throw new StoredRowError(`branch_settings: ${what} does not match this build's schema (${describeConfigIssues(parsed.error).join('; ')})`);
  return parsed.data;
}

function invalid(lines: string[]): AppError {
  return new AppError({ code: 'settings.invalid', message: `Pengaturan tidak dapat disimpan: ${lines.join('; ')}.`, details: { issues: lines } });
}

export class SettingsService {
  private readonly repo;
  private readonly listeners: (() => void)[] = [];
  private saved: { at: number; by: string } | null = null;
  private readonly versions;

  constructor(private readonly d: SettingsDeps) {
    this.repo = new SettingsRepository(d.db);
    this.versions = new SettingsVersions(d.db, () => d.live.branch.timeZone);
    const stored = this.repo.current();
    if (stored) {
      applyLive(d.live, parseStored(stored.config, 'current'));
      this.saved = { at: stored.savedAt, by: stored.savedBy };
    } else {
      // First start: the branch file becomes the stored settings.
      this.repo.saveCurrent(d.live, d.now(), SEEDED_BY);
      this.saved = { at: d.now(), by: SEEDED_BY };
    }
  }

  /** Told after every change applied to the live configuration. */
  onChange(listener: () => void): void {
    this.listeners.push(listener);
  }

  today(): string {
    return serviceDayOf(new Date(this.d.now()), this.d.live.branch.timeZone);
  }

  view(): SettingsAnswer {
    const pending = this.pending();
    return {
      settings: structuredClone(this.d.live),
      versions: this.versions.all(),
      pending: pending && { ...pending, settings: structuredClone(pending.settings), savedAt: new Date(pending.savedAt).toISOString() },
      serviceDay: this.today(),
      savedAt: this.saved ? new Date(this.saved.at).toISOString() : null,
      savedBy: this.saved?.by ?? null,
    };
  }

  /**
   * `expectedVersion`: the section's version the page loaded (If-Match); absent or null saves
   * whatever was saved meanwhile (scripts). `waitReason`: keep the change for the next service day
   * whatever today holds (head office's structural changes always wait, hq-sync/config-apply.ts),
   * with this reason shown.
   */
  change(change: SectionChange, actor: Actor, options: { expectedVersion?: number | null; waitReason?: string } = {}): SettingsChangeAnswer {
    const expectedVersion = options.expectedVersion ?? null;
    const { section } = change;
    return this.d.uow.write(() => {
      if (expectedVersion !== null) this.versions.assertCurrent(section, expectedVersion);
      const current = structuredClone(this.d.live);
      const pending = this.pending();
      // A section already waiting is edited where it waits: its new value waits too.
      const waitsAlready = pending?.sections.includes(section) ?? false;
      const candidate = this.validated(applySection(waitsAlready && pending ? pending.settings : current, change));
      const reasons = waitsAlready ? [] : [...reasonsToWait(current, candidate, this.todayFacts()), ...(options.waitReason ? [options.waitReason] : [])];
      const now = this.d.now();
      const auditDetail = { section, applied: waitsAlready || reasons.length > 0 ? 'next_service_day' : 'now' };
      if (!waitsAlready && reasons.length === 0) {
        this.repo.saveCurrent(candidate, now, actor.username);
        if (pending) this.savePending({ ...pending, settings: this.validated(applySection(pending.settings, change)) });
        this.d.audit.record({ action: auditActionOf(section), actor: actor.username, subject: `settings:${section}`, detail: { ...auditDetail, ...summaryOf(current, candidate, section) } });
        this.saved = { at: now, by: actor.username };
        this.applyNow(candidate);
        return { ...this.view(), applied: 'now', message: `${SETTINGS_SECTION_LABEL_ID[section]} tersimpan dan berlaku sekarang.` };
      }
      const effectiveDay = pending?.effectiveDay ?? addDays(this.today(), 1);
      const next: Pending = {
        effectiveDay,
        sections: [...new Set([...(pending?.sections ?? []), section])],
        reasons: [...new Set([...(pending?.reasons ?? []), ...reasons])],
        settings: waitsAlready ? candidate : this.validated(applySection(pending?.settings ?? current, change)),
        savedAt: now,
        savedBy: actor.username,
      };
      this.savePending(next);
      this.d.audit.record({ action: auditActionOf(section), actor: actor.username, subject: `settings:${section}`, detail: { ...auditDetail, effectiveDay, ...summaryOf(current, candidate, section) } });
      const why = next.reasons.length ? ` ${next.reasons.join(' ')}` : '';
      return {
        ...this.view(),
        applied: 'next_service_day',
        message: `${SETTINGS_SECTION_LABEL_ID[section]} tersimpan dan berlaku mulai hari layanan berikutnya (${longDateId(effectiveDay)}), agar nomor antrean hari ini tidak berubah.${why}`,
      };
    });
  }

  cancelPending(actor: Actor): SettingsAnswer {
    this.d.uow.write(() => {
      const pending = this.pending();
      if (!pending) return;
      this.repo.dropPending();
      this.d.audit.record({ action: 'settings.pending_cancelled', actor: actor.username, subject: 'settings:pending', detail: { sections: pending.sections, effectiveDay: pending.effectiveDay } });
    });
    return this.view();
  }

  /** On the housekeeping tick and at start-up: a pending change whose service day has come applies. */
  applyDue(): boolean {
    const pending = this.pending();
    if (!pending || this.today() < pending.effectiveDay) return false;
    this.d.uow.write(() => {
      this.repo.saveCurrent(pending.settings, this.d.now(), pending.savedBy);
      this.repo.dropPending();
      this.d.audit.record({ action: 'settings.pending_applied', actor: 'system', subject: 'settings:pending', detail: { sections: pending.sections, effectiveDay: pending.effectiveDay, savedBy: pending.savedBy } });
    });
    this.saved = { at: this.d.now(), by: pending.savedBy };
    this.applyNow(pending.settings);
    return true;
  }

  private savePending(p: Pending): void {
    this.repo.savePending({ config: p.settings, sections: p.sections, reasons: p.reasons, effectiveDay: p.effectiveDay, savedAt: p.savedAt, savedBy: p.savedBy });
  }

  private applyNow(next: BranchConfig): void {
    applyLive(this.d.live, next);
    for (const listener of this.listeners) listener();
  }

  private pending(): Pending | null {
    const row: StoredPending | null = this.repo.pending();
    if (!row) return null;
    const sections = Array.isArray(row.sections) ? row.sections.filter((s): s is SettingsSection => (SETTINGS_SECTIONS as readonly unknown[]).includes(s)) : [];
    const reasons = Array.isArray(row.reasons) ? row.reasons.filter((r): r is string => typeof r === 'string') : [];
    return { effectiveDay: row.effectiveDay, sections, reasons, settings: parseStored(row.config, 'pending'), savedAt: row.savedAt, savedBy: row.savedBy };
  }

  private validated(candidate: BranchConfig): BranchConfig {
    const parsed = branchConfigSchema.safeParse(candidate);
    if (!parsed.success) throw invalid(describeConfigIssues(parsed.error).map(friendly(candidate)));
    return parsed.data;
  }

  private todayFacts(): TodayFacts {
    const ticketsByService = new Map<string, { issued: number; open: number }>();
    for (const t of this.d.tickets.ofDay(this.today())) {
      // A transferred ticket keeps the number of the service it was issued for.
      for (const id of new Set([t.originServiceId, t.serviceId])) {
        const f = ticketsByService.get(id) ?? { issued: 0, open: 0 };
        ticketsByService.set(id, { issued: f.issued + 1, open: f.open + (OPEN_STATUSES.has(t.status) ? 1 : 0) });
      }
    }
    const busyCounters = new Set<string>();
    for (const [id, state] of this.d.counters.all()) if (state.state !== 'closed') busyCounters.add(id);
    for (const c of this.d.live.counters) if (this.d.tickets.activeOfCounter(c.id)) busyCounters.add(c.id);
    return { ticketsByService, busyCounters };
  }
}

/** "counters[2].serviceIds[0]: layanan "x" tidak ada" -> "Loket 3: layanan "x" tidak ada". */
function friendly(candidate: BranchConfig): (line: string) => string {
  return (line) => {
    const m = /^(services|counters)\[(\d+)\](?:\.([A-Za-z]+))?(?:\[\d+\])?: (.*)$/.exec(line);
    if (!m) return line;
    const [, list, index, , message] = m;
    const item = list === 'services' ? candidate.services[Number(index)] : candidate.counters[Number(index)];
    const label = item ? (list === 'services' ? `Layanan "${item.name}"` : item.name) : `${list === 'services' ? 'layanan' : 'loket'} ke-${Number(index) + 1}`;
    return `${label}: ${message}`;
  };
}

function auditActionOf(section: SettingsSection): string {
  const names: Record<SettingsSection, string> = {
    branch: 'settings.branch',
    runningText: 'settings.running_text',
    services: 'settings.services',
    counters: 'settings.counters',
    openingHours: 'settings.opening_hours',
    queueRules: 'settings.queue_rules',
    printers: 'settings.printers',
  };
  return names[section];
}

/** What changed, by id and letter (never free text). */
function summaryOf(before: BranchConfig, after: BranchConfig, section: SettingsSection): Record<string, string> {
  if (section === 'services') {
    const was = new Map(before.services.map((s) => [s.id, s.prefix]));
    const is = new Map(after.services.map((s) => [s.id, s.prefix]));
    return {
      added: after.services.filter((s) => !was.has(s.id)).map((s) => `${s.id}(${s.prefix})`).join(' '),
      removed: before.services.filter((s) => !is.has(s.id)).map((s) => s.id).join(' '),
      letters: after.services.filter((s) => was.has(s.id) && was.get(s.id) !== s.prefix).map((s) => `${s.id}:${was.get(s.id)}>${s.prefix}`).join(' '),
    };
  }
  if (section === 'counters') {
    const was = new Set(before.counters.map((c) => c.id));
    const is = new Set(after.counters.map((c) => c.id));
    return { added: [...is].filter((id) => !was.has(id)).join(' '), removed: [...was].filter((id) => !is.has(id)).join(' ') };
  }
  if (section === 'openingHours' && after.openingHours) {
    return { days: after.openingHours.days.join(','), opens: after.openingHours.opens, closes: after.openingHours.closes };
  }
  if (section === 'printers') {
    // Printer addresses are branch equipment, not personal data.
    const was = new Map((before.printers ?? []).map((p) => [p.id, `${p.address} ${p.paperWidth}`]));
    return { changed: (after.printers ?? []).filter((p) => was.get(p.id) !== `${p.address} ${p.paperWidth}`).map((p) => `${p.id}=${p.address} ${p.paperWidth}`).join(' ') };
  }
  if (section === 'branch') return { timeZone: after.branch.timeZone, code: after.branch.code };
  return {};
}
