/**
 * The ticket flow at the kiosk: choose a service -> the fast-track question -> confirm -> issue ->
 * show the number -> back home by itself.
 *
 * Rules this machine keeps (tested in ticket.machine.test.ts and ticket.model.test.ts):
 * - One Idempotency-Key per confirm, reused on every retry, so the server makes one ticket however
 *   often the request is repeated. Taps on confirm while issuing are not handled at all.
 * - A ticket is only shown when the server answered with one (the `issued` context is only set
 *   from the issue actor's output).
 * - Network trouble never freezes the flow: every request has a timeout and is retried by itself.
 *
 * IO comes in as named actors (`loadServices`, `issueTicket`) and the key as a named action, so
 * tests and the app swap them with `.provide()`.
 */
import { assign, fromPromise, setup, type DoneActorEvent, type ErrorActorEvent } from 'xstate';
import type { ServiceDto } from '../../shared/contracts/queue.ts';
import type { FastTrackReason } from '../../shared/queue/ticket.ts';
import type { IssueAnswer, IssueRequest } from '../app/api/kiosk-api.ts';
import { isKioskRequestError, type RequestFailureKind } from '../app/api/request-error.ts';
import { newIdempotencyKey } from './idempotency-key.ts';

export interface TicketTiming {
  /** A request that has not answered by then is treated as lost (and retried). */
  requestTimeoutMs: number;
  /** Pause before an automatic retry. */
  retryDelayMs: number;
  /** How long the number stays on screen when the ticket was printed. */
  resultMs: number;
  /** How long it stays when the paper ticket is missing (time to photograph it). */
  resultLongMs: number;
}

export const DEFAULT_TICKET_TIMING: TicketTiming = {
  requestTimeoutMs: 8_000,
  retryDelayMs: 4_000,
  resultMs: 20_000,
  resultLongMs: 90_000,
};

export interface TicketContext {
  timing: TicketTiming;
  preferredService: string | null;
  services: ServiceDto[];
  serviceId: string | null;
  fastTrack: FastTrackReason | null;
  idempotencyKey: string | null;
  /** Requests sent for the current key (1 = the first try). */
  attempts: number;
  lastFailure: RequestFailureKind | null;
  rejectedMessage: string | null;
  issued: IssueAnswer | null;
}

export type TicketEvent =
  | { type: 'service.select'; serviceId: string }
  | { type: 'fastTrack.select'; reason: FastTrackReason | null }
  | { type: 'ticket.confirm' }
  | { type: 'flow.back' }
  | { type: 'flow.cancel' }
  | { type: 'retry.now' }
  | { type: 'result.extend' }
  | { type: 'result.finish' };

export interface TicketInput {
  timing?: Partial<TicketTiming>;
  /**
   * Start at the fast-track question for this service when the server offers it (e.g. the FAQ
   * screen's "take an Information number"); matched against id, name and English name.
   */
  preferredService?: string;
}

export function findPreferredService(services: ServiceDto[], wanted: string | null): ServiceDto | undefined {
  if (!wanted) return undefined;
  const w = wanted.trim().toLowerCase();
  return services.find((s) => s.id.toLowerCase() === w) ?? services.find((s) => [s.name, s.nameEn ?? ''].some((n) => n.toLowerCase().includes(w)));
}

export interface TicketOutput {
  outcome: 'issued' | 'cancelled';
}

/** Events the machine receives from its own actors and timers; model tests replay them. */
export type TicketInternalEvent =
  | DoneActorEvent<ServiceDto[], 'loadServices'>
  | DoneActorEvent<IssueAnswer, 'issueTicket'>
  | ErrorActorEvent<unknown, 'loadServices'>
  | ErrorActorEvent<unknown, 'issueTicket'>;

export function printNeedsAttention(issued: IssueAnswer | null): boolean {
  return issued !== null && issued.print.status !== 'printed';
}

const failureKind = (error: unknown): RequestFailureKind => (isKioskRequestError(error) ? error.kind : 'offline');

export const ticketMachine = setup({
  types: {
    context: {} as TicketContext,
    events: {} as TicketEvent,
    input: {} as TicketInput,
    output: {} as TicketOutput,
  },
  actors: {
    // Placeholders: the app provides the real ones (kiosk/app/ticket/provide-ticket-flow.ts).
    loadServices: fromPromise<ServiceDto[]>(async () => {
      throw new Error('loadServices is not provided');
    }),
    issueTicket: fromPromise<IssueAnswer, IssueRequest>(async () => {
      throw new Error('issueTicket is not provided');
    }),
  },
  actions: {
    assignNewIdempotencyKey: assign({ idempotencyKey: () => newIdempotencyKey(), attempts: 0 }),
    countAttempt: assign({ attempts: ({ context }) => context.attempts + 1 }),
    clearFailure: assign({ lastFailure: null, rejectedMessage: null }),
  },
  guards: {
    isOfferedService: ({ context, event }) => event.type === 'service.select' && context.services.some((s) => s.id === event.serviceId),
    isRejection: ({ event }) => 'error' in event && isKioskRequestError(event.error) && !event.error.retryable,
  },
  delays: {
    requestTimeout: ({ context }) => context.timing.requestTimeoutMs,
    retryDelay: ({ context }) => context.timing.retryDelayMs,
    resultDuration: ({ context }) => (printNeedsAttention(context.issued) ? context.timing.resultLongMs : context.timing.resultMs),
  },
}).createMachine({
  id: 'ticket',
  context: ({ input }) => ({
    timing: { ...DEFAULT_TICKET_TIMING, ...input.timing },
    preferredService: input.preferredService ?? null,
    services: [],
    serviceId: null,
    fastTrack: null,
    idempotencyKey: null,
    attempts: 0,
    lastFailure: null,
    rejectedMessage: null,
    issued: null,
  }),
  initial: 'loadingServices',
  on: {
    // Cancel is offered on every screen except while a ticket is being issued (see `issuing`).
    'flow.cancel': { target: '.cancelled' },
  },
  states: {
    loadingServices: {
      invoke: {
        id: 'loadServices',
        src: 'loadServices',
        onDone: [
          {
            guard: ({ context, event }) => findPreferredService(event.output, context.preferredService) !== undefined,
            target: 'askingFastTrack',
            actions: [
              assign(({ context, event }) => ({
                services: event.output,
                serviceId: findPreferredService(event.output, context.preferredService)?.id ?? null,
                // Only the first arrival skips the list; after "back" the visitor chooses freely.
                preferredService: null,
              })),
              'clearFailure',
            ],
          },
          { target: 'choosingService', actions: [assign({ services: ({ event }) => event.output }), 'clearFailure'] },
        ],
        onError: { target: 'servicesUnavailable', actions: assign({ lastFailure: ({ event }) => failureKind(event.error) }) },
      },
      after: { requestTimeout: { target: 'servicesUnavailable', actions: assign({ lastFailure: 'timeout' }) } },
    },
    servicesUnavailable: {
      after: { retryDelay: 'loadingServices' },
      on: { 'retry.now': 'loadingServices', 'flow.back': 'cancelled' },
    },
    choosingService: {
      on: {
        'service.select': { guard: 'isOfferedService', target: 'askingFastTrack', actions: assign({ serviceId: ({ event }) => event.serviceId }) },
        'flow.back': 'cancelled',
      },
    },
    askingFastTrack: {
      on: {
        'fastTrack.select': { target: 'confirming', actions: assign({ fastTrack: ({ event }) => event.reason }) },
        // Going back clears the choice made on the screen left, so nothing stale is sent.
        'flow.back': { target: 'choosingService', actions: assign({ serviceId: null }) },
      },
    },
    confirming: {
      on: {
        // The only place a new key is made: one visitor decision, one ticket.
        'ticket.confirm': { target: 'issuing', actions: ['assignNewIdempotencyKey', 'clearFailure'] },
        'flow.back': { target: 'askingFastTrack', actions: assign({ fastTrack: null }) },
      },
    },
    issuing: {
      entry: 'countAttempt',
      invoke: {
        id: 'issueTicket',
        src: 'issueTicket',
        input: ({ context }) => ({
          serviceId: context.serviceId ?? '',
          fastTrack: context.fastTrack,
          idempotencyKey: context.idempotencyKey ?? '',
        }),
        onDone: { target: 'showingResult', actions: [assign({ issued: ({ event }) => event.output }), 'clearFailure'] },
        onError: [
          {
            guard: 'isRejection',
            target: 'rejected',
            actions: assign({
              lastFailure: 'rejected',
              rejectedMessage: ({ event }) => (isKioskRequestError(event.error) ? event.error.serverMessage : null),
            }),
          },
          { target: 'waitingToRetry', actions: assign({ lastFailure: ({ event }) => failureKind(event.error) }) },
        ],
      },
      after: { requestTimeout: { target: 'waitingToRetry', actions: assign({ lastFailure: 'timeout' }) } },
      on: {
        // Repeated taps and cancel are deliberately ignored here: the request is in flight and
        // its answer (or its retry with the same key) decides what the visitor sees.
        'ticket.confirm': {},
        'flow.cancel': {},
      },
    },
    waitingToRetry: {
      after: { retryDelay: 'issuing' },
      on: { 'retry.now': 'issuing' },
    },
    rejected: {
      on: { 'flow.back': { target: 'loadingServices', actions: assign({ serviceId: null, fastTrack: null, idempotencyKey: null }) } },
    },
    showingResult: {
      after: { resultDuration: 'issued' },
      on: {
        'result.extend': { target: 'showingResult', reenter: true },
        'result.finish': 'issued',
        'flow.cancel': 'issued',
      },
    },
    issued: { type: 'final' },
    cancelled: { type: 'final' },
  },
  output: ({ context }) => ({ outcome: context.issued === null ? 'cancelled' : 'issued' }),
});

export type TicketMachine = typeof ticketMachine;
