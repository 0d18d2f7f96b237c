/** The complaint flow's screens; each fits one view with its keyboard (complaint.css). */
import type { ComplaintCategory } from '../../shared/complaints/categories.ts';
import { groupDigits, maskEmail, maskNik, maskPhone } from '../../shared/complaints/identity.ts';
import type { ComplaintMessages } from '../../shared/i18n/complaint-id.ts';
import { formatIsoDateId } from '../../shared/print/branch-time.ts';
import { BigButton, Screen } from '../app/Screen.tsx';
import type { Draft, DraftField } from '../flows/complaint.machine.ts';
import { Keypad, type Caps, type KeypadLayout } from './Keypad.tsx';

export interface EntrySpec {
  field: DraftField;
  title: string;
  instruction: string;
  layout: KeypadLayout;
  max: number;
  /** Digits are masked once typed (NIK, phone): only the last typed digit is echoed. */
  masked?: boolean;
  skippable?: boolean;
  step?: string;
  nextLabel?: string;
  caps?: Caps;
}

function maskWhileTyping(value: string): string {
  return [...value].map((c, i) => (i < value.length - 1 ? '•' : c)).join('').replace(/(.{4})(?=.)/g, '$1 ');
}

export function EntryScreen(props: { m: ComplaintMessages; spec: EntrySpec; value: string; valid: boolean; reveal: boolean; onReveal: () => void; onChange: (v: string) => void; onNext: () => void; onSkip: () => void; onBack: () => void }) {
  const { m, spec } = props;
  const shown = spec.masked && !props.reveal ? maskWhileTyping(props.value) : spec.layout === 'digits' ? groupDigits(props.value) : props.value;
  const multiline = spec.layout === 'text' && spec.max > 100;
  return (
    <Screen id={`complaint-${spec.field}`} title={spec.title} instruction={spec.instruction}>
      <div class={`cmp-entry cmp-entry--${spec.layout}`}>
        {spec.step && <p class="cmp-step">{spec.step}</p>}
        <div class="cmp-field-row">
          <label class="cmp-visually-hidden" for="cmp-field">{spec.title}</label>
          {multiline ? (
            <textarea id="cmp-field" class="cmp-field cmp-field--multi" data-testid="cmp-field" readOnly autoComplete="off" value={shown} aria-describedby="cmp-hint" />
          ) : (
            <input id="cmp-field" class="cmp-field" data-testid="cmp-field" type="text" readOnly inputMode="none" autoComplete="off" value={shown} aria-describedby="cmp-hint" />
          )}
          {spec.masked && (
            <BigButton variant="plain" testId="cmp-reveal" onClick={props.onReveal}>
              {props.reveal ? m.hide : m.show}
            </BigButton>
          )}
        </div>
        <p id="cmp-hint" class="cmp-hint" aria-live="polite">{props.value !== '' && !props.valid ? m.invalidHint : ' '}</p>
        <Keypad m={m} layout={spec.layout} value={props.value} max={spec.max} caps={spec.caps ?? 'none'} onChange={props.onChange} onEnter={props.onNext} />
        <div class="actions cmp-actions">
          <BigButton variant="plain" testId="cmp-back" onClick={props.onBack}>{m.back}</BigButton>
          {spec.skippable && <BigButton variant="secondary" testId="cmp-skip" onClick={props.onSkip}>{m.skip}</BigButton>}
          <BigButton testId="cmp-next" disabled={!props.valid} onClick={props.onNext}>{spec.nextLabel ?? m.next}</BigButton>
        </div>
      </div>
    </Screen>
  );
}

export function IntroScreen(props: { m: ComplaintMessages; onConsent: () => void; onSuggestion: () => void; onLookup: () => void; onBack: () => void }) {
  const { m } = props;
  return (
    <Screen id="complaint-intro" title={m.introTitle} instruction={m.introInstruction}>
      <div class="cmp-intro">
        <h2 class="cmp-subtitle">{m.dataUseTitle}</h2>
        <ul class="cmp-list">{m.dataUse.map((line) => <li key={line}>{line}</li>)}</ul>
        <div class="actions cmp-actions cmp-actions--stack">
          <BigButton testId="cmp-consent" onClick={props.onConsent}>{m.consent}</BigButton>
          <BigButton variant="secondary" testId="cmp-suggestion" onClick={props.onSuggestion}>{m.suggestionInstead}</BigButton>
          <BigButton variant="secondary" testId="cmp-lookup" onClick={props.onLookup}>{m.lookupInstead}</BigButton>
          <BigButton variant="plain" testId="cmp-back" onClick={props.onBack}>{m.back}</BigButton>
        </div>
      </div>
    </Screen>
  );
}

export function CategoryScreen(props: { m: ComplaintMessages; categories: ComplaintCategory[]; english: boolean; selected: string; onSelect: (id: string) => void; onBack: () => void }) {
  const { m } = props;
  return (
    <Screen id="complaint-category" title={m.categoryTitle}>
      <div class="cmp-choices">
        {props.categories.map((c) => (
          <button key={c.id} type="button" aria-pressed={props.selected === c.id} class={`cmp-choice${props.selected === c.id ? ' cmp-choice--on' : ''}`} data-testid={`cmp-category-${c.id}`} onClick={() => props.onSelect(c.id)}>
            {props.english ? c.nameEn : c.name}
          </button>
        ))}
      </div>
      <div class="actions cmp-actions">
        <BigButton variant="plain" testId="cmp-back" onClick={props.onBack}>{m.back}</BigButton>
      </div>
    </Screen>
  );
}

export function WhenScreen(props: { m: ComplaintMessages; today: string; draft: Draft; onSet: (field: 'occurredOn' | 'place', value: string) => void; onNext: () => void; onBack: () => void }) {
  const { m, draft } = props;
  const shift = (days: number) => new Date(Date.parse(`${props.today}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);
  const whens: [string, string][] = [[m.whenToday, props.today], [m.whenYesterday, shift(1)], [m.whenThisWeek, shift(3)], [m.whenEarlier, '']];
  const places = [m.placeBranch, m.placeOnline, m.placeOther];
  return (
    <Screen id="complaint-when" title={m.whenTitle}>
      <div class="cmp-when">
        <fieldset class="cmp-group">
          <legend>{m.whenLabel}</legend>
          {whens.map(([label, value]) => (
            <button key={label} type="button" aria-pressed={draft.occurredOn === value && (value !== '' || draft.place !== '')} class={`cmp-choice${draft.occurredOn === value ? ' cmp-choice--on' : ''}`} data-testid={`cmp-when-${label}`} onClick={() => props.onSet('occurredOn', value)}>{label}</button>
          ))}
        </fieldset>
        <fieldset class="cmp-group">
          <legend>{m.placeLabel}</legend>
          {places.map((label) => (
            <button key={label} type="button" aria-pressed={draft.place === label} class={`cmp-choice${draft.place === label ? ' cmp-choice--on' : ''}`} data-testid={`cmp-place-${label}`} onClick={() => props.onSet('place', label)}>{label}</button>
          ))}
        </fieldset>
      </div>
      <div class="actions cmp-actions">
        <BigButton variant="plain" testId="cmp-back" onClick={props.onBack}>{m.back}</BigButton>
        <BigButton testId="cmp-next" onClick={props.onNext}>{m.next}</BigButton>
      </div>
    </Screen>
  );
}

export function ReviewScreen(props: { m: ComplaintMessages; draft: Draft; categoryName: string; onEdit: (step: 'name' | 'category' | 'description') => void; onSubmit: () => void; onBack: () => void; busy: boolean }) {
  const { m, draft } = props;
  const rows: [string, string, 'name' | 'category' | 'description' | null][] = [
    [m.nameTitle, draft.name, 'name'],
    ['NIK', maskNik(draft.nik), null],
    // Phone and the optional e-mail share a row: the review fits one screen in every display mode.
    draft.email ? [`${m.phoneTitle} · E-mail`, `${maskPhone(draft.phone)} · ${maskEmail(draft.email.trim().toLowerCase())}`, null] : [m.phoneTitle, maskPhone(draft.phone), null],
    [m.category, props.categoryName, 'category'],
    [m.descriptionTitle, draft.description, 'description'],
  ];
  return (
    <Screen id="complaint-review" title={m.reviewTitle} instruction={m.reviewInstruction}>
      <dl class="cmp-review" data-testid="cmp-review">
        {rows.map(([label, value, edit]) => (
          <div class="cmp-review__row" key={label}>
            <dt>{label}</dt>
            <dd class="cmp-review__value">
              <span>{value}</span>
              {edit && <BigButton variant="plain" testId={`cmp-edit-${edit}`} label={`${m.change}: ${label}`} onClick={() => props.onEdit(edit)}>{m.change}</BigButton>}
            </dd>
          </div>
        ))}
      </dl>
      <div class="actions cmp-actions">
        <BigButton variant="plain" testId="cmp-back" onClick={props.onBack}>{m.back}</BigButton>
        <BigButton testId="cmp-submit" disabled={props.busy} onClick={props.onSubmit}>{props.busy ? m.sending : m.submit}</BigButton>
      </div>
    </Screen>
  );
}

export function ReceiptScreen(props: { m: ComplaintMessages; receipt: { reference: string; checkCode: string; category: string; receivedAt: string; dueDate: string }; receivedLabel: string; printNote: string; onFinish: () => void }) {
  const { m, receipt } = props;
  return (
    <Screen id="complaint-receipt" title={m.receiptTitle} instruction={m.receiptInstruction}>
      <dl class="cmp-receipt" data-testid="cmp-receipt">
        <div class="cmp-receipt__big"><dt>{m.reference}</dt><dd data-testid="cmp-reference">{receipt.reference}</dd></div>
        <div class="cmp-receipt__big"><dt>{m.checkCode}</dt><dd data-testid="cmp-check-code">{receipt.checkCode}</dd></div>
        <div><dt>{m.category}</dt><dd>{receipt.category}</dd></div>
        <div><dt>{m.received}</dt><dd>{props.receivedLabel}</dd></div>
        <div><dt>{m.due}</dt><dd data-testid="cmp-due">{formatIsoDateId(receipt.dueDate)} ({m.dueNote})</dd></div>
      </dl>
      <p class="cmp-note">{m.nextSteps}</p>
      <p class="cmp-note">{m.howToLookUp}</p>
      <p class="cmp-note" role="status" data-testid="cmp-print">{props.printNote}</p>
      <div class="actions cmp-actions"><BigButton testId="cmp-finish" onClick={props.onFinish}>{m.finish}</BigButton></div>
    </Screen>
  );
}

export function MessageScreen(props: { id: string; title: string; body: string; actionLabel: string; onAction: () => void; secondary?: { label: string; onClick: () => void } }) {
  return (
    <Screen id={props.id} title={props.title}>
      <p class="cmp-note cmp-note--big" data-testid={`${props.id}-body`}>{props.body}</p>
      <div class="actions cmp-actions">
        {props.secondary && <BigButton variant="plain" testId="cmp-secondary" onClick={props.secondary.onClick}>{props.secondary.label}</BigButton>}
        <BigButton testId="cmp-finish" onClick={props.onAction}>{props.actionLabel}</BigButton>
      </div>
    </Screen>
  );
}
