/**
 * The satisfaction survey after service, on the counter tablet, the kiosk's Survei tile and the
 * visitor's phone: (which ticket? -> ) four faces -> invitation -> the nine SKM elements, one per
 * screen, each skippable -> optional comment -> saved -> thanks -> the end.
 *
 * Rules this machine keeps (tested in survey.machine.test.ts and survey.model.test.ts):
 * - Nothing is saved without the quick rating; once a face is tapped the answer counts even if the
 *   visitor walks away (the invitation saves by itself after `inviteMs`; `session.timeout` from the
 *   page's idle watch saves what was given).
 * - One Idempotency-Key per decision to send, reused when saving is retried: the outbox and the
 *   server then keep exactly one response however often it is resent.
 * - An element's answer is what was tapped last on its screen; "Lewati" removes it.
 * - From the thanks screen on, the context holds no answers (nothing stays on a shared tablet).
 *
 * IO is named actors (`claimInvitation`, `saveResponse`) swapped with `.provide()`.
 */
import { assign, fromPromise, setup } from 'xstate';
import type { SurveyInvitation } from '../../shared/contracts/survey.ts';
import { SKM_ELEMENTS, type SkmAnswers, type SkmScore } from '../../shared/survey/elements.ts';
import { isKioskRequestError, type RequestFailureKind } from '../app/api/request-error.ts';
import { newIdempotencyKey } from './idempotency-key.ts';

export interface SurveyTiming {
  requestTimeoutMs: number;
  /** After a face, the invitation waits this long, then saves the rating by itself. */
  inviteMs: number;
  thanksMs: number;
}

export const DEFAULT_SURVEY_TIMING: SurveyTiming = { requestTimeoutMs: 8_000, inviteMs: 30_000, thanksMs: 8_000 };

export interface SurveyResponseBody {
  token: string;
  overall: SkmScore;
  answers: SkmAnswers;
  comment?: string;
  language?: 'id' | 'en';
}

export interface SaveRequest {
  body: SurveyResponseBody;
  idempotencyKey: string;
}

export interface SurveyContext {
  timing: SurveyTiming;
  language: 'id' | 'en';
  invitation: SurveyInvitation | null;
  overall: SkmScore | null;
  answers: SkmAnswers;
  /** Index into SKM_ELEMENTS of the question on screen. */
  index: number;
  comment: string;
  idempotencyKey: string | null;
  lastFailure: RequestFailureKind | null;
  rejectedMessage: string | null;
  /** The response is in the outbox (it will reach the server). */
  saved: boolean;
}

export type SurveyEvent =
  | { type: 'ticket.submit'; text: string }
  | { type: 'ticket.edit' }
  | { type: 'overall.select'; score: SkmScore }
  | { type: 'elements.start' }
  | { type: 'survey.finish' }
  | { type: 'element.answer'; score: SkmScore }
  | { type: 'element.skip' }
  | { type: 'comment.submit'; text: string }
  | { type: 'comment.skip' }
  | { type: 'flow.back' }
  | { type: 'flow.cancel' }
  | { type: 'retry.now' }
  | { type: 'session.timeout' }
  | { type: 'language.set'; language: 'id' | 'en' }
  | { type: 'survey.close' };

export interface SurveyInput {
  timing?: Partial<SurveyTiming>;
  /** Known already (tablet, phone): start at the faces. Else the kiosk asks for the ticket. */
  invitation?: SurveyInvitation | null;
  language?: 'id' | 'en';
}

export interface SurveyOutput {
  outcome: 'saved' | 'cancelled';
}

const LAST = SKM_ELEMENTS.length - 1;

export function responseBodyOf(context: SurveyContext): SurveyResponseBody | null {
  if (context.invitation === null || context.overall === null) return null;
  const comment = context.comment.trim();
  return { token: context.invitation.token, overall: context.overall, answers: { ...context.answers }, ...(comment ? { comment } : {}), language: context.language };
}

const withAnswer = (answers: SkmAnswers, index: number, score: SkmScore | null): SkmAnswers => {
  const element = SKM_ELEMENTS[index];
  if (element === undefined) return answers;
  const next = { ...answers };
  if (score === null) delete next[element];
  else next[element] = score;
  return next;
};

const failureKind = (error: unknown): RequestFailureKind => (isKioskRequestError(error) ? error.kind : 'offline');

export const surveyMachine = setup({
  types: { context: {} as SurveyContext, events: {} as SurveyEvent, input: {} as SurveyInput, output: {} as SurveyOutput },
  actors: {
    claimInvitation: fromPromise<SurveyInvitation, string>(async () => {
      throw new Error('claimInvitation is not provided');
    }),
    saveResponse: fromPromise<void, SaveRequest>(async () => {
      throw new Error('saveResponse is not provided');
    }),
  },
  actions: {
    assignNewIdempotencyKey: assign({ idempotencyKey: () => newIdempotencyKey() }),
    forgetAnswers: assign({ overall: null, answers: {}, comment: '', index: 0 }),
  },
  guards: {
    hasText: ({ event }) => event.type === 'ticket.submit' && event.text.trim() !== '',
    isRejection: ({ event }) => 'error' in event && isKioskRequestError(event.error) && !event.error.retryable,
    onFirstQuestion: ({ context }) => context.index === 0,
    onLastQuestion: ({ context }) => context.index >= LAST,
  },
  delays: {
    requestTimeout: ({ context }) => context.timing.requestTimeoutMs,
    inviteDuration: ({ context }) => context.timing.inviteMs,
    thanksDuration: ({ context }) => context.timing.thanksMs,
  },
}).createMachine({
  id: 'survey',
  context: ({ input }) => ({
    timing: { ...DEFAULT_SURVEY_TIMING, ...input.timing },
    language: input.language ?? 'id',
    invitation: input.invitation ?? null,
    overall: null,
    answers: {},
    index: 0,
    comment: '',
    idempotencyKey: null,
    lastFailure: null,
    rejectedMessage: null,
    saved: false,
  }),
  initial: 'starting',
  on: { 'language.set': { actions: assign({ language: ({ event }) => event.language }) } },
  states: {
    starting: { always: [{ guard: ({ context }) => context.invitation !== null, target: 'rating' }, { target: 'enteringTicket' }] },
    enteringTicket: {
      on: {
        'ticket.submit': { guard: 'hasText', target: 'claiming' },
        'flow.cancel': 'cancelled',
        'session.timeout': 'cancelled',
      },
    },
    claiming: {
      invoke: {
        id: 'claimInvitation',
        src: 'claimInvitation',
        input: ({ event }) => (event.type === 'ticket.submit' ? event.text.trim() : ''),
        onDone: { target: 'rating', actions: assign({ invitation: ({ event }) => event.output, lastFailure: null, rejectedMessage: null }) },
        onError: [
          { guard: 'isRejection', target: 'ticketRefused', actions: assign({ lastFailure: 'rejected', rejectedMessage: ({ event }) => (isKioskRequestError(event.error) ? event.error.serverMessage : null) }) },
          { target: 'ticketRefused', actions: assign({ lastFailure: ({ event }) => failureKind(event.error), rejectedMessage: null }) },
        ],
      },
      after: { requestTimeout: { target: 'ticketRefused', actions: assign({ lastFailure: 'timeout', rejectedMessage: null }) } },
      on: { 'ticket.submit': {} },
    },
    ticketRefused: {
      on: {
        'ticket.submit': { guard: 'hasText', target: 'claiming' },
        'ticket.edit': 'enteringTicket',
        'flow.cancel': 'cancelled',
        'session.timeout': 'cancelled',
      },
    },
    rating: {
      on: {
        'overall.select': { target: 'inviting', actions: assign({ overall: ({ event }) => event.score }) },
        'flow.cancel': 'cancelled',
        'session.timeout': 'cancelled',
      },
    },
    inviting: {
      after: { inviteDuration: { target: 'saving', actions: 'assignNewIdempotencyKey' } },
      on: {
        'elements.start': { target: 'asking', actions: assign({ index: 0 }) },
        'survey.finish': { target: 'saving', actions: 'assignNewIdempotencyKey' },
        'session.timeout': { target: 'saving', actions: 'assignNewIdempotencyKey' },
        // Change of mind about the face: back to the faces, the rating is given again.
        'flow.back': { target: 'rating', actions: assign({ overall: null }) },
      },
    },
    asking: {
      on: {
        'element.answer': [
          { guard: 'onLastQuestion', target: 'commenting', actions: assign({ answers: ({ context, event }) => withAnswer(context.answers, context.index, event.score) }) },
          { target: 'asking', reenter: true, actions: assign({ answers: ({ context, event }) => withAnswer(context.answers, context.index, event.score), index: ({ context }) => context.index + 1 }) },
        ],
        'element.skip': [
          { guard: 'onLastQuestion', target: 'commenting', actions: assign({ answers: ({ context }) => withAnswer(context.answers, context.index, null) }) },
          { target: 'asking', reenter: true, actions: assign({ answers: ({ context }) => withAnswer(context.answers, context.index, null), index: ({ context }) => context.index + 1 }) },
        ],
        'flow.back': [{ guard: 'onFirstQuestion', target: 'inviting' }, { target: 'asking', reenter: true, actions: assign({ index: ({ context }) => context.index - 1 }) }],
        'session.timeout': { target: 'saving', actions: 'assignNewIdempotencyKey' },
      },
    },
    commenting: {
      on: {
        'comment.submit': { target: 'saving', actions: [assign({ comment: ({ event }) => event.text.slice(0, 1000) }), 'assignNewIdempotencyKey'] },
        'comment.skip': { target: 'saving', actions: [assign({ comment: '' }), 'assignNewIdempotencyKey'] },
        'flow.back': { target: 'asking', actions: assign({ index: LAST }) },
        'session.timeout': { target: 'saving', actions: 'assignNewIdempotencyKey' },
      },
    },
    saving: {
      invoke: {
        id: 'saveResponse',
        src: 'saveResponse',
        input: ({ context }) => {
          const body = responseBodyOf(context);
          if (body === null) throw new Error('saving without a rating');
          return { body, idempotencyKey: context.idempotencyKey ?? '' };
        },
        onDone: { target: 'thanks', actions: ['forgetAnswers', assign({ saved: true })] },
        onError: { target: 'saveFailed', actions: assign({ lastFailure: ({ event }) => failureKind(event.error) }) },
      },
    },
    saveFailed: {
      on: { 'retry.now': 'saving' },
    },
    thanks: {
      after: { thanksDuration: 'saved' },
      on: { 'survey.close': 'saved', 'session.timeout': 'saved' },
    },
    saved: { type: 'final' },
    cancelled: { type: 'final', entry: 'forgetAnswers' },
  },
  output: ({ context }) => ({ outcome: context.saved ? 'saved' : 'cancelled' }),
});

export type SurveyMachine = typeof surveyMachine;
