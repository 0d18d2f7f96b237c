/**
 * The survey's screens. Every one fits one view in both orientations and all modes; every choice
 * is a real button with a word (never a colour or a face alone); the heading is read aloud when
 * read-aloud is on (Screen does that).
 */
import { useState } from 'preact/hooks';
import type { SurveyInvitation } from '../../shared/contracts/survey.ts';
import { LANGUAGE_TAG } from '../../shared/i18n/index.ts';
import type { SkmQuestion, SurveyMessages } from '../../shared/i18n/survey-id.ts';
import { SKM_ELEMENTS, type SkmScore } from '../../shared/survey/elements.ts';
import { BackIcon } from '../app/icons.tsx';
import { useKiosk } from '../app/kiosk-context.ts';
import { BigButton, Screen } from '../app/Screen.tsx';
import { Face } from './faces.tsx';

const SCORES = [1, 2, 3, 4] as const;

export function serviceNameOf(invitation: SurveyInvitation, language: 'id' | 'en'): string {
  return language === 'en' && invitation.serviceNameEn ? invitation.serviceNameEn : invitation.serviceName;
}

export function RatingScreen(props: { m: SurveyMessages; invitation: SurveyInvitation; onRate: (score: SkmScore) => void; onCancel?: () => void }) {
  const { m } = props;
  const { settings } = useKiosk();
  return (
    <Screen id="survey-rating" title={m.ratingTitle} instruction={m.ratingInstruction} speak={`${m.ratingTitle} ${m.ratingInstruction} ${m.faces.join(', ')}`}>
      <p class="survey-ticket" data-testid="survey-ticket">
        {m.ratingFor(props.invitation.number, serviceNameOf(props.invitation, settings.language))}
      </p>
      <div class="faces" role="group" aria-label={m.ratingTitle}>
        {SCORES.map((score) => (
          <button key={score} type="button" class={`card-button face-button face-button--${score}`} data-testid={`face-${score}`} onClick={() => props.onRate(score)}>
            <Face score={score} size={96} />
            <span class="face-button__label">{m.faces[score - 1]}</span>
          </button>
        ))}
      </div>
      {props.onCancel && (
        <div class="actions">
          <BigButton variant="plain" testId="survey-cancel" onClick={props.onCancel}>
            <BackIcon size={40} />
            {m.back}
          </BigButton>
        </div>
      )}
    </Screen>
  );
}

export function InviteScreen(props: { m: SurveyMessages; onStart: () => void; onFinish: () => void; onBack: () => void }) {
  const { m } = props;
  return (
    <Screen id="survey-invite" title={m.inviteTitle} speak={`${m.inviteTitle}. ${m.inviteBody}`}>
      <p class="body-text">{m.inviteBody}</p>
      <div class="actions survey-invite-actions">
        <BigButton testId="survey-elements-start" onClick={props.onStart}>
          {m.inviteYes}
        </BigButton>
        <BigButton variant="secondary" testId="survey-finish" onClick={props.onFinish}>
          {m.inviteNo}
        </BigButton>
        <BigButton variant="plain" testId="survey-back" onClick={props.onBack}>
          <BackIcon size={40} />
          {m.back}
        </BigButton>
      </div>
    </Screen>
  );
}

export function QuestionScreen(props: { m: SurveyMessages; index: number; chosen: SkmScore | undefined; onAnswer: (score: SkmScore) => void; onSkip: () => void; onBack: () => void }) {
  const { m } = props;
  const { settings } = useKiosk();
  const element = SKM_ELEMENTS[props.index] ?? 'u1';
  const q: SkmQuestion = m.questions[element];
  const progress = m.questionProgress(props.index + 1, SKM_ELEMENTS.length);
  return (
    <Screen id={`survey-${element}`} title={q.question} speak={`${progress}. ${q.question} ${q.options.join(', ')}`}>
      <p class="survey-progress" data-testid="survey-progress">
        {progress} · <span lang={LANGUAGE_TAG[settings.language]}>{q.name}</span>
      </p>
      <div class="survey-options" role="group" aria-label={q.name}>
        {SCORES.map((score) => (
          <button
            key={score}
            type="button"
            class="card-button survey-option"
            aria-pressed={props.chosen === score}
            data-testid={`option-${score}`}
            onClick={() => props.onAnswer(score)}
          >
            <span class="survey-option__score" aria-hidden="true">
              {score}
            </span>
            <span>{q.options[score - 1]}</span>
          </button>
        ))}
      </div>
      <div class="actions">
        <BigButton variant="secondary" testId="survey-skip" onClick={props.onSkip}>
          {m.skip}
        </BigButton>
        <BigButton variant="plain" testId="survey-back" onClick={props.onBack}>
          <BackIcon size={40} />
          {m.back}
        </BigButton>
      </div>
    </Screen>
  );
}

const COMMENT_KEYS: readonly (readonly string[])[] = [
  ['q', 'w', 'e', 'r', 't', 'y', 'u', 'i', 'o', 'p'],
  ['a', 's', 'd', 'f', 'g', 'h', 'j', 'k', 'l'],
  ['z', 'x', 'c', 'v', 'b', 'n', 'm', ',', '.'],
];

export function CommentScreen(props: { m: SurveyMessages; keyboard: boolean; onSend: (text: string) => void; onSkip: () => void; onBack: () => void }) {
  const { m } = props;
  const [text, setText] = useState('');
  const type = (key: string) => setText((t) => (t.length >= 300 ? t : t + key));
  return (
    <Screen id="survey-comment" title={m.commentTitle} instruction={m.commentHint}>
      <div class={`survey-comment-form${props.keyboard ? ' survey-comment-form--keys' : ''}`}>
      <label class="survey-comment__label" for="survey-comment">
        {m.commentLabel}
      </label>
      <textarea
        id="survey-comment"
        class="survey-comment"
        data-testid="survey-comment"
        rows={props.keyboard ? 2 : 4}
        maxLength={1000}
        autocomplete="off"
        value={text}
        inputMode={props.keyboard ? 'none' : 'text'}
        onInput={(e) => setText(e.currentTarget.value)}
      />
      {props.keyboard && (
        <div class="survey-keys" role="group" aria-label={m.commentLabel}>
          {COMMENT_KEYS.map((row, i) => (
            <div class="survey-keys__row" key={i}>
              {row.map((k) => (
                <button key={k} type="button" class="key" onClick={() => type(k)} aria-label={k === ',' ? 'koma' : k === '.' ? 'titik' : k}>
                  {k}
                </button>
              ))}
            </div>
          ))}
          <div class="survey-keys__row">
            <button type="button" class="key key--wide" onClick={() => type(' ')}>
              spasi
            </button>
            <button type="button" class="key key--wide" onClick={() => setText((t) => t.slice(0, -1))}>
              {m.ticketDelete}
            </button>
          </div>
        </div>
      )}
      <div class="actions">
        <BigButton testId="survey-comment-send" onClick={() => (text.trim() ? props.onSend(text) : props.onSkip())}>
          {text.trim() ? m.commentSend : m.commentSkip}
        </BigButton>
        <BigButton variant="plain" testId="survey-back" onClick={props.onBack}>
          <BackIcon size={40} />
          {m.back}
        </BigButton>
      </div>
      </div>
    </Screen>
  );
}

export function ThanksScreen(props: { m: SurveyMessages; onClose: () => void }) {
  const { m } = props;
  return (
    <Screen id="survey-thanks" title={m.thanksTitle} speak={`${m.thanksTitle}. ${m.thanksBody}`}>
      <p class="body-text" data-testid="survey-thanks">
        {m.thanksBody}
      </p>
      <div class="actions">
        <BigButton testId="survey-close" onClick={props.onClose}>
          {m.done}
        </BigButton>
      </div>
    </Screen>
  );
}

export function SaveFailedScreen(props: { m: SurveyMessages; onRetry: () => void }) {
  const { m } = props;
  return (
    <Screen id="survey-save-failed" title={m.saveFailed}>
      <div class="actions">
        <BigButton testId="retry-now" onClick={props.onRetry}>
          {m.tryAgain}
        </BigButton>
      </div>
    </Screen>
  );
}

const TICKET_KEYS: readonly (readonly string[])[] = [
  ['A', 'B', 'C', 'D', 'E', 'F'],
  ['1', '2', '3', '4', '5'],
  ['6', '7', '8', '9', '0'],
];

/** The kiosk tile's first screen: the USB scanner types into the field (then Enter); touch types with the keys. */
export function TicketEntryScreen(props: { m: SurveyMessages; problem: string | null; busy: boolean; onSubmit: (text: string) => void; onCancel: () => void }) {
  const { m } = props;
  const [text, setText] = useState('');
  const [empty, setEmpty] = useState(false);
  const submit = () => {
    if (props.busy) return;
    if (!text.trim()) {
      setEmpty(true);
      return;
    }
    setEmpty(false);
    props.onSubmit(text);
  };
  const problem = empty ? m.ticketEmpty : props.problem;
  return (
    <Screen id="survey-ticket" title={m.ticketTitle} instruction={m.ticketInstruction}>
      <form
        class="survey-ticket-form"
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <label class="survey-comment__label" for="survey-ticket-input">
          {m.ticketLabel}
        </label>
        <input
          id="survey-ticket-input"
          class="survey-ticket-input"
          data-testid="survey-ticket-input"
          autocomplete="off"
          autoFocus
          inputMode="none"
          maxLength={300}
          value={text}
          aria-describedby={problem ? 'survey-ticket-problem' : undefined}
          onInput={(e) => setText(e.currentTarget.value)}
        />
        {problem && (
          <p id="survey-ticket-problem" class="notice notice--warning" role="alert" data-testid="survey-ticket-problem">
            {problem}
          </p>
        )}
        {props.busy && (
          <p class="survey-busy" role="status">
            {m.ticketChecking}
          </p>
        )}
        <div class="survey-keys" role="group" aria-label={m.ticketLabel}>
          {TICKET_KEYS.map((row, i) => (
            <div class="survey-keys__row" key={i}>
              {row.map((k) => (
                <button key={k} type="button" class="key" data-testid={`key-${k}`} onClick={() => setText((t) => (t.length < 12 ? t + k : t))}>
                  {k}
                </button>
              ))}
            </div>
          ))}
          <div class="survey-keys__row">
            <button type="button" class="key key--wide" data-testid="key-delete" onClick={() => setText((t) => t.slice(0, -1))}>
              {m.ticketDelete}
            </button>
            <button type="button" class="key key--wide" onClick={() => setText('')}>
              {m.ticketClear}
            </button>
          </div>
        </div>
        <div class="actions">
          <button type="submit" class="btn btn--primary" data-testid="survey-ticket-submit" disabled={props.busy}>
            {m.ticketSubmit}
          </button>
          <BigButton variant="plain" testId="back" onClick={props.onCancel}>
            <BackIcon size={40} />
            {m.back}
          </BigButton>
        </div>
      </form>
    </Screen>
  );
}
