/**
 * Model-based tests: xstate/graph walks the survey machine's chart (both entries: the kiosk's
 * "which ticket?" and the tablet's known invitation) and every generated path is replayed against
 * a running actor with faked IO and a SimulatedClock. After every step the flow must be where the
 * model says, and its promises must hold: nothing saved without a face, the saved answers are
 * exactly what was tapped last per element, one key per decision to send, and no answer left in
 * the context from the thanks screen on.
 */
import { describe, expect, it } from 'vitest';
import type { ActorLogic, ActorScope, SnapshotFrom } from 'xstate';
import { getShortestPaths, getSimplePaths, type StatePath } from 'xstate/graph';
import { SKM_ELEMENTS, type SkmAnswers } from '../../shared/survey/elements.ts';
import { KioskRequestError } from '../app/api/request-error.ts';
import { surveyMachine, type SurveyEvent, type SurveyInput } from './survey.machine.ts';
import { INVITATION, startSurveyHarness, SURVEY_TEST_TIMING } from './survey.test-support.ts';

type Snapshot = SnapshotFrom<typeof surveyMachine>;
type DelayEvent = { type: `xstate.after.${'requestTimeout' | 'inviteDuration' | 'thanksDuration'}.survey.${string}` };
type ActorEvent =
  | { type: 'xstate.done.actor.claimInvitation'; output: typeof INVITATION; actorId: 'claimInvitation' }
  | { type: 'xstate.error.actor.claimInvitation'; error: unknown; actorId: 'claimInvitation' }
  | { type: 'xstate.done.actor.saveResponse'; output: undefined; actorId: 'saveResponse' }
  | { type: 'xstate.error.actor.saveResponse'; error: unknown; actorId: 'saveResponse' };
type ModelEvent = SurveyEvent | ActorEvent | DelayEvent;
type ModelPath = StatePath<Snapshot, ModelEvent>;

interface WideMachine {
  transition(snapshot: Snapshot, event: ModelEvent, scope: ActorScope<Snapshot, ModelEvent>): Snapshot;
  getInitialSnapshot(scope: ActorScope<Snapshot, ModelEvent>, input: SurveyInput): Snapshot;
}
const wide: WideMachine = surveyMachine;
const modelLogic: ActorLogic<Snapshot, ModelEvent, SurveyInput> = {
  transition: (snapshot, event, scope) => wide.transition(snapshot, event, scope),
  getInitialSnapshot: (scope, input) => wide.getInitialSnapshot(scope, input),
  getPersistedSnapshot: (snapshot) => snapshot,
};

const offline = new KioskRequestError('offline');
const refused = new KioskRequestError('rejected', { code: 'survey.already_answered', message: 'Survei untuk tiket ini sudah diisi.' }, 409);
const DELAYS: Record<string, 'requestTimeout' | 'inviteDuration' | 'thanksDuration'> = { claiming: 'requestTimeout', inviting: 'inviteDuration', thanks: 'thanksDuration' };

function modelEvents(full: boolean) {
  return (snapshot: Snapshot): ModelEvent[] => {
    if (snapshot.status !== 'active') return [];
    const state = String(snapshot.value);
    const delay = DELAYS[state];
    const actors: ModelEvent[] =
      state === 'claiming'
        ? [
            { type: 'xstate.done.actor.claimInvitation', output: INVITATION, actorId: 'claimInvitation' },
            { type: 'xstate.error.actor.claimInvitation', error: offline, actorId: 'claimInvitation' },
            { type: 'xstate.error.actor.claimInvitation', error: refused, actorId: 'claimInvitation' },
          ]
        : state === 'saving'
          ? [
              { type: 'xstate.done.actor.saveResponse', output: undefined, actorId: 'saveResponse' },
              { type: 'xstate.error.actor.saveResponse', error: offline, actorId: 'saveResponse' },
            ]
          : [];
    const visitor: ModelEvent[] = [
      { type: 'ticket.submit', text: 'A-012' },
      { type: 'ticket.submit', text: ' ' },
      { type: 'ticket.edit' },
      { type: 'overall.select', score: 4 },
      { type: 'elements.start' },
      { type: 'survey.finish' },
      { type: 'element.answer', score: 3 },
      // Answer and skip lead to the same screen; walking both in every simple path would be 2^9
      // times the paths. Skip is walked by the shortest paths (full model) and the unit tests.
      ...(full ? ([{ type: 'element.skip' }] satisfies ModelEvent[]) : []),
      { type: 'flow.back' },
      { type: 'comment.submit', text: 'Bagus' },
      { type: 'comment.skip' },
      { type: 'retry.now' },
      { type: 'survey.close' },
      { type: 'flow.cancel' },
      { type: 'session.timeout' },
      ...(full ? ([{ type: 'overall.select', score: 1 }, { type: 'language.set', language: 'en' }] satisfies ModelEvent[]) : []),
    ];
    return [...actors, ...(delay ? [{ type: `xstate.after.${delay}.survey.${state}` } satisfies DelayEvent] : []), ...visitor];
  };
}

const serialize = (full: boolean) => (s: Snapshot): string =>
  // Which elements hold an answer would be 3^9 situations; how many is enough to tell screens apart.
  JSON.stringify(full ? [s.value, s.status, s.context.index, s.context.overall, Object.keys(s.context.answers).length, s.context.invitation !== null] : [s.value, s.status, s.context.index, s.context.invitation !== null]);

async function replay(path: ModelPath, input: SurveyInput): Promise<void> {
  const h = startSurveyHarness({ invitation: input.invitation ?? null });
  let decisions = 0;
  // What the visitor tapped last per element, kept independently of the machine.
  let tapped: SkmAnswers = {};
  let face: number | null = null;
  for (const step of path.steps) {
    const event = step.event;
    const before = h.actor.getSnapshot();
    const beforeState = String(before.value);
    switch (event.type) {
      case 'xstate.done.actor.claimInvitation':
        await h.answerClaim(event.output);
        break;
      case 'xstate.error.actor.claimInvitation':
        await h.failClaim(event.error);
        break;
      case 'xstate.done.actor.saveResponse':
        await h.answerSave();
        break;
      case 'xstate.error.actor.saveResponse':
        await h.failSave(event.error);
        break;
      default:
        if (event.type.startsWith('xstate.after.')) {
          const { timing } = before.context;
          h.clock.increment(event.type.includes('requestTimeout') ? timing.requestTimeoutMs : event.type.includes('inviteDuration') ? timing.inviteMs : timing.thanksMs);
        } else {
          const visitorEvent = event as SurveyEvent;
          const element = SKM_ELEMENTS[before.context.index];
          if (beforeState === 'asking' && element && visitorEvent.type === 'element.answer') tapped = { ...tapped, [element]: visitorEvent.score };
          if (beforeState === 'asking' && element && visitorEvent.type === 'element.skip') {
            tapped = { ...tapped };
            delete tapped[element];
          }
          if (beforeState === 'rating' && visitorEvent.type === 'overall.select') face = visitorEvent.score;
          if (beforeState === 'inviting' && visitorEvent.type === 'flow.back') face = null;
          h.actor.send(visitorEvent);
        }
    }
    const now = h.actor.getSnapshot();
    expect(now.value, `after ${event.type}`).toEqual(step.state.value);
    if (now.matches('saving') && !before.matches('saving') && !before.matches('saveFailed')) decisions += 1;
    // One key per decision to send; a retry reuses it.
    expect(new Set(h.saves.map((s) => s.idempotencyKey)).size).toBe(decisions);
    // Never a save without a face; always exactly what was tapped.
    for (const save of h.saves) {
      expect(save.body.overall).toBe(face ?? save.body.overall);
      expect(save.body.overall).not.toBeNull();
    }
    const last = h.saves.at(-1);
    if (last && now.matches('saving')) expect(last.body.answers).toEqual(tapped);
    if (now.matches('thanks') || now.status === 'done') expect(now.context).toMatchObject({ overall: null, answers: {}, comment: '' });
  }
}

const ENTRIES: [string, SurveyInput][] = [
  ['kiosk (ticket first)', { timing: SURVEY_TEST_TIMING }],
  ['tablet (invitation known)', { timing: SURVEY_TEST_TIMING, invitation: INVITATION }],
];

describe.each(ENTRIES)('survey machine (model-based), %s', (_name, input) => {
  const shortest = getShortestPaths(modelLogic, { events: modelEvents(true), serializeState: serialize(true), input });
  const simple = getSimplePaths(modelLogic, { events: modelEvents(false), serializeState: serialize(false), input, toState: (s) => s.status === 'done' });

  it('reaches every state the entry can reach', () => {
    const reached = new Set(shortest.map((p) => String(p.state.value)));
    const declared = Object.keys(surveyMachine.root.states).filter((s) => s !== 'starting');
    const unreachable = input.invitation ? ['enteringTicket', 'claiming', 'ticketRefused'] : [];
    expect([...reached].sort()).toEqual(declared.filter((s) => !unreachable.includes(s)).sort());
  });

  it(`replays ${shortest.length} shortest paths`, async () => {
    for (const path of shortest) await replay(path, input);
  }, 120_000);

  it(`replays all ${simple.length} simple paths to the end`, async () => {
    expect(simple.length).toBeGreaterThan(0);
    for (const path of simple) await replay(path, input);
  }, 240_000);
});
