/**
 * Search with the on-screen keyboard: the matching questions update as the visitor types (the
 * last word may be unfinished). No match: the topics and the information queue.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { FaqEntry } from '../../shared/faq/index.ts';
import type { QueueService } from '../../shared/faq/index.ts';
import type { FaqMessages } from '../../shared/i18n/faq-strings.ts';
import type { FaqStoryMessages } from '../../shared/i18n/faq-story-strings.ts';
import { BackIcon, TicketIcon } from '../app/icons.tsx';
import { BigButton, Screen } from '../app/Screen.tsx';
import { QuestionRow } from './FaqBrowse.tsx';
import { KEY_ROWS, keyPressFromKeyboard, type KeyPress } from './keyboard-layout.ts';

export const MIN_QUERY = 2;

export interface SearchHit {
  readonly entry: FaqEntry;
  readonly section: string;
}

function Keyboard(props: { f: FaqMessages; onKey: (key: KeyPress) => void }) {
  const { f } = props;
  return (
    <div class="faq-keyboard" role="group" aria-label={f.keyboardLabel}>
      {KEY_ROWS.map((row) => (
        <div class="faq-keyboard__row" key={row.join('')}>
          {row.map((char) => (
            <button key={char} type="button" class="faq-key" data-testid={`key-${char}`} onClick={() => props.onKey({ kind: 'char', char })}>
              {char.toUpperCase()}
            </button>
          ))}
        </div>
      ))}
      <div class="faq-keyboard__row">
        <button type="button" class="faq-key faq-key--wide" data-testid="key-clear" aria-label={f.keyClearLabel} onClick={() => props.onKey({ kind: 'clear' })}>
          {f.keyClear}
        </button>
        <button type="button" class="faq-key faq-key--space" data-testid="key-space" onClick={() => props.onKey({ kind: 'space' })}>
          {f.keySpace}
        </button>
        <button type="button" class="faq-key faq-key--wide" data-testid="key-backspace" aria-label={f.keyBackspaceLabel} onClick={() => props.onKey({ kind: 'backspace' })}>
          ⌫ {f.keyBackspace}
        </button>
      </div>
    </div>
  );
}

export function SearchScreen(props: {
  f: FaqMessages;
  s: FaqStoryMessages;
  query: string;
  hits: readonly SearchHit[];
  /** No good answer: the hits are only guesses; the queue to offer. */
  weak: boolean;
  service: QueueService;
  onKey: (key: KeyPress) => void;
  onOpen: (id: string) => void;
  onTopics: () => void;
  onTicket: (service: QueueService) => void;
}) {
  const { f, s } = props;
  // A physical keyboard types too (an officer helping, an accessibility switch).
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.target instanceof HTMLButtonElement && (event.key === ' ' || event.key === 'Enter')) return;
      const key = keyPressFromKeyboard(event.key);
      if (!key || event.ctrlKey || event.altKey || event.metaKey) return;
      event.preventDefault();
      props.onKey(key);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [props.onKey]);

  // A long story runs past the field's width: keep its end, where the visitor is typing, in view.
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (field.current) field.current.scrollLeft = field.current.scrollWidth;
  }, [props.query]);

  const typed = props.query.trim().length >= MIN_QUERY;
  const noResult = typed && props.hits.length === 0 && !props.weak;
  return (
    <Screen id="faq-search" title={f.searchTitle} instruction={f.searchInstruction}>
      <div class="faq-search">
        <div class="faq-search__top">
          <label class="faq-search__label" for="faq-query">
            {f.searchFieldLabel}
          </label>
          <input ref={field} id="faq-query" class="faq-search__field" data-testid="faq-query" type="text" readOnly inputMode="none" autoComplete="off" value={props.query} placeholder={f.searchPlaceholder} />
          <div class="faq-search__results" aria-live="polite">
            {!typed && <p class="faq-note">{f.searchKeepTyping}</p>}
            {typed && props.weak && (
              <div class="notice notice--warning faq-weak" data-testid="faq-weak-answer" data-service={props.service}>
                <p class="notice__title">{s.weakTitle}</p>
                <p class="faq-weak__body">{s.weakBody}</p>
                <div class="actions">
                  <BigButton testId="faq-weak-ticket" onClick={() => props.onTicket(props.service)}>
                    <TicketIcon size={40} />
                    {s.ticketFor(props.service)}
                  </BigButton>
                </div>
              </div>
            )}
            {typed && props.hits.length > 0 && (
              <>
                <h2 class="faq-subtitle">{props.weak ? s.weakGuesses : f.searchResults}</h2>
                <ol class="faq-list faq-list--compact">
                  {props.hits.map((hit) => (
                    <QuestionRow key={hit.entry.id} entry={hit.entry} meta={hit.section} onOpen={props.onOpen} />
                  ))}
                </ol>
              </>
            )}
            {noResult && (
              <div class="notice notice--warning" data-testid="faq-no-result">
                <p class="notice__title">{f.noResultTitle}</p>
                <p>{f.noResultBody}</p>
                <div class="actions">
                  <BigButton variant="plain" testId="faq-no-result-topics" onClick={props.onTopics}>
                    {f.showTopics}
                  </BigButton>
                  <BigButton testId="faq-no-result-ticket" onClick={() => props.onTicket('informasi')}>
                    <TicketIcon size={40} />
                    {f.takeInfoTicket}
                  </BigButton>
                </div>
              </div>
            )}
          </div>
        </div>
        <div class="faq-search__keys">
          <Keyboard f={f} onKey={props.onKey} />
        </div>
        <div class="actions faq-actions faq-search__back">
          <BigButton variant="plain" testId="faq-back" onClick={props.onTopics}>
            <BackIcon size={40} />
            {f.backToTopics}
          </BigButton>
        </div>
      </div>
    </Screen>
  );
}
