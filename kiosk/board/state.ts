/**
 * What the board shows, as a pure function of the last snapshot and the events since.
 *
 * Events make the board react at once (flash, voice); a snapshot (GET /api/queue) is the truth
 * for counts and lists and is fetched on connect and after events. Because a snapshot may arrive
 * after events newer than it were applied, the events newer than the snapshot are kept and applied
 * again on top of it (`rebase`), so nothing is lost whichever arrives first.
 */
import type { CounterDto } from '../../shared/contracts/counters.ts';
import type { QueueEvent, QueueEventOf } from '../../shared/contracts/events.ts';
import type { QueueSnapshotDto, ServiceDto } from '../../shared/contracts/queue.ts';
import { ticketEventPayloads, type PublicTicketDto, type TicketEventType } from '../../shared/contracts/tickets.ts';
import { callClips, callSentence } from '../../shared/audio/clips.ts';

export interface BoardCall {
  /** The ticket as it is now: it may have been missed, transferred or served since the call. */
  ticket: PublicTicketDto;
  /** The counter it was called to (kept when the ticket is missed or transferred). */
  counterId: string | null;
  /** Event id that made this call; 0 when it came from a snapshot. */
  eventId: number;
}

export interface BoardState {
  branch: QueueSnapshotDto['branch'];
  serviceDay: string;
  lastEventId: number;
  services: ServiceDto[];
  counters: CounterDto[];
  /** Newest first, at most six, one entry per ticket. */
  recentCalls: BoardCall[];
  missed: PublicTicketDto[];
  /**
   * The call on the big panel: the newest call whose ticket still stands at its counter (called or
   * being served). A ticket marked missed, transferred, cancelled or finished leaves it, and the
   * panel falls back to the newest call still standing, or to none. `flash` changes on every new
   * call or recall.
   */
  nowCalling: (BoardCall & { flash: number }) | null;
  /** Applied events newer than the snapshot, kept for `rebase`. */
  pendingEvents: QueueEvent[];
}

export interface AnnounceRequest {
  key: string;
  label: string;
  clips: string[];
  sentence: string | null;
  /** Event time (ISO) to judge staleness. */
  at: string;
}

const RECENT_MAX = 6;
const PENDING_MAX = 200;
const CALL_TYPES = new Set<QueueEvent['type']>(['ticket.called', 'ticket.recalled']);
/** After these the ticket no longer stands at a counter. */
const LEAVES_COUNTER = new Set<QueueEvent['type']>(['ticket.finished', 'ticket.missed', 'ticket.transferred', 'ticket.cancelled']);

type TicketEvent = QueueEventOf<TicketEventType>;
const isTicketEvent = (e: QueueEvent): e is TicketEvent => Object.hasOwn(ticketEventPayloads, e.type);

const STANDING = new Set<PublicTicketDto['status']>(['called', 'serving']);
const standingCall = (calls: BoardCall[]): BoardCall | undefined => calls.find((c) => STANDING.has(c.ticket.status));
/** The calls with this ticket's latest state; each keeps the counter it was called to. */
const withTicket = (calls: BoardCall[], ticket: PublicTicketDto): BoardCall[] => calls.map((c) => (c.ticket.id === ticket.id ? { ...c, ticket } : c));

/** The big panel after `ticket` changed: the same call updated, or the newest call still standing. */
function panelAfter(state: BoardState, ticket: PublicTicketDto, recentCalls: BoardCall[]): BoardState['nowCalling'] {
  const now = state.nowCalling;
  if (!now || now.ticket.id !== ticket.id) return now;
  if (STANDING.has(ticket.status)) return { ...now, ticket };
  const fallback = standingCall(recentCalls);
  return fallback ? { ...fallback, flash: now.flash } : null;
}

export function fromSnapshot(s: QueueSnapshotDto, previous?: BoardState): BoardState {
  const recentCalls = s.recentCalls.slice(0, RECENT_MAX).map((c) => ({ ticket: c.ticket, counterId: c.counterId, eventId: 0 }));
  const head = standingCall(recentCalls);
  // Keep the big panel (and its flash counter) if it still shows the same call.
  const prevNow = previous?.nowCalling;
  const nowCalling = prevNow && head && prevNow.ticket.id === head.ticket.id ? { ...head, eventId: prevNow.eventId, flash: prevNow.flash } : head ? { ...head, flash: prevNow?.flash ?? 0 } : null;
  return {
    branch: s.branch,
    serviceDay: s.serviceDay,
    lastEventId: s.lastEventId,
    services: s.services,
    counters: s.counters,
    recentCalls,
    missed: s.missed,
    nowCalling,
    pendingEvents: [],
  };
}

/**
 * A snapshot fetched while the event stream stayed open, plus the events we applied that it does
 * not contain yet. (After a reconnect the stream was closed while fetching, so the page uses
 * `fromSnapshot` and the stream replays from the last event it saw.)
 */
export function rebase(previous: BoardState, s: QueueSnapshotDto): BoardState {
  let state = fromSnapshot(s, previous);
  for (const e of previous.pendingEvents) {
    if (e.id > s.lastEventId) state = applyEvent(state, e).state;
  }
  return state;
}

const oneMoreWaiting = (services: ServiceDto[], ticket: PublicTicketDto): ServiceDto[] =>
  services.map((s) => (s.id === ticket.serviceId ? { ...s, waiting: s.waiting + 1 } : s));

const replaceCounter = (counters: CounterDto[], id: string, f: (c: CounterDto) => CounterDto): CounterDto[] =>
  counters.map((c) => (c.id === id ? f(c) : c));

function announcementOf(state: BoardState, e: QueueEvent, ticket: PublicTicketDto, counterId: string | null): AnnounceRequest | null {
  const counter = state.counters.find((c) => c.id === counterId);
  if (!counter) return null;
  const spoken = { ticketNumber: ticket.number, counterSpokenNumber: counter.spokenNumber };
  const clips = callClips(spoken);
  if (!clips) return null;
  // Keyed by what happened, not by the event id alone: a replay has the same key, a recall not.
  return { key: `${e.type}:${ticket.id}:${e.at}`, label: `${ticket.number} → ${counter.name}`, clips, sentence: callSentence(spoken), at: e.at };
}

/**
 * Applies one event (parsed with the contract by the live connection). Events that do not concern
 * the board (help requests, printers, call pads) change nothing but its event id. An event the state already
 * contains (replayed after a reconnect) changes nothing either, but a call in it is still returned
 * for announcing: the voice sequencer says each call once, so a call made during the outage is
 * heard, and one already heard is not.
 */
export function applyEvent(state: BoardState, e: QueueEvent): { state: BoardState; announce: AnnounceRequest | null } {
  const data = isTicketEvent(e) ? e.data : null;
  const ticket = data?.ticket;
  const counterId = data ? (data.counterId ?? data.ticket.counterId) : null;
  const isCall = CALL_TYPES.has(e.type);
  if (e.id <= state.lastEventId) {
    return { state, announce: isCall && ticket ? announcementOf(state, e, ticket, counterId) : null };
  }
  const base: BoardState = { ...state, lastEventId: e.id, pendingEvents: [...state.pendingEvents, e].slice(-PENDING_MAX) };
  if (e.type === 'counter.updated') {
    const c = e.data;
    return { state: { ...base, counters: replaceCounter(base.counters, c.counterId, (x) => ({ ...x, state: c.state })) }, announce: null };
  }
  if (!ticket) return { state: base, announce: null };

  if (CALL_TYPES.has(e.type)) {
    const call: BoardCall = { ticket, counterId, eventId: e.id };
    const counters = counterId ? replaceCounter(base.counters, counterId, (c) => ({ ...c, current: ticket })) : base.counters;
    // A recall moves the ticket to the top instead of listing it twice.
    const recentCalls = [call, ...base.recentCalls.filter((c) => c.ticket.id !== ticket.id)].slice(0, RECENT_MAX);
    const missed = base.missed.filter((t) => t.id !== ticket.id);
    const flash = (base.nowCalling?.flash ?? 0) + 1;
    // The snapshot that follows corrects the count; this keeps it right in the meantime.
    const services = e.type === 'ticket.called' ? base.services.map((s) => (s.id === ticket.serviceId ? { ...s, waiting: Math.max(0, s.waiting - 1) } : s)) : base.services;
    const next: BoardState = { ...base, counters, services, recentCalls, missed, nowCalling: { ...call, flash } };
    const announce = announcementOf(next, e, ticket, counterId);
    return { state: next, announce };
  }

  const recentCalls = withTicket(base.recentCalls, ticket);
  const nowCalling = panelAfter(base, ticket, recentCalls);

  if (e.type === 'ticket.started') {
    const counters = counterId ? replaceCounter(base.counters, counterId, (c) => ({ ...c, current: ticket })) : base.counters;
    return { state: { ...base, counters, recentCalls, nowCalling }, announce: null };
  }

  if (LEAVES_COUNTER.has(e.type)) {
    const counters = base.counters.map((c) => (c.current?.id === ticket.id ? { ...c, current: null } : c));
    const missed = e.type === 'ticket.missed' ? [...base.missed.filter((t) => t.id !== ticket.id), ticket] : base.missed.filter((t) => t.id !== ticket.id);
    // A transferred ticket waits again in its new service (the next snapshot confirms the count).
    const services = e.type === 'ticket.transferred' ? oneMoreWaiting(base.services, ticket) : base.services;
    return { state: { ...base, counters, missed, services, recentCalls, nowCalling }, announce: null };
  }

  if (e.type === 'ticket.returned') {
    return { state: { ...base, services: oneMoreWaiting(base.services, ticket), missed: base.missed.filter((t) => t.id !== ticket.id), recentCalls, nowCalling }, announce: null };
  }

  if (e.type === 'ticket.issued') {
    return { state: { ...base, services: oneMoreWaiting(base.services, ticket) }, announce: null };
  }

  return { state: base, announce: null };
}
