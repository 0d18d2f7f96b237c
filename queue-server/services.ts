/**
 * Builds the server's services around one database. Used by main.ts and by tests, which pass an
 * in-memory or temporary database and a fake clock.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import type { BranchConfig } from '../shared/contracts/branch-config.ts';
import { AuthService, type AuthOptions } from './auth/auth-service.ts';
import { CounterService } from './engine/counter-service.ts';
import { HelpRequests } from './engine/help-requests.ts';
import { QueueEngine } from './engine/queue-engine.ts';
import { QueueViews } from './engine/queue-views.ts';
import { EventBus } from './events/event-bus.ts';
import { EventLog } from './events/event-log.ts';
import { IdempotencyStore } from './http/idempotency.ts';
import { buildSurvey } from './survey/wire-survey.ts';
import { CounterRepository } from './store/counter-repository.ts';
import type { Db } from './store/database.ts';
import { TicketRepository } from './store/ticket-repository.ts';
import { buildComplaints } from './complaints/wire-complaints.ts';
import { GroupCommit } from './store/group-commit.ts';
import { UnitOfWork } from './store/unit-of-work.ts';
import { ReportService } from './reports/report-service.ts';
import { lazyFaqDataset } from './faq/faq-dataset.ts';
import { HqOutbox } from './hq-sync/outbox.ts';
import { AuditTrail } from './audit/audit-trail.ts';
import { AuditViewer } from './audit/audit-viewer.ts';
import { SettingsService } from './settings/settings-service.ts';
import { DevicePairing } from './pairing/device-pairing.ts';
import type { DevicePairingMode } from '../shared/contracts/device-kinds.ts';
import { HqConfigService } from './hq-sync/config-apply.ts';
import type { ClockGuard } from './clock/clock-guard.ts';

export interface ServiceOptions {
  db: Db;
  config: BranchConfig;
  now?: () => number;
  /**
   * The wall clock checked against the monotonic clock (clock/clock-guard.ts); main.ts passes one
   * and `now` is then its now(). Tests that move a simulated clock by days leave it out.
   */
  clockGuard?: ClockGuard;
  newId?: () => string;
  /** The branch file's sections the settings do not hold (printing, devices), for the export. */
  branchFileExtras?: Record<string, unknown>;
  /** The branch secret for keyed hashes (DATA_DIR/complaint-hmac.key); random per process in tests. */
  complaintKey?: Buffer;
  /** Sign-in hashing and limits (auth-service.ts); production uses the defaults. */
  auth?: Pick<AuthOptions, 'passwordCost' | 'hashSlots' | 'limits' | 'sessionClock' | 'refusalDelayMs'>;
  /** The branch's code at head office (HQ_BRANCH_CODE); the config's branch.code when not given. */
  hqBranchCode?: string;
  /** DEVICE_PAIRING (README "Device pairing"); loopback-trusted when not given. */
  devicePairing?: DevicePairingMode;
}

export function buildServices(options: ServiceOptions) {
  const { db, config } = options;
  const now = options.clockGuard?.now ?? options.now ?? Date.now;
  const newId = options.newId ?? randomUUID;
  const bus = new EventBus();
  const hqOutbox = new HqOutbox(db, { branchCode: options.hqBranchCode ?? config.branch.code, timeZone: config.branch.timeZone });
  const uow = new UnitOfWork(db, bus, hqOutbox);
  const tickets = new TicketRepository(db);
  const counterRepo = new CounterRepository(db);
  const audit = new AuditTrail({ uow, now });
  // Before anything reads the configuration: the stored settings replace the file's (first start: the file seeds them).
  const settings = new SettingsService({ db, uow, audit, tickets, counters: counterRepo, live: config, now });
  settings.applyDue();
  // Head office's bundle (holidays, FAQ, questionnaire, person key): read at each use, so a pull applies at once.
  const hqConfig = new HqConfigService({ db, uow, audit, settings, live: config, now });
  const builtinFaq = lazyFaqDataset();
  const faq = () => hqConfig.faq() ?? builtinFaq();
  const survey = buildSurvey({ db, uow, config, now, questionnaire: () => hqConfig.questionnaire() });
  const reports = new ReportService({ db, config, now, ikm: survey.ikmReports, calendar: () => complaints.calendar(), faq });
  const engine = new QueueEngine({
    db, uow, tickets, counters: counterRepo, config, now, newId,
    afterFinish: (t, actor) => survey.surveys.mintFor(t, actor),
    afterDaysClosed: (today) => reports.sealDaysBefore(today),
  });
  const help = new HelpRequests({ db, uow, now });
  const complaints = buildComplaints({ db, uow, config, now, key: options.complaintKey ?? randomBytes(32), personKey: () => hqConfig.personKey(), nationalCalendar: () => hqConfig.nationalCalendar() });
  return {
    db,
    config,
    now,
    clockGuard: options.clockGuard ?? null,
    bus,
    uow,
    hqOutbox,
    groupCommit: new GroupCommit(uow),
    engine,
    help,
    events: new EventLog(db),
    counters: new CounterService({ uow, counters: counterRepo, tickets, engine, now }),
    views: new QueueViews({ db, engine, tickets, counters: counterRepo, help, config, now }),
    auth: new AuthService({ db, now, trail: audit, ...options.auth }),
    /** audit.record({action, actor, ticketId?, counterId?, subject?, detail?}): README "Audit trail". */
    audit,
    settings,
    hqConfig,
    /** The FAQ the server prints and counts: head office's bundle when one came, else the build's file. */
    faq,
    branchFileExtras: options.branchFileExtras ?? {},
    devicePairing: new DevicePairing({ db, uow, audit, config, now, mode: options.devicePairing ?? 'loopback-trusted' }),
    auditViewer: new AuditViewer({ db, timeZone: () => config.branch.timeZone }),
    idempotency: new IdempotencyStore(db, uow, now),
    ...survey,
    complaints,
    reports,
  };
}

export type Services = ReturnType<typeof buildServices>;
