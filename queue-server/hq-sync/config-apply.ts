/**
 * The branch side of head office's configuration bundles: check what was pulled (the envelope,
 * the content's SHA-256, the content against the branch's own schemas, and whether this branch
 * can hold it), then apply it in one transaction with its audit record. A bundle that fails any
 * check is refused: nothing of it applies, the last good bundle stays in force, the refusal is
 * recorded (audit trail, and reported to head office on the next pull).
 *
 * When what applies: services (letters, names) are structural and always wait for the branch's
 * next service day (through the settings' pending change, so today's numbers never change); the
 * holiday calendar, the FAQ, the questionnaire version and the running text apply at once.
 *
 * Who owns what: head office owns those parts; the branch keeps its counters, opening hours,
 * queue rules, kiosk addresses, branch details and its own closures. A national running text
 * replaces the branch's when head office publishes a new one; the branch may edit it afterwards.
 */
import { createHash } from 'node:crypto';
import type { CalendarEntry } from '../../shared/calendar/holidays.ts';
import type { BranchConfig, ServiceConfig } from '../../shared/contracts/branch-config.ts';
import { describeConfigIssues } from '../../shared/contracts/branch-config.ts';
import { configContentSchema, configPullAnswerSchema, type ConfigContent, type ConfigSection } from '../../shared/contracts/hq-config.ts';
import type { FaqDataset } from '../../shared/faq/index.ts';
import { QUESTIONNAIRE_VERSION } from '../../shared/survey/elements.ts';
import { isAppError } from '../../shared/errors.ts';
import type { AuditTrail } from '../audit/audit-trail.ts';
import type { Actor } from '../engine/actor.ts';
import type { SettingsService } from '../settings/settings-service.ts';
import type { Db } from '../store/database.ts';
import { HqConfigRepository } from '../store/hq-config-repository.ts';
import type { UnitOfWork } from '../store/unit-of-work.ts';

/** Who the settings' audit and pending change name for head office's changes. */
export const HQ_ACTOR: Actor = { userId: null, username: 'kantor-pusat', role: 'admin' };
export const SERVICES_WAIT_REASON = 'Layanan dari kantor pusat berlaku mulai hari layanan berikutnya, agar nomor antrean hari ini tidak berubah.';

export type ReceiveOutcome =
  | { kind: 'unchanged'; version: number | null }
  | { kind: 'applied'; version: number; now: ConfigSection[]; nextDay: ConfigSection[]; effectiveDay: string | null }
  | { kind: 'refused'; version: number; reason: string };

export interface HqConfigDeps {
  db: Db;
  uow: UnitOfWork;
  audit: AuditTrail;
  settings: SettingsService;
  live: BranchConfig;
  now: () => number;
}

class Refusal extends Error {}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const serviceKey = (s: ServiceConfig) => JSON.stringify([s.id, s.prefix, s.name, s.description, s.nameEn ?? null, s.descriptionEn ?? null, s.defaultServiceMinutes]);
const sameServices = (a: readonly ServiceConfig[], b: readonly ServiceConfig[]) => a.length === b.length && a.every((s, i) => serviceKey(s) === serviceKey(b[i]!));

export class HqConfigService {
  readonly repo: HqConfigRepository;
  private cache: { json: string; content: ConfigContent | null } | null = null;

  constructor(private readonly d: HqConfigDeps) {
    this.repo = new HqConfigRepository(d.db);
  }

  /** The content of the last good bundle, or null before the first. Parsed once per version. */
  content(): ConfigContent | null {
    const json = this.repo.get().bundle;
    if (json === null) return null;
    if (this.cache?.json !== json) {
      const parsed = configContentSchema.safeParse(JSON.parse(json));
      // A stored bundle this build cannot read (a downgrade) counts as none: the built-in data stays.
      this.cache = { json, content: parsed.success ? parsed.data : null };
    }
    return this.cache.content;
  }

  faq(): FaqDataset | null {
    return this.content()?.faq ?? null;
  }

  /** Head office's national calendar, or null (the build's own, shared/calendar/holidays.ts). */
  nationalCalendar(): { entries: CalendarEntry[]; version: string } | null {
    const h = this.content()?.holidays;
    return h ? { entries: h.entries.map((e) => ({ ...e })), version: h.version } : null;
  }

  questionnaire(): string {
    return this.content()?.survey?.questionnaireVersion ?? QUESTIONNAIRE_VERSION;
  }

  /** The national person key, or null before the first pull reached head office. */
  personKey(): { id: string; key: Buffer } | null {
    const r = this.repo.get();
    return r.personKeyId && r.personKey ? { id: r.personKeyId, key: Buffer.from(r.personKey, 'hex') } : null;
  }

  /** What the branch tells head office on each pull (and the supervisor). */
  status(): { applied: number | null; refused: number | null; reason: string | null; waitingUntil: string | null; lastPullAt: number | null; etag: string | null } {
    const r = this.repo.get();
    const pending = this.d.settings.view().pending;
    const waitingUntil = pending && pending.savedBy === HQ_ACTOR.username && pending.sections.includes('services') ? pending.effectiveDay : null;
    return { applied: r.appliedVersion, refused: r.refusedVersion, reason: r.refusedReason, waitingUntil, lastPullAt: r.lastPullAt, etag: r.etag };
  }

  notModified(): void {
    this.d.uow.write(() => this.repo.savePulled(this.d.now()));
  }

  /**
   * A pull answer (untrusted JSON) and its ETag. Throws only when the answer is not the contract's
   * envelope (a pull failure: the puller backs off); a bad bundle in it is refused, not thrown.
   */
  receive(raw: unknown, etag: string | null): ReceiveOutcome {
    const parsed = configPullAnswerSchema.safeParse(raw);
    if (!parsed.success) throw new Error('jawaban kantor pusat tidak sesuai kontrak');
    const answer = parsed.data;
    const now = this.d.now();
    const before = this.repo.get();
    if (answer.personKey.id !== before.personKeyId) this.d.uow.write(() => this.repo.savePersonKey(answer.personKey.id, answer.personKey.key));
    const bundle = answer.bundle;
    if (bundle === null || bundle.summary.version === before.appliedVersion) {
      this.d.uow.write(() => {
        this.repo.saveEtag(etag);
        this.repo.savePulled(now);
      });
      return { kind: 'unchanged', version: before.appliedVersion };
    }
    const version = bundle.summary.version;
    try {
      if (before.appliedVersion !== null && version < before.appliedVersion) throw new Refusal(`versi ${version} lebih lama dari versi ${before.appliedVersion} yang berlaku`);
      if (sha256(bundle.contentJson) !== bundle.summary.sha256) throw new Refusal('isi bundel rusak: hash SHA-256 tidak cocok');
      let json: unknown;
      try {
        json = JSON.parse(bundle.contentJson);
      } catch {
        throw new Refusal('isi bundel bukan JSON yang valid');
      }
      const content = configContentSchema.safeParse(json);
      if (!content.success) throw new Refusal(`isi bundel tidak valid: ${describeConfigIssues(content.error).slice(0, 3).join('; ')}`);
      return this.apply(version, content.data, bundle.contentJson, etag, now);
    } catch (error) {
      if (!(error instanceof Refusal) && !isAppError(error)) throw error;
      const reason = error.message;
      this.d.uow.write(() => {
        const first = before.refusedVersion !== version || before.refusedReason !== reason.slice(0, 300);
        this.repo.saveRefused(version, reason);
        this.repo.savePulled(now);
        if (first) this.d.audit.record({ action: 'hq_config.refused', actor: HQ_ACTOR.username, subject: `hq-config:v${version}`, detail: { version, reason } });
      });
      return { kind: 'refused', version, reason };
    }
  }

  private apply(version: number, content: ConfigContent, json: string, etag: string | null, now: number): ReceiveOutcome {
    const previous = this.content();
    return this.d.uow.write(() => {
      const immediate: ConfigSection[] = [];
      const nextDay: ConfigSection[] = [];
      let effectiveDay: string | null = null;
      for (const s of ['holidays', 'faq', 'survey'] as const) {
        if (content[s] !== undefined && JSON.stringify(content[s]) !== JSON.stringify(previous?.[s])) immediate.push(s);
      }
      if (content.services) {
        const view = this.d.settings.view();
        const upcoming = view.pending?.sections.includes('services') ? view.pending.settings : this.d.live;
        if (!sameServices(upcoming.services, content.services)) {
          const ids = new Set(content.services.map((s) => s.id));
          // The branch's counters are its own: a service they still serve cannot vanish under them.
          for (const c of upcoming.counters) {
            const lost = c.serviceIds.filter((id) => !ids.has(id));
            if (lost.length > 0) throw new Refusal(`${c.name} masih melayani ${lost.map((id) => `"${id}"`).join(', ')} yang tidak ada di bundel; ubah loket di halaman Administrasi dulu`);
          }
          const reasonServices = Object.fromEntries(Object.entries(upcoming.fastTrack.reasonServices ?? {}).map(([reason, list]) => [reason, list.filter((id) => ids.has(id))]));
          const answer = this.d.settings.change(
            { section: 'services', body: { services: content.services.map((s) => ({ ...s })), ...(upcoming.fastTrack.reasonServices ? { reasonServices } : {}) } },
            HQ_ACTOR,
            { waitReason: SERVICES_WAIT_REASON },
          );
          nextDay.push('services');
          effectiveDay = answer.pending?.effectiveDay ?? null;
        }
      }
      // Last: the running text changes the live configuration at once, after every check passed.
      if (content.runningText !== undefined && content.runningText !== previous?.runningText) {
        this.d.settings.change({ section: 'runningText', body: { runningText: content.runningText } }, HQ_ACTOR);
        immediate.push('runningText');
      }
      this.repo.saveApplied(version, json, now);
      this.repo.saveEtag(etag);
      this.repo.savePulled(now);
      this.d.audit.record({
        action: 'hq_config.applied', actor: HQ_ACTOR.username, subject: `hq-config:v${version}`,
        detail: { version, now: immediate.join(',') || '-', nextDay: nextDay.join(',') || '-', ...(effectiveDay ? { effectiveDay } : {}) },
      });
      return { kind: 'applied', version, now: immediate, nextDay, effectiveDay };
    });
  }
}
