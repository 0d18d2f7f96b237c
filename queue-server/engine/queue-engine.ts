/**
 * The queue's use cases. Each one is a single transaction: read, decide with the pure rules in
 * shared/queue, write with a compare-and-set, emit the event. The process is the only writer and
 * better-sqlite3 is synchronous, so two counters pressing at once are simply run one after the other.
 */
import { serviceDayOf } from '../../shared/calendar/timezone.ts';
import type { BranchConfig, CounterConfig, ServiceConfig } from '../../shared/contracts/branch-config.ts';
import type { TicketEventType } from '../../shared/contracts/tickets.ts';
import { AppError } from '../../shared/errors.ts';
import { fastTrackReasonsFor } from '../../shared/contracts/branch-config.ts';
import { averageServiceMinutes, estimateWaitMinutes } from '../../shared/queue/estimate.ts';
import { assertCanApply, type TicketAction } from '../../shared/queue/lifecycle.ts';
import { assertHoldsNoOtherCounter } from './counter-holding.ts';
import { decideNext, nextConsecutiveFastTrack, oldestOf } from '../../shared/queue/policy.ts';
import { FAST_TRACK_LABEL_ID, formatTicketNumber, type FastTrackReason, type Ticket } from '../../shared/queue/ticket.ts';
import type { CounterRepository, CounterStateRow } from '../store/counter-repository.ts';
import type { Db } from '../store/database.ts';
import { MetaRepository } from '../store/meta-repository.ts';
import type { StoredTicket, TicketRepository } from '../store/ticket-repository.ts';
import type { UnitOfWork } from '../store/unit-of-work.ts';
import { oversees, type Actor } from './actor.ts';
import { toPublicTicket } from './dto.ts';

export interface EngineDeps {
  db: Db;
  uow: UnitOfWork;
  tickets: TicketRepository;
  counters: CounterRepository;
  config: BranchConfig;
  now: () => number;
  newId: () => string;
  /** Runs inside the transaction that finishes a ticket (the survey mints its token there). */
  afterFinish?: (ticket: StoredTicket, actor: Actor) => void;
  /** Inside the day close's transaction, after the past days' tickets got their outcome (the reports seal their day digests). */
  afterDaysClosed?: (today: string) => void;
}

export interface IssuedTicket {
  ticket: StoredTicket;
  ahead: number;
  estimatedWaitMinutes: number;
}

const DAY_CLOSED_REASON = 'hari_berakhir';
/** meta key: the service day the queue was last closed for. */
const SERVICE_DAY_KEY = 'service_day';

export class QueueEngine {
  private readonly meta;
  /** Lookups by id, rebuilt when the settings replace the lists (queue-server/settings). */
  private lookups: { services: readonly ServiceConfig[]; counters: readonly CounterConfig[]; servicesById: Map<string, ServiceConfig>; countersById: Map<string, CounterConfig> } | null = null;

  constructor(private readonly d: EngineDeps) {
    this.meta = new MetaRepository(d.db);
  }

  private get byId() {
    const { services, counters } = this.d.config;
    if (this.lookups?.services !== services || this.lookups.counters !== counters) {
      this.lookups = { services, counters, servicesById: new Map(services.map((s) => [s.id, s])), countersById: new Map(counters.map((c) => [c.id, c])) };
    }
    return this.lookups;
  }

  private get servicesById(): Map<string, ServiceConfig> {
    return this.byId.servicesById;
  }

  private get countersById(): Map<string, CounterConfig> {
    return this.byId.countersById;
  }

  /**
   * The service day: the branch's local date of now(), but never before the day the queue last
   * closed for. A clock set back (and not caught by the clock guard, or confirmed by a supervisor)
   * so keeps today's numbering: yesterday's date would restart A-001 into a line that already has it.
   */
  today(): string {
    const byClock = serviceDayOf(new Date(this.d.now()), this.d.config.branch.timeZone);
    const current = this.meta.get(SERVICE_DAY_KEY);
    return current !== null && current > byClock ? current : byClock;
  }

  service(serviceId: string): ServiceConfig {
    const s = this.servicesById.get(serviceId);
    if (!s) throw new AppError({ code: 'service.not_found', message: `Layanan "${serviceId}" tidak dikenal.` });
    return s;
  }

  counter(counterId: string): CounterConfig {
    const c = this.countersById.get(counterId);
    if (!c) throw new AppError({ code: 'counter.not_found', message: `Loket "${counterId}" tidak dikenal.` });
    return c;
  }

  findTicket(ticketId: string): StoredTicket | null {
    return this.d.tickets.byId(ticketId);
  }

  ticket(ticketId: string): StoredTicket {
    const t = this.d.tickets.byId(ticketId);
    if (!t) throw new AppError({ code: 'ticket.not_found', message: 'Tiket tidak ditemukan. Periksa kembali nomor tiketnya.' });
    return t;
  }

  /**
   * Closes past service days: yesterday's open tickets get the explicit outcome "expired", and the
   * counters start the new day closed. Runs at start-up, on the housekeeping tick and inside every
   * write (so the first action after the branch's local midnight happens in the new day even if
   * the tick has not come yet), never from a read: a read leaves the database as it found it.
   */
  closePastDays(): void {
    const today = this.today();
    const last = this.meta.get(SERVICE_DAY_KEY);
    if (last === today) return;
    this.d.uow.write(() => {
      const now = this.d.now();
      const open = this.d.tickets.openBefore(today);
      for (const t of open) {
        const closed: StoredTicket = { ...t, status: 'expired', counterId: null, finishedAt: now, closedReason: DAY_CLOSED_REASON };
        this.d.tickets.update(closed, t.status);
      }
      if (last !== null) {
        for (const c of this.d.config.counters) {
          this.d.counters.save({ counterId: c.id, state: 'closed', pauseReason: null, userId: null, consecutiveFastTrack: 0 }, now);
        }
        this.d.uow.emit('day.closed', { serviceDay: last, expired: open.length }, now);
      }
      this.d.afterDaysClosed?.(today);
      this.meta.set(SERVICE_DAY_KEY, today);
    });
  }

  issue(input: { serviceId: string; fastTrack: FastTrackReason | null }, actor: Actor): IssuedTicket {
    const service = this.servicesById.get(input.serviceId);
    if (!service) {
      throw new AppError({ code: 'service.unknown', message: `Layanan "${input.serviceId}" tidak dikenal. Pilih salah satu layanan yang tersedia.` });
    }
    if (input.fastTrack !== null && !fastTrackReasonsFor(this.d.config, service.id).includes(input.fastTrack)) {
      throw new AppError({
        code: 'ticket.fast_track_not_offered',
        message: `Jalur prioritas ${FAST_TRACK_LABEL_ID[input.fastTrack]} tidak berlaku untuk layanan ${service.name}. Pilih antrean biasa, atau tanyakan kepada petugas.`,
        details: { serviceId: service.id, fastTrack: input.fastTrack, offered: fastTrackReasonsFor(this.d.config, service.id) },
      });
    }
    return this.d.uow.write(() => {
      this.closePastDays();
      const now = this.d.now();
      const serviceDay = this.today();
      const seq = this.d.tickets.nextSeq(serviceDay, service.id);
      const ticket: StoredTicket = {
        id: this.d.newId(),
        serviceDay,
        serviceId: service.id,
        originServiceId: service.id,
        seq,
        number: formatTicketNumber(service.prefix, seq),
        fastTrack: input.fastTrack,
        status: 'waiting',
        issuedAt: now,
        queuedAt: now,
        calledAt: null,
        lastCalledAt: null,
        startedAt: null,
        finishedAt: null,
        missedAt: null,
        counterId: null,
        recallCount: 0,
        callRule: null,
        closedReason: null,
      };
      this.d.tickets.insert(ticket);
      this.d.uow.audit({ at: now, actor: actor.username, action: 'issue', ticketId: ticket.id, detail: { fastTrack: ticket.fastTrack } });
      this.emitTicket('ticket.issued', ticket, null, now);
      const ahead = this.d.tickets.aheadOfNewest(ticket);
      const estimatedWaitMinutes = this.minutesFor(ticket.serviceId, ahead);
      this.d.tickets.recordEstimate(ticket.id, estimatedWaitMinutes);
      return { ticket, ahead, estimatedWaitMinutes };
    });
  }

  ticketsOfDay(serviceDay: string): StoredTicket[] {
    return this.d.tickets.ofDay(serviceDay);
  }

  /** People ahead and minutes to wait for a waiting ticket (zero once it has been called). */
  estimateFor(ticket: Ticket): { ahead: number; estimatedWaitMinutes: number } {
    if (ticket.status !== 'waiting') return { ahead: 0, estimatedWaitMinutes: 0 };
    const ahead = this.d.tickets.aheadOf(ticket);
    return { ahead, estimatedWaitMinutes: this.minutesFor(ticket.serviceId, ahead) };
  }

  minutesFor(serviceId: string, ahead: number): number {
    const service = this.service(serviceId);
    const average = averageServiceMinutes(this.d.tickets.recentServiceDurations(serviceId), service.defaultServiceMinutes);
    return estimateWaitMinutes({ ahead, averageServiceMinutes: average, openCounters: this.countersFor(serviceId) });
  }

  /** Counters open for the service right now (paused and closed ones do not count): the wait wording says "no counter open" at 0. */
  openCountersFor(serviceId: string): number {
    const states = this.d.counters.all();
    return this.d.config.counters.filter((c) => c.serviceIds.includes(serviceId) && states.get(c.id)?.state === 'open').length;
  }

  /** Counters open for a service; before any opens, all counters configured for it. */
  private countersFor(serviceId: string): number {
    const states = this.d.counters.all();
    const serving = this.d.config.counters.filter((c) => c.serviceIds.includes(serviceId));
    const open = serving.filter((c) => states.get(c.id)?.state === 'open').length;
    return open > 0 ? open : serving.length;
  }

  callNext(counterId: string, actor: Actor): StoredTicket | null {
    const counter = this.counter(counterId);
    return this.d.uow.write(() => {
      this.closePastDays();
      const now = this.d.now();
      const state = this.d.counters.get(counter.id);
      this.assertMayUseCounter(counter, state, actor);
      if (state.state === 'closed') assertHoldsNoOtherCounter(this.d.counters, counter.id, actor, (id) => this.counter(id).name);
      if (state.state === 'paused') {
        throw new AppError({ code: 'counter.paused', message: `${counter.name} sedang jeda. Tekan "Lanjutkan" sebelum memanggil nomor berikutnya.` });
      }
      const active = this.d.tickets.activeOfCounter(counter.id);
      if (active) {
        throw new AppError({ code: 'counter.has_active_ticket', message: `${counter.name} masih ${active.status === 'called' ? 'memanggil' : 'melayani'} nomor ${active.number}. Selesaikan atau tandai tidak hadir dulu.`, details: { activeTicketId: active.id } });
      }
      const opened: CounterStateRow = { ...state, state: 'open', userId: actor.userId ?? state.userId };
      const decision = decideNext({
        oldestDirected: this.d.tickets.directedHead(counter.id),
        oldestNormal: oldestOf(counter.serviceIds.map((s) => this.d.tickets.head(s, false))),
        oldestFastTrack: oldestOf(counter.serviceIds.map((s) => this.d.tickets.head(s, true))),
        consecutiveFastTrackCalls: state.consecutiveFastTrack,
        policy: this.d.config.fastTrack,
        now,
      });
      if (!decision) {
        this.saveCounter(state, opened, now);
        return null;
      }
      const before = this.ticket(decision.ticket.id);
      const called: StoredTicket = {
        ...before,
        status: 'called',
        counterId: counter.id,
        calledAt: now,
        lastCalledAt: now,
        recallCount: 0,
        callRule: decision.rule,
      };
      this.applyUpdate(before, called, 'call');
      this.saveCounter(state, { ...opened, consecutiveFastTrack: nextConsecutiveFastTrack(state.consecutiveFastTrack, decision.ticket.fastTrack) }, now);
      this.d.uow.audit({ at: now, actor: actor.username, action: 'call', ticketId: called.id, counterId: counter.id, detail: { rule: decision.rule } });
      this.emitTicket('ticket.called', called, counter.id, now);
      return called;
    });
  }

  /**
   * Calls one waiting number out of the policy's order (the visitor is at the desk, an
   * appointment …). The reason is required and goes to the audit trail with the rule
   * 'out-of-order'; the counter's run of fast-track calls is left as it was, so the policy
   * carries on where it stood.
   */
  callSpecific(counterId: string, ticketId: string, reason: string, actor: Actor): StoredTicket {
    const counter = this.counter(counterId);
    return this.d.uow.write(() => {
      this.closePastDays();
      const now = this.d.now();
      const state = this.d.counters.get(counter.id);
      this.assertMayUseCounter(counter, state, actor);
      if (state.state === 'paused') {
        throw new AppError({ code: 'counter.paused', message: `${counter.name} sedang jeda. Tekan "Lanjutkan" sebelum memanggil.` });
      }
      const active = this.d.tickets.activeOfCounter(counter.id);
      if (active) {
        throw new AppError({ code: 'counter.has_active_ticket', message: `${counter.name} masih ${active.status === 'called' ? 'memanggil' : 'melayani'} nomor ${active.number}. Selesaikan atau tandai tidak hadir dulu.`, details: { activeTicketId: active.id } });
      }
      const before = this.ticket(ticketId);
      assertCanApply(before, 'call');
      if (before.counterId !== null && before.counterId !== counter.id) {
        throw new AppError({ code: 'ticket.other_counter', message: `Nomor ${before.number} sudah dipindahkan ke ${this.counter(before.counterId).name}; biarkan loket itu memanggilnya.` });
      }
      if (before.counterId === null && !counter.serviceIds.includes(before.serviceId)) {
        throw new AppError({ code: 'counter.wrong_service', message: `${counter.name} tidak melayani ${this.service(before.serviceId).name}. Pindahkan nomor ${before.number} ke layanan ini dulu.` });
      }
      const called: StoredTicket = { ...before, status: 'called', counterId: counter.id, calledAt: now, lastCalledAt: now, recallCount: 0, callRule: 'out-of-order' };
      this.applyUpdate(before, called, 'call');
      this.saveCounter(state, { ...state, state: 'open', userId: actor.userId ?? state.userId }, now);
      this.d.uow.audit({ at: now, actor: actor.username, action: 'call', ticketId: called.id, counterId: counter.id, detail: { rule: 'out-of-order', reason } });
      this.emitTicket('ticket.called', called, counter.id, now);
      return called;
    });
  }

  recall(ticketId: string, actor: Actor): StoredTicket {
    return this.act(ticketId, 'recall', actor, (t, now) => {
      const { maxRecalls, minIntervalSeconds } = this.d.config.recall;
      if (t.recallCount >= maxRecalls) {
        throw new AppError({ code: 'recall.limit_reached', message: `Nomor ${t.number} sudah dipanggil ulang ${maxRecalls} kali. Tandai tidak hadir bila pengunjung tidak datang.` });
      }
      const waitMs = (t.lastCalledAt ?? 0) + minIntervalSeconds * 1000 - now;
      if (waitMs > 0) {
        throw new AppError({ code: 'recall.too_soon', message: `Tunggu ${Math.ceil(waitMs / 1000)} detik lagi sebelum memanggil ulang ${t.number}.`, details: {
          retryAfterSeconds: Math.ceil(waitMs / 1000),
        } });
      }
      return { ...t, recallCount: t.recallCount + 1, lastCalledAt: now };
    });
  }

  start(ticketId: string, actor: Actor): StoredTicket {
    return this.act(ticketId, 'start', actor, (t, now) => ({ ...t, status: 'serving', startedAt: now }));
  }

  finish(ticketId: string, actor: Actor): StoredTicket {
    return this.d.uow.write(() => {
      const done = this.act(ticketId, 'finish', actor, (t, now) => ({ ...t, status: 'done', finishedAt: now }));
      this.d.afterFinish?.(done, actor);
      return done;
    });
  }

  noShow(ticketId: string, actor: Actor): StoredTicket {
    return this.act(ticketId, 'no-show', actor, (t, now) => ({ ...t, status: 'missed', missedAt: now, counterId: null }));
  }

  /** A missed visitor who comes back in time keeps the original place; later, joins at the end. */
  returnToQueue(ticketId: string, actor: Actor): StoredTicket {
    return this.act(ticketId, 'return', actor, (t, now) => {
      const inTime = t.missedAt !== null && now - t.missedAt <= this.d.config.recall.missedReturnMinutes * 60_000;
      return { ...t, status: 'waiting', queuedAt: inTime ? t.queuedAt : now, missedAt: null, calledAt: null, recallCount: 0, callRule: null };
    });
  }

  /**
   * A called ticket whose counter a supervisor releases goes back to its line at its first place
   * (queuedAt kept, so it is called next); recorded as a return over that counter's officer.
   */
  returnCalledToLine(ticketId: string, actor: Actor): StoredTicket {
    return this.d.uow.write(() => {
      const now = this.d.now();
      const before = this.ticket(ticketId);
      if (before.status !== 'called') throw new AppError({ code: 'ticket.wrong_state', message: `Nomor ${before.number} tidak sedang dipanggil.` });
      const holder = before.counterId ? this.d.counters.get(before.counterId).userId : null;
      const after: StoredTicket = { ...before, status: 'waiting', counterId: null, calledAt: null, lastCalledAt: null, recallCount: 0, callRule: null };
      this.applyUpdate(before, after, 'return');
      this.d.uow.audit({ at: now, actor: actor.username, action: 'return', ticketId: after.id, counterId: before.counterId, detail: { onCounterOf: holder, releasedCounter: true } });
      this.emitTicket('ticket.returned', after, before.counterId, now);
      return after;
    });
  }

  /**
   * Moves a ticket to another service's line, keeping its number, arrival time and fast track.
   * With `toCounterId` the visitor is sent to that counter by name: the ticket waits with that
   * counter on it, no other counter's call-next takes it, and that counter calls it first
   * (rule 'directed'). Same service is then allowed (a colleague at the next desk).
   */
  transfer(ticketId: string, serviceId: string, actor: Actor, toCounterId?: string): StoredTicket {
    const target = this.servicesById.get(serviceId);
    if (!target) throw new AppError({ code: 'service.unknown', message: `Layanan tujuan "${serviceId}" tidak dikenal.` });
    const toCounter = toCounterId === undefined ? null : this.counter(toCounterId);
    if (toCounter && !toCounter.serviceIds.includes(target.id)) {
      throw new AppError({ code: 'counter.wrong_service', message: `${toCounter.name} tidak melayani ${target.name}. Pilih loket lain atau layanan lain.` });
    }
    const detail = { serviceId: target.id, toCounterId: toCounter?.id ?? null };
    return this.act(ticketId, 'transfer', actor, (t) => {
      if (!toCounter && t.serviceId === target.id) throw new AppError({ code: 'ticket.same_service', message: `Tiket ${t.number} sudah berada di layanan ${target.name}.` });
      if (toCounter && t.counterId === toCounter.id) throw new AppError({ code: 'ticket.same_service', message: `Tiket ${t.number} sudah berada di ${toCounter.name}.` });
      return { ...t, serviceId: target.id, status: 'waiting', counterId: toCounter?.id ?? null, calledAt: null, startedAt: null, recallCount: 0, callRule: null };
    }, detail);
  }

  cancel(ticketId: string, actor: Actor): StoredTicket {
    return this.act(ticketId, 'cancel', actor, (t, now) => ({ ...t, status: 'cancelled', counterId: null, finishedAt: now, closedReason: 'dibatalkan_petugas' }));
  }

  private act(ticketId: string, action: OfficerTicketAction, actor: Actor, change: (t: StoredTicket, now: number) => StoredTicket, detail?: Record<string, unknown>): StoredTicket {
    return this.d.uow.write(() => {
      this.closePastDays();
      const now = this.d.now();
      const before = this.ticket(ticketId);
      // Who first: an officer at another counter learns nothing about the ticket's state.
      const holder = this.assertHoldsCounterOf(before, actor);
      assertCanApply(before, action);
      const after = change(before, now);
      this.applyUpdate(before, after, action);
      // A supervisor acting on another officer's counter: the trail says whose it was.
      const overHolder = holder !== undefined && holder !== actor.userId ? { onCounterOf: holder } : undefined;
      const trail = overHolder || detail ? { ...detail, ...overHolder } : undefined;
      this.d.uow.audit({ at: now, actor: actor.username, action, ticketId: after.id, counterId: before.counterId ?? after.counterId, ...(trail ? { detail: trail } : {}) });
      this.emitTicket(EVENT_OF_ACTION[action], after, before.counterId ?? after.counterId, now);
      return after;
    });
  }

  private applyUpdate(before: StoredTicket, after: StoredTicket, action: TicketAction): void {
    if (!this.d.tickets.update(after, before.status)) {
      // Unreachable with one writer; kept so a second writer could never silently double-apply.
      throw new AppError({ code: 'ticket.changed', message: `Tiket ${before.number} baru saja berubah. Muat ulang lalu coba lagi.`, details: { action } });
    }
  }

  /**
   * A CSO acts only on a ticket at the counter they hold; a ticket at no counter (waiting,
   * missed) has no holder, and any queue officer may return, transfer or cancel it. A supervisor
   * or administrator may act on any, and the holder they acted over is answered for the audit
   * trail. The kiosk never gets here.
   */
  private assertHoldsCounterOf(t: StoredTicket, actor: Actor): number | null | undefined {
    if (actor.role === 'kiosk') return undefined;
    if (t.counterId !== null) {
      const state = this.d.counters.get(t.counterId);
      if (oversees(actor) || actor.boundCounterId === t.counterId) return state.userId;
      if (state.state === 'closed' || state.userId !== actor.userId) {
        const name = this.countersById.get(t.counterId)?.name ?? t.counterId;
        throw new AppError({ code: 'counter.held_by_other', message: `Nomor ${t.number} ditangani di ${name}, yang tidak Anda pegang.` });
      }
      return state.userId;
    }
    return undefined;
  }

  private assertMayUseCounter(counter: CounterConfig, state: CounterStateRow, actor: Actor): void {
    if (state.state !== 'closed' && state.userId !== null && actor.userId !== null && state.userId !== actor.userId) {
      throw new AppError({ code: 'counter.busy', message: `${counter.name} sedang dipakai petugas lain. Minta supervisor melepasnya bila petugas itu sudah pergi.` });
    }
  }

  private saveCounter(before: CounterStateRow, after: CounterStateRow, now: number): void {
    this.d.counters.save(after, now);
    if (before.state !== after.state || before.userId !== after.userId) {
      this.d.uow.emit('counter.updated', { counterId: after.counterId, state: after.state, pauseReason: after.pauseReason }, now);
    }
  }

  private emitTicket(type: TicketEventType, t: Ticket, counterId: string | null, now: number): void {
    this.d.uow.emit(type, { ticket: toPublicTicket(t), counterId }, now);
  }
}

/** The actions act() runs; a call and the day's expiry have their own paths and events. */
type OfficerTicketAction = Exclude<TicketAction, 'call' | 'expire'>;

const EVENT_OF_ACTION: Record<OfficerTicketAction, TicketEventType> = {
  recall: 'ticket.recalled',
  start: 'ticket.started',
  finish: 'ticket.finished',
  'no-show': 'ticket.missed',
  return: 'ticket.returned',
  transfer: 'ticket.transferred',
  cancel: 'ticket.cancelled',
};
