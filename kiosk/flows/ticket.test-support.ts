/**
 * Test support for the ticket machine: the real machine with its IO replaced by promises the test
 * settles by hand, a simulated clock, and deterministic idempotency keys. Used by the unit tests
 * and the model-based tests.
 */
import { assign, createActor, fromPromise, SimulatedClock } from 'xstate';
import type { ServiceDto } from '../../shared/contracts/http.ts';
import type { IssueAnswer } from '../app/api/kiosk-api.ts';
import type { IssueRequest } from '../app/api/kiosk-api.ts';
import { ticketMachine, type TicketInput, type TicketTiming } from './ticket.machine.ts';

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

/** Lets settled promises deliver their done/error events to the actor. */
export const flushPromises = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

export const TEST_TIMING: TicketTiming = { requestTimeoutMs: 5_000, retryDelayMs: 2_000, resultMs: 10_000, resultLongMs: 60_000 };

export const SERVICES: ServiceDto[] = [
  { id: 'klaim', prefix: 'A', name: 'Klaim JHT', description: 'Pengajuan klaim Jaminan Hari Tua.', waiting: 4, estimatedWaitMinutes: 20, openCounters: 1 },
  { id: 'info', prefix: 'C', name: 'Informasi', description: 'Pertanyaan umum.', waiting: 0, estimatedWaitMinutes: 0, openCounters: 1 },
];

export function issueAnswerFor(request: IssueRequest, print: IssueAnswer['print'] = { status: 'printed' }): IssueAnswer {
  return {
    ticket: {
      id: `t-${request.idempotencyKey}`,
      number: 'A-007',
      serviceId: request.serviceId,
      originServiceId: request.serviceId,
      serviceDay: '2026-11-21',
      fastTrack: request.fastTrack,
      status: 'waiting',
      issuedAt: '2026-11-21T01:00:00.000Z',
      calledAt: null,
      startedAt: null,
      finishedAt: null,
      missedAt: null,
      counterId: null,
      recallCount: 0,
      callRule: null,
      closedReason: null,
      ahead: 3,
      estimatedWaitMinutes: 15,
      openCounters: 1,
    },
    print,
  };
}

export function startTicketHarness(timing: TicketTiming = TEST_TIMING, input: Omit<TicketInput, 'timing'> = {}) {
  const clock = new SimulatedClock();
  const issueRequests: IssueRequest[] = [];
  let load: Deferred<ServiceDto[]> | null = null;
  let issue: Deferred<IssueAnswer> | null = null;
  let keys = 0;
  const machine = ticketMachine.provide({
    actors: {
      loadServices: fromPromise(() => {
        load = deferred<ServiceDto[]>();
        return load.promise;
      }),
      issueTicket: fromPromise(({ input }: { input: IssueRequest }) => {
        issueRequests.push(input);
        issue = deferred<IssueAnswer>();
        return issue.promise;
      }),
    },
    actions: { assignNewIdempotencyKey: assign({ idempotencyKey: () => `test-key-${++keys}`, attempts: 0 }) },
  });
  const actor = createActor(machine, { clock, input: { ...input, timing } }).start();

  function pending<T>(d: Deferred<T> | null, what: string): Deferred<T> {
    if (d === null) throw new Error(`no ${what} request is pending`);
    return d;
  }

  return {
    actor,
    clock,
    issueRequests,
    async answerServices(services: ServiceDto[] = SERVICES) {
      pending(load, 'services').resolve(services);
      await flushPromises();
    },
    async failServices(error: unknown) {
      pending(load, 'services').reject(error);
      await flushPromises();
    },
    async answerIssue(print: IssueAnswer['print'] = { status: 'printed' }) {
      const request = issueRequests.at(-1);
      if (!request) throw new Error('no issue request was sent');
      pending(issue, 'issue').resolve(issueAnswerFor(request, print));
      await flushPromises();
    },
    async failIssue(error: unknown) {
      pending(issue, 'issue').reject(error);
      await flushPromises();
    },
    state: () => actor.getSnapshot().value,
  };
}
