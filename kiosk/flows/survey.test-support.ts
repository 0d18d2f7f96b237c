/**
 * Test support for the survey machine: the real machine with its IO replaced by promises the test
 * settles by hand, a simulated clock and numbered idempotency keys.
 */
import { assign, createActor, fromPromise, SimulatedClock } from 'xstate';
import type { SurveyInvitation } from '../../shared/contracts/survey.ts';
import { surveyMachine, type SaveRequest, type SurveyInput, type SurveyTiming } from './survey.machine.ts';
import { flushPromises } from './ticket.test-support.ts';

interface Deferred<T> {
  promise: Promise<T>;
  resolve: (value: T) => void;
  reject: (error: unknown) => void;
}

function deferred<T>(): Deferred<T> {
  let resolve: (value: T) => void = () => undefined;
  let reject: (error: unknown) => void = () => undefined;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

export const SURVEY_TEST_TIMING: SurveyTiming = { requestTimeoutMs: 5_000, inviteMs: 20_000, thanksMs: 6_000 };

export const INVITATION: SurveyInvitation = {
  ticketId: 't-000001',
  number: 'A-012',
  serviceId: 'jht',
  serviceName: 'Klaim JHT',
  token: 'tok_0123456789abcdefghijklmnopqrstu',
  expiresAt: '2026-11-23T17:00:00.000Z',
};

export function startSurveyHarness(input: Omit<SurveyInput, 'timing'> = {}, timing: SurveyTiming = SURVEY_TEST_TIMING) {
  const clock = new SimulatedClock();
  const claims: string[] = [];
  const saves: SaveRequest[] = [];
  let claim: Deferred<SurveyInvitation> | null = null;
  let save: Deferred<void> | null = null;
  let keys = 0;
  const machine = surveyMachine.provide({
    actors: {
      claimInvitation: fromPromise(({ input }: { input: string }) => {
        claims.push(input);
        claim = deferred<SurveyInvitation>();
        return claim.promise;
      }),
      saveResponse: fromPromise(({ input }: { input: SaveRequest }) => {
        saves.push(input);
        save = deferred<void>();
        return save.promise;
      }),
    },
    actions: { assignNewIdempotencyKey: assign({ idempotencyKey: () => `survey-key-${++keys}` }) },
  });
  const actor = createActor(machine, { clock, input: { ...input, timing } }).start();
  const pending = <T>(d: Deferred<T> | null, what: string): Deferred<T> => {
    if (d === null) throw new Error(`no ${what} is pending`);
    return d;
  };
  return {
    actor,
    clock,
    claims,
    saves,
    async answerClaim(invitation: SurveyInvitation = INVITATION) {
      pending(claim, 'claim').resolve(invitation);
      await flushPromises();
    },
    async failClaim(error: unknown) {
      pending(claim, 'claim').reject(error);
      await flushPromises();
    },
    async answerSave() {
      pending(save, 'save').resolve();
      await flushPromises();
    },
    async failSave(error: unknown) {
      pending(save, 'save').reject(error);
      await flushPromises();
    },
    state: () => actor.getSnapshot().value,
  };
}
