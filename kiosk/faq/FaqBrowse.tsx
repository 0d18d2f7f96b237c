/** Browsing: the topic tiles, then the questions of a topic, a page at a time (no scrolling). */
import type { FaqEntry } from '../../shared/faq/index.ts';
import type { FaqMessages } from '../../shared/i18n/faq-strings.ts';
import type { FaqStoryMessages } from '../../shared/i18n/faq-story-strings.ts';
import { BackIcon, TicketIcon } from '../app/icons.tsx';
import { useKiosk } from '../app/kiosk-context.ts';
import { BigButton, Screen } from '../app/Screen.tsx';
import { ArrowIcon, SearchIcon, TopicIconView } from './faq-icons.tsx';
import { FAQ_TOPICS, pageItems, type FaqTopic } from './faq-topics.ts';

export function TopicsScreen(props: {
  f: FaqMessages;
  s: FaqStoryMessages;
  counts: ReadonlyMap<string, number>;
  onTopic: (id: string) => void;
  onLifeEvents: () => void;
  onSearch: () => void;
  onTicket: () => void;
  onHome: () => void;
}) {
  const { t, settings } = useKiosk();
  const { f, s } = props;
  return (
    <Screen id="faq" title={f.topicsTitle} instruction={f.topicsInstruction}>
      {f.onlyIndonesian && <p class="faq-note">{f.onlyIndonesian}</p>}
      <div class="faq-toolbar">
        <BigButton testId="faq-life-open" onClick={props.onLifeEvents}>
          <span class="faq-life-open__label">{s.lifeButton}</span>
        </BigButton>
        <BigButton testId="faq-search-open" onClick={props.onSearch}>
          <SearchIcon size={48} />
          {f.searchButton}
        </BigButton>
        <BigButton variant="secondary" testId="faq-take-ticket" onClick={props.onTicket}>
          <TicketIcon size={40} />
          {f.takeInfoTicket}
        </BigButton>
        <BigButton variant="plain" testId="back" onClick={props.onHome}>
          <BackIcon size={40} />
          {t.back}
        </BigButton>
      </div>
      <div class="faq-tiles">
        {FAQ_TOPICS.map((topic) => (
          <button key={topic.id} type="button" class="card-button faq-tile" data-testid={`faq-topic-${topic.id}`} onClick={() => props.onTopic(topic.id)}>
            <TopicIconView icon={topic.icon} size={56} />
            <span class="faq-tile__label">{topic.title[settings.language]}</span>
            <span class="faq-tile__hint">{topic.hint[settings.language]}</span>
            <span class="faq-tile__count">{f.topicQuestions(props.counts.get(topic.id) ?? 0)}</span>
          </button>
        ))}
      </div>
    </Screen>
  );
}

export function Pager(props: { f: FaqMessages; page: number; pages: number; onPrevious: () => void; onNext: () => void }) {
  if (props.pages <= 1) return null;
  return (
    <nav class="faq-pager" aria-label={props.f.pageOf(props.page + 1, props.pages)}>
      <BigButton variant="secondary" testId="faq-page-previous" disabled={props.page === 0} onClick={props.onPrevious}>
        <ArrowIcon direction="left" size={40} />
        {props.f.pagePrevious}
      </BigButton>
      <p class="faq-pager__status" aria-live="polite">
        {props.f.pageOf(props.page + 1, props.pages)}
      </p>
      <BigButton variant="secondary" testId="faq-page-next" disabled={props.page + 1 >= props.pages} onClick={props.onNext}>
        {props.f.pageNext}
        <ArrowIcon direction="right" size={40} />
      </BigButton>
    </nav>
  );
}

export function QuestionRow(props: { entry: FaqEntry; onOpen: (id: string) => void; meta?: string }) {
  return (
    <li>
      <button type="button" class="card-button faq-row" data-testid="faq-question" data-faq-id={props.entry.id} onClick={() => props.onOpen(props.entry.id)}>
        <span class="faq-row__text">{props.entry.question}</span>
        {props.meta && <span class="faq-row__meta">{props.meta}</span>}
        <ArrowIcon direction="right" size={40} />
      </button>
    </li>
  );
}

export function QuestionsScreen(props: {
  f: FaqMessages;
  topic: FaqTopic;
  entries: readonly FaqEntry[];
  page: number;
  pageSize: number;
  onOpen: (id: string) => void;
  onPrevious: (pages: number) => void;
  onNext: (pages: number) => void;
  onBack: () => void;
  onSearch: () => void;
}) {
  const { settings } = useKiosk();
  const { f } = props;
  const shown = pageItems(props.entries, props.page, props.pageSize);
  const title = props.topic.title[settings.language];
  return (
    <Screen id="faq-questions" title={title} instruction={f.questionsInstruction}>
      <ol class="faq-list" start={shown.page * props.pageSize + 1}>
        {shown.items.map((entry) => (
          <QuestionRow key={entry.id} entry={entry} onOpen={props.onOpen} />
        ))}
      </ol>
      <Pager f={f} page={shown.page} pages={shown.pages} onPrevious={() => props.onPrevious(shown.pages)} onNext={() => props.onNext(shown.pages)} />
      <div class="actions faq-actions">
        <BigButton variant="plain" testId="faq-back" onClick={props.onBack}>
          <BackIcon size={40} />
          {f.backToTopics}
        </BigButton>
        <BigButton variant="secondary" testId="faq-search-open" onClick={props.onSearch}>
          <SearchIcon size={40} />
          {f.searchButton}
        </BigButton>
      </div>
    </Screen>
  );
}
