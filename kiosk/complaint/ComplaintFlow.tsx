/** Runs one complaint-flow actor for one visitor and shows the screen for its state. */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { createActor, fromPromise } from 'xstate';
import { complaintEn } from '../../shared/i18n/complaint-en.ts';
import { complaintId, type ComplaintMessages } from '../../shared/i18n/complaint-id.ts';
import { formatDateId, formatTimeId } from '../../shared/print/branch-time.ts';
import { serviceDayOf } from '../../shared/calendar/timezone.ts';
import type { PrintOutcome } from '../../shared/contracts/http.ts';
import { useKiosk } from '../app/kiosk-context.ts';
import { Screen } from '../app/Screen.tsx';
import { useActorSnapshot } from '../app/use-actor.ts';
import { complaintMachine, fieldValid, type ComplaintSubmission, type DraftField } from '../flows/complaint.machine.ts';
import { browserComplaintIo, type ComplaintIo } from './complaint-io.ts';
import { CategoryScreen, EntryScreen, IntroScreen, MessageScreen, ReceiptScreen, ReviewScreen, WhenScreen, type EntrySpec } from './ComplaintScreens.tsx';
import './complaint.css';

const ZONE = 'Asia/Jakarta' as const;

function entrySpecs(m: ComplaintMessages): Record<string, EntrySpec> {
  const step = (n: number) => m.stepOf(n, 9);
  return {
    name: { field: 'name', title: m.nameTitle, instruction: m.nameInstruction, layout: 'text', max: 80, caps: 'words', step: step(1) },
    nik: { field: 'nik', title: m.nikTitle, instruction: m.nikInstruction, layout: 'digits', max: 16, masked: true, step: step(2) },
    kpj: { field: 'kpj', title: m.kpjTitle, instruction: m.kpjInstruction, layout: 'digits', max: 11, skippable: true, step: step(3) },
    phone: { field: 'phone', title: m.phoneTitle, instruction: m.phoneInstruction, layout: 'digits', max: 13, masked: true, step: step(4) },
    email: { field: 'email', title: m.emailTitle, instruction: m.emailInstruction, layout: 'email', max: 120, skippable: true, step: step(5) },
    description: { field: 'description', title: m.descriptionTitle, instruction: m.descriptionInstruction, layout: 'text', max: 600, caps: 'sentences', step: step(8) },
    ticket: { field: 'ticketNumber', title: m.ticketTitle, instruction: m.ticketInstruction, layout: 'code', max: 6, skippable: true, step: step(9) },
    suggestion: { field: 'suggestion', title: m.suggestionTitle, instruction: m.suggestionInstruction, layout: 'text', max: 600, caps: 'sentences', nextLabel: m.sendSuggestion },
    lookupReference: { field: 'lookupReference', title: m.lookupReferenceTitle, instruction: m.lookupReferenceInstruction, layout: 'code', max: 16 },
    lookupCode: { field: 'lookupCode', title: m.lookupCodeTitle, instruction: m.lookupCodeInstruction, layout: 'code', max: 6 },
  };
}

function printNote(m: ComplaintMessages, print: PrintOutcome | null): string {
  if (print === null) return m.printing;
  return print.status === 'printed' ? m.printed : (print.reason ?? m.printing);
}

export function ComplaintFlow(props: { onHome: () => void; io?: ComplaintIo }) {
  const { settings, config } = useKiosk();
  const m = settings.language === 'en' ? complaintEn : complaintId;
  const io = props.io ?? browserComplaintIo(location.origin);
  const actor = useMemo(
    () =>
      createActor(
        complaintMachine.provide({
          actors: {
            loadCategories: fromPromise(() => io.loadCategories()),
            submitComplaint: fromPromise(({ input }: { input: ComplaintSubmission }) => io.submitComplaint(input)),
            printReceipt: fromPromise(({ input }: { input: { reference: string; code: string } }) => io.printReceipt(input)),
            submitSuggestion: fromPromise(({ input }: { input: { text: string; idempotencyKey: string } }) => io.submitSuggestion(input)),
            lookupComplaint: fromPromise(({ input }: { input: { reference: string; code: string } }) => io.lookup(input)),
          },
        }),
      ),
    [],
  );
  const [reveal, setReveal] = useState(false);
  useEffect(() => {
    const sub = actor.subscribe({ complete: () => props.onHome(), error: () => props.onHome() });
    actor.start();
    return () => {
      sub.unsubscribe();
      actor.stop();
    };
  }, [actor]);
  const snap = useActorSnapshot(actor);
  const { context } = snap;
  const state = String(snap.value);
  useEffect(() => setReveal(false), [state]);
  const send = actor.send.bind(actor);
  const set = (field: DraftField, value: string) => send({ type: 'field.set', field, value });
  const back = () => send({ type: 'step.back' });
  const finish = () => send({ type: 'flow.finish' });
  void config;

  const spec = entrySpecs(m)[state];
  if (spec) {
    return (
      <EntryScreen m={m} spec={spec} value={context.draft[spec.field]} valid={fieldValid(context.draft, spec.field)} reveal={reveal} onReveal={() => setReveal((r) => !r)}
        onChange={(v) => set(spec.field, v)} onNext={() => send({ type: 'step.next' })} onSkip={() => send({ type: 'step.skip' })} onBack={back} />
    );
  }
  switch (state) {
    case 'loading':
    case 'lookingUp':
    case 'suggestionSending':
      return <Screen id="complaint-busy" title={m.sending}><p class="loading" role="status">{m.sending}</p></Screen>;
    case 'unavailable':
      return <MessageScreen id="complaint-unavailable" title={m.unavailableTitle} body={m.unavailableBody} actionLabel={m.retry} onAction={() => send({ type: 'retry.now' })} secondary={{ label: m.back, onClick: back }} />;
    case 'intro':
      return <IntroScreen m={m} onConsent={() => send({ type: 'consent.accept' })} onSuggestion={() => send({ type: 'mode.suggestion' })} onLookup={() => send({ type: 'mode.lookup' })} onBack={back} />;
    case 'category':
      return <CategoryScreen m={m} categories={context.categories} english={settings.language === 'en'} selected={context.draft.category} onSelect={(id) => { set('category', id); send({ type: 'step.next' }); }} onBack={back} />;
    case 'when':
      return <WhenScreen m={m} today={serviceDayOf(new Date(), ZONE)} draft={context.draft} onSet={set} onNext={() => send({ type: 'step.next' })} onBack={back} />;
    case 'review':
    case 'submitting':
      return (
        <ReviewScreen m={m} draft={context.draft} busy={state === 'submitting'} categoryName={context.categories.find((c) => c.id === context.draft.category)?.name ?? ''}
          onEdit={(step) => send({ type: 'step.edit', step })} onSubmit={() => send({ type: 'submit.confirm' })} onBack={back} />
      );
    case 'receipt': {
      const receipt = context.result?.kind === 'accepted' ? context.result.receipt : null;
      if (!receipt) return null;
      const at = new Date(receipt.receivedAt);
      return <ReceiptScreen m={m} receipt={receipt} receivedLabel={`${formatDateId(at, ZONE)} ${formatTimeId(at, ZONE)}`} printNote={printNote(m, context.print)} onFinish={finish} />;
    }
    case 'queued':
      return <MessageScreen id="complaint-queued" title={m.queuedTitle} body={m.queuedBody} actionLabel={m.finish} onAction={finish} />;
    case 'rejected':
    case 'suggestionRejected':
      return <MessageScreen id="complaint-rejected" title={m.rejectedTitle} body={context.rejectedMessage ?? m.rejectedFallback} actionLabel={m.back} onAction={back} />;
    case 'suggestionDone':
      return <MessageScreen id="complaint-suggestion-done" title={m.suggestionDoneTitle} body={m.suggestionDoneBody} actionLabel={m.finish} onAction={finish} />;
    case 'lookupResult': {
      const l = context.lookup;
      const body = l ? `${l.reference} · ${m.status}: ${m.statuses[l.status as keyof typeof m.statuses] ?? l.status} · ${m.category}: ${l.category}${l.dueDate ? ` · ${m.due}: ${l.dueDate}` : ''}` : m.lookupNotFound;
      return <MessageScreen id="complaint-lookup-result" title={m.lookupResultTitle} body={body} actionLabel={m.finish} onAction={finish} secondary={{ label: m.back, onClick: back }} />;
    }
    default:
      return null;
  }
}
