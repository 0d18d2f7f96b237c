/**
 * Model-based tests: xstate/graph walks the complaint machine's chart (every visitor tap, valid
 * and invalid input on each screen, every answer of its actors) and each generated path is
 * replayed against a running actor whose IO is faked. After every step the flow must be where the
 * model says and keep its promises: one Idempotency-Key per "Kirim", a reference only from the
 * server, no personal data left in memory once the complaint is handed over.
 */
import { describe, expect, it } from 'vitest';
import { assign, createActor, fromPromise, type ActorLogic, type ActorScope, type SnapshotFrom } from 'xstate';
import { getShortestPaths, type StatePath } from 'xstate/graph';
import type { PrintOutcome } from '../../shared/contracts/http.ts';
import type { ComplaintCategory } from '../../shared/complaints/categories.ts';
import { KioskRequestError } from '../app/api/request-error.ts';
import { complaintMachine, EMPTY_DRAFT, fieldValid, type ComplaintEvent, type ComplaintSubmission, type DraftField, type LookupResult, type SubmitResult } from './complaint.machine.ts';

type Snap = SnapshotFrom<typeof complaintMachine>;
type Internal =
  | { type: 'xstate.done.actor.loadCategories'; output: ComplaintCategory[] }
  | { type: 'xstate.error.actor.loadCategories'; error: unknown }
  | { type: 'xstate.done.actor.submitComplaint'; output: SubmitResult }
  | { type: 'xstate.error.actor.submitComplaint'; error: unknown }
  | { type: 'xstate.done.actor.printReceipt'; output: PrintOutcome }
  | { type: 'xstate.done.actor.submitSuggestion'; output: undefined }
  | { type: 'xstate.error.actor.submitSuggestion'; error: unknown }
  | { type: 'xstate.done.actor.lookupComplaint'; output: LookupResult }
  | { type: 'xstate.error.actor.lookupComplaint'; error: unknown };
type ModelEvent = ComplaintEvent | Internal;

interface WideMachine {
  transition(snapshot: Snap, event: ModelEvent, scope: ActorScope<Snap, ModelEvent>): Snap;
  getInitialSnapshot(scope: ActorScope<Snap, ModelEvent>, input: undefined): Snap;
}
const wide: WideMachine = complaintMachine;
const modelLogic: ActorLogic<Snap, ModelEvent, undefined> = {
  transition: (s, e, scope) => wide.transition(s, e, scope),
  getInitialSnapshot: (scope, input) => wide.getInitialSnapshot(scope, input),
  getPersistedSnapshot: (s) => s,
};

const CATEGORIES: ComplaintCategory[] = [{ id: 'klaim-jht', name: 'Klaim JHT', nameEn: 'JHT claim' }];
const RECEIPT = { reference: 'PGD-20260428-001', checkCode: 'ABC234', category: 'Klaim JHT', receivedAt: '2026-04-28T03:00:00.000Z', dueDate: '2026-05-06', status: 'diterima' as const };
const LOOKUP: LookupResult = { reference: RECEIPT.reference, status: 'diterima', category: 'Klaim JHT', receivedAt: RECEIPT.receivedAt, dueDate: RECEIPT.dueDate };
const offline = new KioskRequestError('offline');
const rejected = new KioskRequestError('rejected', { code: 'request.invalid', message: 'Pengaduan belum lengkap: reporter.nik — NIK harus 16 digit.' }, 400);

/** One valid and one invalid value for the field each screen edits. */
const INPUTS: Record<string, [DraftField, string, string]> = {
  name: ['name', 'Siti Aminah', 'S'],
  nik: ['nik', '3273014101900009', '123'],
  kpj: ['kpj', '12345678901', '12'],
  phone: ['phone', '081234567890', '021555'],
  email: ['email', 'Siti.Aminah@Gmail.com', 'siti@'],
  category: ['category', 'klaim-jht', 'tidak-ada'],
  description: ['description', 'Klaim JHT saya belum cair sejak bulan lalu.', 'lama'],
  ticket: ['ticketNumber', 'A-012', 'xx'],
  suggestion: ['suggestion', 'Mohon tambah kursi di ruang tunggu.', 'ok'],
  lookupReference: ['lookupReference', 'PGD-20260428-001', 'PGD-1'],
  lookupCode: ['lookupCode', 'ABC234', 'AB'],
};

function modelEvents(s: Snap): ModelEvent[] {
  if (s.status !== 'active') return [];
  const state = String(s.value);
  const input = INPUTS[state];
  const answers: Record<string, ModelEvent[]> = {
    loading: [{ type: 'xstate.done.actor.loadCategories', output: CATEGORIES }, { type: 'xstate.error.actor.loadCategories', error: offline }],
    submitting: [
      { type: 'xstate.done.actor.submitComplaint', output: { kind: 'accepted', receipt: RECEIPT } },
      { type: 'xstate.done.actor.submitComplaint', output: { kind: 'queued' } },
      { type: 'xstate.error.actor.submitComplaint', error: rejected },
    ],
    receipt: s.context.print === null ? [{ type: 'xstate.done.actor.printReceipt', output: { status: 'printed' } }] : [],
    suggestionSending: [{ type: 'xstate.done.actor.submitSuggestion', output: undefined }, { type: 'xstate.error.actor.submitSuggestion', error: rejected }],
    lookingUp: [{ type: 'xstate.done.actor.lookupComplaint', output: LOOKUP }, { type: 'xstate.error.actor.lookupComplaint', error: rejected }],
  };
  return [
    ...(answers[state] ?? []),
    ...(input ? [{ type: 'field.set', field: input[0], value: input[1] } as const, { type: 'field.set', field: input[0], value: input[2] } as const] : []),
    ...(['consent.accept', 'mode.suggestion', 'mode.lookup', 'step.next', 'step.skip', 'step.back', 'submit.confirm', 'retry.now', 'flow.cancel', 'flow.finish'] as const).map((type): ModelEvent => ({ type })),
    { type: 'step.edit', step: 'category' },
  ];
}

// What tells two situations apart on screen: the screen, whether its field is valid, the outcome.
// (Fields of other screens are already valid: a screen is only left forward with a valid field.)
// Whether the optional e-mail was given also counts, so paths are walked with and without it.
const serializeState = (s: Snap): string => {
  const input = INPUTS[String(s.value)];
  return JSON.stringify([s.value, s.status, input ? fieldValid(s.context.draft, input[0]) : null, s.context.result?.kind ?? null, s.context.print?.status ?? null, s.context.lookup !== null, s.context.draft.email !== '']);
};

interface Deferred<T> { resolve: (v: T) => void; reject: (e: unknown) => void }
const flush = () => new Promise((r) => setTimeout(r, 0));

function harness() {
  const pending = new Map<string, Deferred<unknown>>();
  const submissions: ComplaintSubmission[] = [];
  let keys = 0;
  const deferredActor = <T, I>(name: string, record?: (input: I) => void) =>
    fromPromise<T, I>(({ input }) => {
      record?.(input);
      return new Promise<T>((resolve, reject) => pending.set(name, { resolve: (v) => resolve(v as T), reject }));
    });
  const machine = complaintMachine.provide({
    actors: {
      loadCategories: deferredActor<ComplaintCategory[], unknown>('loadCategories'),
      submitComplaint: deferredActor<SubmitResult, ComplaintSubmission>('submitComplaint', (i) => submissions.push(i)),
      printReceipt: deferredActor<PrintOutcome, { reference: string; code: string }>('printReceipt'),
      submitSuggestion: deferredActor<void, { text: string; idempotencyKey: string }>('submitSuggestion'),
      lookupComplaint: deferredActor<LookupResult, { reference: string; code: string }>('lookupComplaint'),
    },
    actions: { assignNewIdempotencyKey: assign({ idempotencyKey: () => `key-${++keys}` }) },
  });
  const actor = createActor(machine).start();
  async function settle(name: string, ok: boolean, value: unknown) {
    const d = pending.get(name);
    if (!d) throw new Error(`no ${name} pending`);
    pending.delete(name);
    if (ok) d.resolve(value);
    else d.reject(value);
    await flush();
  }
  return { actor, settle, submissions };
}

async function replay(path: StatePath<Snap, ModelEvent>): Promise<void> {
  const h = harness();
  let confirms = 0;
  let serverGaveReference = false;
  for (const step of path.steps) {
    const e = step.event;
    const before = h.actor.getSnapshot();
    if (e.type.startsWith('xstate.done.actor.') || e.type.startsWith('xstate.error.actor.')) {
      const ok = e.type.startsWith('xstate.done.');
      const name = e.type.split('.').at(-1) ?? '';
      if ('output' in e && e.type === 'xstate.done.actor.submitComplaint' && e.output.kind === 'accepted') serverGaveReference = true;
      await h.settle(name, ok, 'output' in e ? e.output : 'error' in e ? e.error : undefined);
    } else {
      if (e.type === 'submit.confirm' && before.matches('review')) confirms += 1;
      h.actor.send(e as ComplaintEvent);
    }
    const now = h.actor.getSnapshot();
    expect(now.value, `after ${e.type}`).toEqual(step.state.value);
    expect(new Set(h.submissions.map((x) => x.idempotencyKey)).size).toBe(confirms);
    if (now.matches('receipt')) expect(serverGaveReference).toBe(true);
    if (now.matches('receipt') || now.matches('queued') || now.matches('suggestionDone')) expect(now.context.draft).toEqual(EMPTY_DRAFT);
    // What is sent is always a complete, valid complaint.
    for (const sub of h.submissions) {
      expect(sub.body.reporter.nik).toBe('3273014101900009');
      // The optional e-mail: sent normalised when it was given, left out when skipped.
      const emailGiven = (path.steps.slice(0, path.steps.indexOf(step) + 1).findLast((x) => x.state.value === 'category')?.state.context.draft.email ?? '') !== '';
      expect(sub.body.reporter.email).toBe(emailGiven ? 'siti.aminah@gmail.com' : undefined);
    }
  }
}

describe('complaint machine (model-based)', () => {
  const traversal = { events: modelEvents, serializeState };
  const shortest = getShortestPaths(modelLogic, traversal);

  it('reaches every state of the chart', () => {
    const reached = new Set(shortest.map((p) => String(p.state.value)));
    expect([...reached].sort()).toEqual(Object.keys(complaintMachine.root.states).sort());
  });

  it.each(shortest.map((p) => [p.steps.map((s) => s.event.type === 'field.set' ? `set ${s.event.field}${fieldValid({ ...EMPTY_DRAFT, [s.event.field]: s.event.value }, s.event.field) ? '' : ' (invalid)'}` : s.event.type).join(' > ') || '(start)', p] as const))(
    'shortest path: %s',
    async (_name, path) => replay(path),
  );

  it('has shortest paths ending with a filed complaint, a kept one, a suggestion and a lookup', () => {
    const ends = new Set(shortest.filter((p) => p.state.status === 'done' || ['receipt', 'queued', 'suggestionDone', 'lookupResult'].includes(String(p.state.value))).map((p) => `${String(p.state.value)}:${p.state.context.result?.kind ?? '-'}`));
    for (const end of ['receipt:accepted', 'queued:queued', 'suggestionDone:-', 'lookupResult:-', 'done:accepted', 'done:queued', 'cancelled:-']) expect(ends).toContain(end);
  });

  it('walks a complaint submitted with the optional e-mail and one submitted without it', () => {
    const submittedWith = (withEmail: boolean) => shortest.some((p) => p.steps.some((x) => x.event.type === 'submit.confirm' && x.state.value === 'submitting' && (x.state.context.draft.email !== '') === withEmail));
    expect(submittedWith(true)).toBe(true);
    expect(submittedWith(false)).toBe(true);
  });
});
