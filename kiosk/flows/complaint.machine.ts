/**
 * The complaint flow at the kiosk: what happens to the data (consent) -> identity (name, NIK,
 * KPJ optional, mobile number, e-mail optional) -> category -> when and where -> description -> related ticket
 * (optional, typed or scanned) -> review -> submit -> receipt. A visitor who does not want to give
 * identity leaves an anonymous suggestion instead (Pasal 10(1) needs complete identity for a
 * complaint). The kiosk can also look a complaint up with reference + check code.
 *
 * Rules this machine keeps (complaint.model.test.ts walks every path):
 * - Next is only taken when the field on screen is valid; the identity checks are the server's.
 * - One Idempotency-Key per "Kirim"; the submission goes through the outbox with it, so however
 *   often it is resent the server makes one complaint.
 * - A reference is only shown when the server gave one; when the server is unreachable the
 *   visitor is told the complaint is kept on this kiosk and will be sent.
 */
import { assign, fromPromise, setup } from 'xstate';
import type { ComplaintReceipt } from '../../shared/contracts/complaints.ts';
import type { PrintOutcome } from '../../shared/contracts/http.ts';
import type { ComplaintCategory } from '../../shared/complaints/categories.ts';
import { checkDescription, checkEmail, checkKpj, checkName, checkNik, checkPhone } from '../../shared/complaints/identity.ts';
import { isKioskRequestError } from '../app/api/request-error.ts';
import { newIdempotencyKey } from './idempotency-key.ts';

export const DRAFT_FIELDS = ['name', 'nik', 'kpj', 'phone', 'email', 'category', 'occurredOn', 'place', 'description', 'ticketNumber', 'suggestion', 'lookupReference', 'lookupCode'] as const;
export type DraftField = (typeof DRAFT_FIELDS)[number];
export type Draft = Record<DraftField, string>;

export const EMPTY_DRAFT: Draft = { name: '', nik: '', kpj: '', phone: '', email: '', category: '', occurredOn: '', place: '', description: '', ticketNumber: '', suggestion: '', lookupReference: '', lookupCode: '' };

export interface ComplaintSubmission {
  body: {
    reporter: { name: string; nik: string; kpj?: string; phone: string; email?: string };
    category: string;
    description: string;
    occurredAt?: string;
    place?: string;
    ticketNumber?: string;
    consent: true;
  };
  idempotencyKey: string;
}

export type SubmitResult = { kind: 'accepted'; receipt: ComplaintReceipt } | { kind: 'queued' };
export interface LookupResult { reference: string; status: string; category: string; receivedAt: string; dueDate: string | null }

export interface ComplaintContext {
  categories: ComplaintCategory[];
  draft: Draft;
  idempotencyKey: string | null;
  result: SubmitResult | null;
  print: PrintOutcome | null;
  rejectedMessage: string | null;
  lookup: LookupResult | null;
}

export type ComplaintEvent =
  | { type: 'field.set'; field: DraftField; value: string }
  | { type: 'consent.accept' }
  | { type: 'mode.suggestion' }
  | { type: 'mode.lookup' }
  | { type: 'step.next' }
  | { type: 'step.skip' }
  | { type: 'step.back' }
  | { type: 'step.edit'; step: 'name' | 'category' | 'description' }
  | { type: 'submit.confirm' }
  | { type: 'retry.now' }
  | { type: 'flow.cancel' }
  | { type: 'flow.finish' };

const TICKET = /^[A-Z]-?\d{1,4}$/;
const LOOKUP_REF = /^PGD-\d{8}-\d{3,5}$/;

export const fieldValid = (draft: Draft, field: DraftField): boolean => {
  const v = draft[field];
  switch (field) {
    case 'name': return checkName(v).ok;
    case 'nik': return checkNik(v).ok;
    case 'kpj': return checkKpj(v).ok;
    case 'phone': return checkPhone(v).ok;
    case 'email': return checkEmail(v).ok;
    case 'description':
    case 'suggestion': return checkDescription(v).ok;
    case 'ticketNumber': return TICKET.test(v.trim().toUpperCase());
    case 'lookupReference': return LOOKUP_REF.test(v.trim().toUpperCase());
    case 'lookupCode': return /^[A-Z0-9]{6}$/.test(v.trim().toUpperCase());
    default: return v.trim() !== '';
  }
};

/** The body exactly as the server's contract wants it (validated fields only). */
export function submissionOf(draft: Draft, idempotencyKey: string): ComplaintSubmission {
  const nik = checkNik(draft.nik);
  const phone = checkPhone(draft.phone);
  const kpj = checkKpj(draft.kpj);
  const email = checkEmail(draft.email);
  return {
    idempotencyKey,
    body: {
      reporter: { name: draft.name.trim(), nik: nik.ok ? nik.value : draft.nik, phone: phone.ok ? phone.value : draft.phone, ...(kpj.ok ? { kpj: kpj.value } : {}), ...(email.ok ? { email: email.value } : {}) },
      category: draft.category,
      description: draft.description.trim(),
      ...(draft.occurredOn ? { occurredAt: draft.occurredOn } : {}),
      ...(draft.place ? { place: draft.place } : {}),
      ...(fieldValid(draft, 'ticketNumber') ? { ticketNumber: draft.ticketNumber.trim().toUpperCase() } : {}),
      consent: true,
    },
  };
}

const rejection = (error: unknown): string | null => (isKioskRequestError(error) && !error.retryable ? (error.serverMessage ?? 'Permintaan ditolak.') : null);

export const complaintMachine = setup({
  types: { context: {} as ComplaintContext, events: {} as ComplaintEvent },
  actors: {
    loadCategories: fromPromise<ComplaintCategory[]>(async () => {
      throw new Error('loadCategories is not provided');
    }),
    submitComplaint: fromPromise<SubmitResult, ComplaintSubmission>(async () => {
      throw new Error('submitComplaint is not provided');
    }),
    printReceipt: fromPromise<PrintOutcome, { reference: string; code: string }>(async () => {
      throw new Error('printReceipt is not provided');
    }),
    submitSuggestion: fromPromise<void, { text: string; idempotencyKey: string }>(async () => {
      throw new Error('submitSuggestion is not provided');
    }),
    lookupComplaint: fromPromise<LookupResult, { reference: string; code: string }>(async () => {
      throw new Error('lookupComplaint is not provided');
    }),
  },
  actions: {
    setField: assign({ draft: ({ context, event }) => (event.type === 'field.set' ? { ...context.draft, [event.field]: event.value } : context.draft) }),
    clearField: assign({ draft: ({ context }, field: DraftField) => ({ ...context.draft, [field]: '' }) }),
    assignNewIdempotencyKey: assign({ idempotencyKey: () => newIdempotencyKey() }),
  },
  guards: {
    valid: ({ context }, field: DraftField) => fieldValid(context.draft, field),
    knownCategory: ({ context }) => context.categories.some((c) => c.id === context.draft.category),
    rejected: ({ event }) => 'error' in event && rejection(event.error) !== null,
  },
}).createMachine({
  id: 'complaint',
  context: { categories: [], draft: EMPTY_DRAFT, idempotencyKey: null, result: null, print: null, rejectedMessage: null, lookup: null },
  initial: 'loading',
  on: {
    'field.set': { actions: 'setField' },
    'flow.cancel': '.cancelled',
  },
  states: {
    loading: {
      invoke: {
        id: 'loadCategories',
        src: 'loadCategories',
        onDone: { target: 'intro', actions: assign({ categories: ({ event }) => event.output }) },
        onError: 'unavailable',
      },
    },
    unavailable: { on: { 'retry.now': 'loading', 'step.back': 'cancelled' } },
    intro: {
      on: { 'consent.accept': 'name', 'mode.suggestion': 'suggestion', 'mode.lookup': 'lookupReference', 'step.back': 'cancelled' },
    },
    name: { on: { 'step.next': { guard: { type: 'valid', params: 'name' }, target: 'nik' }, 'step.back': 'intro' } },
    nik: { on: { 'step.next': { guard: { type: 'valid', params: 'nik' }, target: 'kpj' }, 'step.back': 'name' } },
    kpj: {
      on: {
        'step.next': { guard: { type: 'valid', params: 'kpj' }, target: 'phone' },
        // KPJ is never required: many visitors do not know it.
        'step.skip': { target: 'phone', actions: { type: 'clearField', params: 'kpj' } },
        'step.back': 'nik',
      },
    },
    phone: { on: { 'step.next': { guard: { type: 'valid', params: 'phone' }, target: 'email' }, 'step.back': 'kpj' } },
    email: {
      on: {
        'step.next': { guard: { type: 'valid', params: 'email' }, target: 'category' },
        // E-mail is optional: many visitors have none, and the officer reaches them by phone.
        'step.skip': { target: 'category', actions: { type: 'clearField', params: 'email' } },
        'step.back': 'phone',
      },
    },
    category: { on: { 'step.next': { guard: 'knownCategory', target: 'when' }, 'step.back': 'email' } },
    when: { on: { 'step.next': 'description', 'step.back': 'category' } },
    description: { on: { 'step.next': { guard: { type: 'valid', params: 'description' }, target: 'ticket' }, 'step.back': 'when' } },
    ticket: {
      on: {
        'step.next': { guard: { type: 'valid', params: 'ticketNumber' }, target: 'review' },
        'step.skip': { target: 'review', actions: { type: 'clearField', params: 'ticketNumber' } },
        'step.back': 'description',
      },
    },
    review: {
      on: {
        'submit.confirm': { target: 'submitting', actions: 'assignNewIdempotencyKey' },
        'step.back': 'ticket',
        'step.edit': [
          { guard: ({ event }) => event.step === 'name', target: 'name' },
          { guard: ({ event }) => event.step === 'category', target: 'category' },
          { target: 'description' },
        ],
      },
    },
    submitting: {
      invoke: {
        id: 'submitComplaint',
        src: 'submitComplaint',
        input: ({ context }) => submissionOf(context.draft, context.idempotencyKey ?? ''),
        onDone: [
          { guard: ({ event }) => event.output.kind === 'accepted', target: 'receipt', actions: assign({ result: ({ event }) => event.output }) },
          { target: 'queued', actions: assign({ result: ({ event }) => event.output }) },
        ],
        onError: [
          { guard: 'rejected', target: 'rejected', actions: assign({ rejectedMessage: ({ event }) => rejection(event.error) }) },
          // Anything else (the outbox itself failed): the complaint may not be kept; say so.
          { target: 'rejected', actions: assign({ rejectedMessage: null }) },
        ],
      },
      on: { 'submit.confirm': {}, 'flow.cancel': {} },
    },
    receipt: {
      // The draft (personal data) leaves the kiosk's memory once the server has the complaint.
      entry: assign({ draft: EMPTY_DRAFT }),
      invoke: {
        id: 'printReceipt',
        src: 'printReceipt',
        input: ({ context }) => (context.result?.kind === 'accepted' ? { reference: context.result.receipt.reference, code: context.result.receipt.checkCode } : { reference: '', code: '' }),
        onDone: { actions: assign({ print: ({ event }) => event.output }) },
        onError: { actions: assign({ print: { status: 'failed', reason: 'Tanda terima tidak tercetak; catat nomor referensi dan kode cek dari layar.' } }) },
      },
      on: { 'flow.finish': 'done', 'flow.cancel': 'done' },
    },
    queued: { entry: assign({ draft: EMPTY_DRAFT }), on: { 'flow.finish': 'done', 'flow.cancel': 'done' } },
    rejected: { on: { 'step.back': 'review' } },
    suggestion: {
      on: {
        'step.next': { guard: { type: 'valid', params: 'suggestion' }, target: 'suggestionSending', actions: 'assignNewIdempotencyKey' },
        'step.back': 'intro',
      },
    },
    suggestionSending: {
      invoke: {
        id: 'submitSuggestion',
        src: 'submitSuggestion',
        input: ({ context }) => ({ text: context.draft.suggestion.trim(), idempotencyKey: context.idempotencyKey ?? '' }),
        onDone: 'suggestionDone',
        // Its own refusal screen: "back" returns to the suggestion, never into the complaint review.
        onError: { target: 'suggestionRejected', actions: assign({ rejectedMessage: ({ event }) => rejection(event.error) }) },
      },
      on: { 'flow.cancel': {} },
    },
    suggestionRejected: { on: { 'step.back': 'suggestion' } },
    suggestionDone: { entry: assign({ draft: EMPTY_DRAFT }), on: { 'flow.finish': 'done', 'flow.cancel': 'done' } },
    lookupReference: { on: { 'step.next': { guard: { type: 'valid', params: 'lookupReference' }, target: 'lookupCode' }, 'step.back': 'intro' } },
    lookupCode: { on: { 'step.next': { guard: { type: 'valid', params: 'lookupCode' }, target: 'lookingUp' }, 'step.back': 'lookupReference' } },
    lookingUp: {
      invoke: {
        id: 'lookupComplaint',
        src: 'lookupComplaint',
        input: ({ context }) => ({ reference: context.draft.lookupReference.trim().toUpperCase(), code: context.draft.lookupCode.trim().toUpperCase() }),
        onDone: { target: 'lookupResult', actions: assign({ lookup: ({ event }) => event.output }) },
        onError: { target: 'lookupResult', actions: assign({ lookup: null }) },
      },
    },
    lookupResult: { on: { 'step.back': 'lookupCode', 'flow.finish': 'done' } },
    done: { type: 'final' },
    cancelled: { type: 'final' },
  },
});

export type ComplaintMachine = typeof complaintMachine;
