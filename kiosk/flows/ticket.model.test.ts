/**
 * Model-based tests: xstate/graph walks the ticket machine's chart and every generated path is
 * replayed against a running actor whose IO is faked (answers settled by hand, timers on a
 * SimulatedClock). After every step the running flow must be where the model says, and the
 * flow's promises must hold: one key per confirm, no ticket without a server answer. Every path is
 * also stepped through the independent model (ticket.flow-model.test-support.ts), so a chart that
 * is consistent with itself but wrong about the flow's rules fails too; a second traversal counts
 * the attempts of one key, so the retry cycle (issuing -> waitingToRetry -> issuing ...) is walked.
 */
import { describe, expect, it } from 'vitest';
import type { ActorLogic, ActorScope, SnapshotFrom } from 'xstate';
import { getShortestPaths, getSimplePaths, type StatePath } from 'xstate/graph';
import { KioskRequestError } from '../app/api/request-error.ts';
import { FAST_TRACK_REASONS } from '../../shared/queue/ticket.ts';
import { printNeedsAttention, ticketMachine, type TicketEvent, type TicketInput, type TicketInternalEvent } from './ticket.machine.ts';
import { apply, initialModel, type Step } from './ticket.flow-model.test-support.ts';
import { SERVICES, startTicketHarness, TEST_TIMING, issueAnswerFor } from './ticket.test-support.ts';

type TicketSnapshot = SnapshotFrom<typeof ticketMachine>;
type DelayEvent = { type: `xstate.after.${'requestTimeout' | 'retryDelay' | 'resultDuration'}.ticket.${string}` };
type ModelEvent = TicketEvent | TicketInternalEvent | DelayEvent;
type ModelPath = StatePath<TicketSnapshot, ModelEvent>;

/**
 * The graph API types events by the machine's declared (visitor) events, but the machine also
 * reacts to its actors' done/error events and its timers, which the model must replay too. At
 * run time `transition()` takes any event object; this method signature (checked bivariantly by
 * TypeScript) widens the declared type without a cast.
 */
interface WideMachine {
  transition(snapshot: TicketSnapshot, event: ModelEvent, scope: ActorScope<TicketSnapshot, ModelEvent>): TicketSnapshot;
  getInitialSnapshot(scope: ActorScope<TicketSnapshot, ModelEvent>, input: TicketInput): TicketSnapshot;
}
const wide: WideMachine = ticketMachine;
const modelLogic: ActorLogic<TicketSnapshot, ModelEvent, TicketInput> = {
  transition: (snapshot, event, scope) => wide.transition(snapshot, event, scope),
  getInitialSnapshot: (scope, input) => wide.getInitialSnapshot(scope, input),
  getPersistedSnapshot: (snapshot) => snapshot,
};

const offline = new KioskRequestError('offline');
const rejected = new KioskRequestError('rejected', { code: 'service.unknown', message: 'Layanan ini sedang ditutup.' }, 400);
const request = { serviceId: 'klaim', fastTrack: null, idempotencyKey: 'model' };

/** Timers by state: a delayed event exists only while its state is active. */
const DELAYS_BY_STATE: Record<string, 'requestTimeout' | 'retryDelay' | 'resultDuration'> = {
  loadingServices: 'requestTimeout',
  issuing: 'requestTimeout',
  servicesUnavailable: 'retryDelay',
  waitingToRetry: 'retryDelay',
  showingResult: 'resultDuration',
};

/**
 * Everything that can happen in a state: any visitor tap, plus the answers of the actor the
 * state invokes and the timer it runs. (An actor's answer outside its state cannot happen: the
 * actor is stopped, and an unhandled actor error would wrongly fail the machine.)
 */
function modelEvents(snapshot: TicketSnapshot): ModelEvent[] {
  if (snapshot.status !== 'active') return [];
  const state = String(snapshot.value);
  const delay = DELAYS_BY_STATE[state];
  const actorAnswers: ModelEvent[] =
    state === 'loadingServices'
      ? [
          { type: 'xstate.done.actor.loadServices', output: SERVICES, actorId: 'loadServices' },
          { type: 'xstate.error.actor.loadServices', error: offline, actorId: 'loadServices' },
        ]
      : state === 'issuing'
        ? [
            ...(['printed', 'failed', 'queued'] as const).map(
              (status): ModelEvent => ({ type: 'xstate.done.actor.issueTicket', output: issueAnswerFor(request, { status }), actorId: 'issueTicket' }),
            ),
            { type: 'xstate.error.actor.issueTicket', error: offline, actorId: 'issueTicket' },
            { type: 'xstate.error.actor.issueTicket', error: rejected, actorId: 'issueTicket' },
          ]
        : [];
  return [
    ...actorAnswers,
    ...(delay ? [{ type: `xstate.after.${delay}.ticket.${state}` } satisfies DelayEvent] : []),
    { type: 'service.select', serviceId: 'klaim' },
    { type: 'service.select', serviceId: 'not-offered' },
    ...[...FAST_TRACK_REASONS, null].map((reason): ModelEvent => ({ type: 'fastTrack.select', reason })),
    { type: 'ticket.confirm' },
    { type: 'flow.back' },
    { type: 'flow.cancel' },
    { type: 'retry.now' },
    { type: 'result.extend' },
    { type: 'result.finish' },
  ];
}

// What distinguishes two situations for the visitor; retry counters and keys do not.
const serializeState = (s: TicketSnapshot): string =>
  JSON.stringify([s.value, s.status, s.context.serviceId, s.context.fastTrack, s.context.issued?.print.status ?? null]);

const traversal = { events: modelEvents, serializeState, input: { timing: TEST_TIMING } };

/** Like serializeState, but the first three attempts of a key are different situations: retry cycles. */
const serializeWithAttempts = (s: TicketSnapshot): string => JSON.stringify([serializeState(s), Math.min(s.context.attempts, 3)]);

/** The graph's event as a step of the independent model (null for the graph's start marker). */
function stepOf(event: ModelEvent): Step | null {
  if (String(event.type) === 'xstate.init') return null;
  switch (event.type) {
    case 'xstate.done.actor.loadServices':
      return { kind: 'servicesAnswer' };
    case 'xstate.error.actor.loadServices':
      return { kind: 'servicesFail' };
    case 'xstate.done.actor.issueTicket':
      return { kind: 'issueAnswer', print: event.output.print.status };
    case 'xstate.error.actor.issueTicket':
      return { kind: 'issueFail', error: event.error === rejected ? 'rejected' : 'offline' };
    case 'service.select':
      return { kind: 'select', serviceId: event.serviceId === 'klaim' ? 'klaim' : 'not-offered' };
    case 'fastTrack.select':
      return { kind: 'fastTrack', reason: event.reason };
    case 'ticket.confirm':
      return { kind: 'confirm' };
    case 'flow.back':
      return { kind: 'back' };
    case 'flow.cancel':
      return { kind: 'cancel' };
    case 'retry.now':
      return { kind: 'retryNow' };
    case 'result.extend':
      return { kind: 'extend' };
    case 'result.finish':
      return { kind: 'finish' };
    default:
      return { kind: 'timerFires' };
  }
}

async function replay(path: ModelPath): Promise<void> {
  const h = startTicketHarness();
  let confirms = 0;
  let serverAnswered = false;
  let model = initialModel();
  for (const step of path.steps) {
    const event = step.event;
    const modelStep = stepOf(event);
    if (modelStep) model = apply(model, modelStep);
    const before = h.actor.getSnapshot();
    switch (event.type) {
      case 'xstate.done.actor.loadServices':
        await h.answerServices(event.output);
        break;
      case 'xstate.error.actor.loadServices':
        await h.failServices(event.error);
        break;
      case 'xstate.done.actor.issueTicket':
        await h.answerIssue(event.output.print);
        serverAnswered = true;
        break;
      case 'xstate.error.actor.issueTicket':
        await h.failIssue(event.error);
        break;
      default:
        if (event.type.startsWith('xstate.after.')) {
          const { timing, issued } = before.context;
          const delay = event.type.includes('.requestTimeout.')
            ? timing.requestTimeoutMs
            : event.type.includes('.retryDelay.')
              ? timing.retryDelayMs
              : printNeedsAttention(issued) ? timing.resultLongMs : timing.resultMs;
          h.clock.increment(delay);
        } else if (isVisitorEvent(event)) {
          if (event.type === 'ticket.confirm' && before.matches('confirming')) confirms += 1;
          h.actor.send(event);
        }
    }
    const now = h.actor.getSnapshot();
    expect(now.value, `after ${event.type}`).toEqual(step.state.value);
    expect(now.status).toBe(step.state.status);
    // Never a ticket the server did not give.
    if (now.context.issued !== null) expect(serverAnswered).toBe(true);
    // One Idempotency-Key per confirm, however many retries.
    expect(new Set(h.issueRequests.map((r) => r.idempotencyKey)).size).toBe(confirms);
    // And the independent model agrees on where the flow is and what it sent.
    expect(now.value, `model after ${event.type}`).toBe(model.screen);
    expect(now.context.attempts).toBe(model.attempts);
    expect(h.issueRequests.map((r) => r.idempotencyKey)).toEqual(model.requests.map((r) => `test-key-${r.key}`));
  }
  expect(h.actor.getSnapshot().value).toEqual(path.state.value);
}

function isVisitorEvent(event: ModelEvent): event is TicketEvent {
  return !event.type.startsWith('xstate.');
}

describe('ticket machine (model-based)', () => {
  const shortest = getShortestPaths(modelLogic, traversal);
  const simpleToEnd = getSimplePaths(modelLogic, { ...traversal, toState: (s) => s.status === 'done' });

  it('reaches every state of the chart', () => {
    const reached = new Set(shortest.map((p) => String(p.state.value)));
    const declared = Object.keys(ticketMachine.root.states);
    expect([...reached].sort()).toEqual([...declared].sort());
  });

  it('has simple paths to the end for every fast-track choice and print outcome', () => {
    const ends = new Set(simpleToEnd.map((p) => `${String(p.state.value)}:${p.state.context.fastTrack}:${p.state.context.issued?.print.status ?? '-'}`));
    for (const reason of [...FAST_TRACK_REASONS, null]) {
      for (const print of ['printed', 'failed', 'queued']) expect(ends).toContain(`issued:${reason}:${print}`);
    }
    expect(ends).toContain('cancelled:null:-');
  });

  const withRetries = getShortestPaths(modelLogic, { ...traversal, serializeState: serializeWithAttempts });

  it('walks the retry cycle: issuing, waiting to retry and the result after one, two and three (or more) attempts of one key', () => {
    const reached = new Set(withRetries.map((p) => `${String(p.state.value)}:${Math.min(p.state.context.attempts, 3)}`));
    for (const attempts of [1, 2, 3]) {
      expect(reached).toContain(`issuing:${attempts}`);
      expect(reached).toContain(`waitingToRetry:${attempts}`);
      expect(reached).toContain(`showingResult:${attempts}`);
    }
  });

  it.each(withRetries.filter((p) => p.state.context.attempts >= 2).map((p) => [p.steps.map((s) => s.event.type).join(' > '), p] as const))(
    'retry path: %s',
    async (_name, path) => replay(path),
  );

  it.each(shortest.map((p) => [p.steps.map((s) => s.event.type).join(' > ') || '(start)', p] as const))(
    'shortest path: %s',
    async (_name, path) => replay(path),
  );

  it(`replays all ${simpleToEnd.length} simple paths to the end`, async () => {
    for (const path of simpleToEnd) await replay(path);
  }, 120_000);
});
