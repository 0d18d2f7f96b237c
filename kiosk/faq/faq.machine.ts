/**
 * The FAQ flow for one visitor: load the data once, then topics -> questions -> answer, search
 * -> answer, or "Saya ingin…" (life events) -> situation (its few questions, checklist, ticket) -> answer. "Kembali" on an answer goes back where the visitor came from (the list page or the
 * search with what they typed). On an answer: one helpfulness vote per answer (sent through the
 * kiosk's outbox by the provided `sendFeedback` action) and "Cetak persyaratan" (the `printChecklist`
 * actor), whose outcome stays on screen until the visitor leaves the answer.
 * The IO (loading, printing, the outbox) is provided by the screen; tests provide fakes.
 */
import { assign, fromPromise, setup } from 'xstate';
import type { LoadedFaq } from './faq-data.ts';
import { applyKey, type KeyPress } from './keyboard-layout.ts';

export type PrintView = { status: 'printed' | 'queued' | 'skipped' | 'failed'; reason: string | null } | { status: 'unreachable'; reason: string | null };

/** What "Cetak persyaratan" prints: an answer's document list, or a requirements list of the standard. */
export type PrintTarget = { faqId: string } | { listId: string };

export interface FaqContext {
  faq: LoadedFaq | null;
  topicId: string | null;
  /** The life event chosen on "Saya ingin…" (shared/faq situations). */
  situationId: string | null;
  page: number;
  query: string;
  entryId: string | null;
  /** Where "Kembali" on an answer goes. */
  answerFrom: 'questions' | 'search' | 'situation';
  /** The vote already given for each answer in this visit (one vote per answer). */
  votes: Record<string, boolean>;
  print: PrintView | null;
}

export type FaqEvent =
  | { type: 'topic.open'; topicId: string }
  | { type: 'search.open' }
  | { type: 'life.open' }
  | { type: 'situation.open'; situationId: string }
  | { type: 'situation.print'; target: PrintTarget }
  | { type: 'page.next'; pages: number }
  | { type: 'page.previous' }
  | { type: 'key.press'; key: KeyPress }
  | { type: 'entry.open'; entryId: string }
  | { type: 'feedback.give'; helpful: boolean }
  | { type: 'print.request' }
  | { type: 'nav.back' }
  | { type: 'nav.topics' };

/** What the kiosk printer answered, or why the request did not get through. */
export type PrintAnswer = PrintView;

const QUERY_MAX = 80;

export const faqMachine = setup({
  types: {
    context: {} as FaqContext,
    events: {} as FaqEvent,
  },
  actors: {
    loadFaq: fromPromise<LoadedFaq>(async () => {
      throw new Error('loadFaq not provided');
    }),
    printChecklist: fromPromise<PrintAnswer, PrintTarget>(async () => {
      throw new Error('printChecklist not provided');
    }),
  },
  actions: {
    // Provided by the screen: puts the vote in the outbox (on disk) and lets the sender deliver it.
    sendFeedback: (_args, _params: { faqId: string; helpful: boolean }) => undefined,
  },
  guards: {
    hasNextPage: ({ context, event }) => event.type === 'page.next' && context.page + 1 < event.pages,
    hasPreviousPage: ({ context }) => context.page > 0,
    cameFromSearch: ({ context }) => context.answerFrom === 'search',
    cameFromSituation: ({ context }) => context.answerFrom === 'situation' && context.situationId !== null,
    notVotedYet: ({ context }) => context.entryId !== null && context.votes[context.entryId] === undefined,
  },
}).createMachine({
  id: 'faq',
  context: { faq: null, topicId: null, situationId: null, page: 0, query: '', entryId: null, answerFrom: 'questions', votes: {}, print: null },
  initial: 'loading',
  states: {
    loading: {
      invoke: {
        src: 'loadFaq',
        onDone: { target: 'topics', actions: assign({ faq: ({ event }) => event.output }) },
        onError: 'unavailable',
      },
    },
    // A broken download: say so and offer the information queue (the route's buttons).
    unavailable: {},
    topics: {
      on: {
        'topic.open': { target: 'questions', actions: assign({ topicId: ({ event }) => event.topicId, page: 0 }) },
        'search.open': 'search',
        'life.open': 'lifeEvents',
      },
    },
    // "Saya ingin…": the life events, then the few questions of one, its checklist and its ticket.
    lifeEvents: {
      on: {
        'situation.open': { target: 'situation', actions: assign({ situationId: ({ event }) => event.situationId }) },
        'nav.back': 'topics',
        'nav.topics': 'topics',
      },
    },
    situation: {
      initial: 'reading',
      exit: assign({ print: null }),
      on: {
        'entry.open': { target: 'answer', actions: assign({ entryId: ({ event }) => event.entryId, answerFrom: 'situation' }) },
        'nav.back': { target: 'lifeEvents', actions: assign({ situationId: null }) },
        'nav.topics': { target: 'topics', actions: assign({ situationId: null }) },
      },
      states: {
        reading: { on: { 'situation.print': 'printing' } },
        printing: {
          entry: assign({ print: null }),
          invoke: {
            src: 'printChecklist',
            input: ({ event }) => (event.type === 'situation.print' ? event.target : { faqId: '' }),
            onDone: { target: 'reading', actions: assign({ print: ({ event }) => event.output }) },
            onError: { target: 'reading', actions: assign({ print: { status: 'unreachable', reason: null } }) },
          },
        },
      },
    },
    questions: {
      on: {
        'page.next': { guard: 'hasNextPage', actions: assign({ page: ({ context }) => context.page + 1 }) },
        'page.previous': { guard: 'hasPreviousPage', actions: assign({ page: ({ context }) => context.page - 1 }) },
        'entry.open': { target: 'answer', actions: assign({ entryId: ({ event }) => event.entryId, answerFrom: 'questions' }) },
        'search.open': 'search',
        'nav.back': { target: 'topics', actions: assign({ topicId: null, page: 0 }) },
      },
    },
    search: {
      on: {
        'key.press': { actions: assign({ query: ({ context, event }) => applyKey(context.query, event.key, QUERY_MAX) }) },
        'entry.open': { target: 'answer', actions: assign({ entryId: ({ event }) => event.entryId, answerFrom: 'search' }) },
        'topic.open': { target: 'questions', actions: assign({ topicId: ({ event }) => event.topicId, page: 0 }) },
        'nav.topics': 'topics',
        'nav.back': 'topics',
      },
    },
    answer: {
      initial: 'reading',
      exit: assign({ print: null }),
      on: {
        'feedback.give': {
          guard: 'notVotedYet',
          actions: [
            assign({ votes: ({ context, event }) => ({ ...context.votes, [context.entryId ?? '']: event.helpful }) }),
            { type: 'sendFeedback', params: ({ context, event }) => ({ faqId: context.entryId ?? '', helpful: event.helpful }) },
          ],
        },
        'nav.back': [{ guard: 'cameFromSearch', target: 'search' }, { guard: 'cameFromSituation', target: 'situation' }, { target: 'questions' }],
        'nav.topics': { target: 'topics', actions: assign({ situationId: null }) },
      },
      states: {
        reading: {
          on: { 'print.request': 'printing' },
        },
        printing: {
          entry: assign({ print: null }),
          invoke: {
            src: 'printChecklist',
            input: ({ context }): PrintTarget => ({ faqId: context.entryId ?? '' }),
            onDone: { target: 'reading', actions: assign({ print: ({ event }) => event.output }) },
            onError: { target: 'reading', actions: assign({ print: { status: 'unreachable', reason: null } }) },
          },
        },
      },
    },
  },
});
