/** Read models: what the kiosk, the board and the supervisor see. No writes here. */
import { startOfServiceDay } from '../../shared/calendar/timezone.ts';
import type { BranchConfig } from '../../shared/contracts/branch-config.ts';
import type { CounterDto, QueueSnapshotDto, ServiceDto } from '../../shared/contracts/http.ts';
import type { RecentCallDto } from '../../shared/contracts/queue.ts';
import { AuditRepository } from '../store/audit-repository.ts';
import type { CounterRepository } from '../store/counter-repository.ts';
import type { Db } from '../store/database.ts';
import { EventRepository } from '../store/event-repository.ts';
import type { TicketRepository } from '../store/ticket-repository.ts';
import { UserRepository } from '../store/user-repository.ts';
import { toPublicTicket, toTicketDto } from './dto.ts';
import type { HelpRequests } from './help-requests.ts';
import type { QueueEngine } from './queue-engine.ts';

export interface ViewDeps {
  db: Db;
  engine: QueueEngine;
  tickets: TicketRepository;
  counters: CounterRepository;
  help: HelpRequests;
  config: BranchConfig;
  now: () => number;
}

export class QueueViews {
  private readonly events;
  private readonly users;
  private readonly audit;
  /** Facts other modules add to the supervisor's overview (printer health, …), wired in main.ts. */
  private readonly overviewExtras: (() => Record<string, unknown>)[] = [];

  constructor(private readonly d: ViewDeps) {
    this.events = new EventRepository(d.db);
    this.users = new UserRepository(d.db);
    this.audit = new AuditRepository(d.db);
  }

  addOverviewExtras(extra: () => Record<string, unknown>): void {
    this.overviewExtras.push(extra);
  }

  services(): ServiceDto[] {
    const waiting = this.d.tickets.waitingPerService();
    return this.d.config.services.map((s) => {
      const n = waiting.get(s.id) ?? 0;
      return {
        id: s.id,
        prefix: s.prefix,
        name: s.name,
        description: s.description,
        nameEn: s.nameEn,
        descriptionEn: s.descriptionEn,
        waiting: n,
        estimatedWaitMinutes: this.d.engine.minutesFor(s.id, n),
        openCounters: this.d.engine.openCountersFor(s.id),
      };
    });
  }

  counters(): CounterDto[] {
    const states = this.d.counters.all();
    return this.d.config.counters.map((c) => {
      const active = this.d.tickets.activeOfCounter(c.id);
      return {
        id: c.id,
        name: c.name,
        spokenNumber: c.spokenNumber,
        serviceIds: c.serviceIds,
        state: states.get(c.id)?.state ?? 'closed',
        current: active ? toPublicTicket(active) : null,
      };
    });
  }

  snapshot(): QueueSnapshotDto {
    // Read the event id first: a client replaying from it may see an event twice, never miss one.
    const lastEventId = this.events.lastId();
    const now = this.d.now();
    const day = this.d.engine.today();
    const missedWindow = this.d.config.recall.missedReturnMinutes * 60_000;
    const { code, name, timeZone, runningText } = this.d.config.branch;
    return {
      branch: { code, name, timeZone, runningText },
      serviceDay: day,
      generatedAt: new Date(now).toISOString(),
      lastEventId,
      services: this.services(),
      counters: this.counters(),
      recentCalls: this.recentCalls(now),
      missed: this.d.tickets.missedSince(now - missedWindow).map(toPublicTicket),
      rules: { recall: { ...this.d.config.recall } },
    };
  }

  /** The last six tickets called today, each with the counter it was called to (the board's list). */
  private recentCalls(now: number): RecentCallDto[] {
    const calls = this.events.recentCalls(startOfServiceDay(now, this.d.config.branch.timeZone), 6);
    return calls.flatMap((c) => {
      const ticket = this.d.tickets.byId(c.ticketId);
      return ticket ? [{ ticket: toPublicTicket(ticket), counterId: c.counterId, calledAt: new Date(c.at).toISOString() }] : [];
    });
  }

  /** The branch head's view: every counter, the longest waits, alerts and open help requests. */
  overview() {
    const now = this.d.now();
    const states = this.d.counters.all();
    const names = this.users.displayNames();
    const startOfDay = startOfServiceDay(now, this.d.config.branch.timeZone);
    const counts = this.audit.counterActionsSince(startOfDay);
    const minutesWaited = (queuedAt: number) => Math.floor((now - queuedAt) / 60_000);
    const oldestNormal = this.d.tickets.oldestWaiting(false);
    const oldestFast = this.d.tickets.oldestWaiting(true);
    const { waitMinutes, fastTrackWaitMinutes } = this.d.config.targets;
    const alerts: { kind: 'wait' | 'fast-track-wait'; ticketNumber: string; serviceId: string; minutes: number; message: string }[] = [];
    if (oldestNormal && minutesWaited(oldestNormal.queuedAt) >= waitMinutes) {
      const m = minutesWaited(oldestNormal.queuedAt);
      alerts.push({ kind: 'wait', ticketNumber: oldestNormal.number, serviceId: oldestNormal.serviceId, minutes: m, message: `Nomor ${oldestNormal.number} sudah menunggu ${m} menit (target ${waitMinutes} menit).` });
    }
    if (oldestFast && minutesWaited(oldestFast.queuedAt) >= fastTrackWaitMinutes) {
      const m = minutesWaited(oldestFast.queuedAt);
      alerts.push({ kind: 'fast-track-wait', ticketNumber: oldestFast.number, serviceId: oldestFast.serviceId, minutes: m, message: `Nomor prioritas ${oldestFast.number} sudah menunggu ${m} menit (target ${fastTrackWaitMinutes} menit).` });
    }
    return {
      generatedAt: new Date(now).toISOString(),
      serviceDay: this.d.engine.today(),
      targets: this.d.config.targets,
      counters: this.d.config.counters.map((c) => {
        const s = states.get(c.id);
        const active = this.d.tickets.activeOfCounter(c.id);
        const today = (action: string) => counts.find((r) => r.counterId === c.id && r.action === action)?.n ?? 0;
        return {
          id: c.id,
          name: c.name,
          serviceIds: c.serviceIds,
          state: s?.state ?? 'closed',
          pauseReason: s?.pauseReason ?? null,
          officer: s?.userId != null ? (names.get(s.userId) ?? null) : null,
          current: active ? toTicketDto(active) : null,
          today: { called: today('call'), finished: today('finish'), missed: today('no-show'), transferred: today('transfer') },
          consecutiveFastTrack: s?.consecutiveFastTrack ?? 0,
        };
      }),
      services: this.services(),
      longestWaitMinutes: oldestNormal ? minutesWaited(oldestNormal.queuedAt) : 0,
      longestFastTrackWaitMinutes: oldestFast ? minutesWaited(oldestFast.queuedAt) : 0,
      alerts,
      helpRequests: this.d.help.open(),
      fastTrackPolicy: { maxNormalWaitMinutes: this.d.config.fastTrack.maxNormalWaitMinutes, maxConsecutiveFastTrack: this.d.config.fastTrack.maxConsecutiveFastTrack },
      ...Object.assign({}, ...this.overviewExtras.map((extra) => extra())),
    };
  }
}
