/**
 * The kiosk's "Informasi" feature (lazy chunk): runs the FAQ machine for one visitor and shows the
 * screen for its state. The data, the outbox (Dexie) and this code load only when the tile is
 * touched; the idle reset of the shell unmounts all of it.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { createActor, fromPromise } from 'xstate';
import { blocksToText, checklistFor, findEntry, suggest, type FaqEntry } from '../../shared/faq/index.ts';
import { faqMessages } from '../../shared/i18n/faq-strings.ts';
import { browserSpeech } from '../app/a11y/speech.ts';
import { useKiosk } from '../app/kiosk-context.ts';
import { Screen } from '../app/Screen.tsx';
import { OfferTicketScreen } from '../app/routes/OfferTicketScreen.tsx';
import type { RouteProps } from '../app/routes/PlaceholderScreen.tsx';
import { useActorSnapshot } from '../app/use-actor.ts';
import { AnswerScreen } from './AnswerScreen.tsx';
import { loadFaq } from './faq-data.ts';
import { requestChecklistPrint } from './faq-io.ts';
import { faqMachine } from './faq.machine.ts';
import { FAQ_TOPICS, findTopic, questionsPerPage, topicEntries } from './faq-topics.ts';
import { QuestionsScreen, TopicsScreen } from './FaqBrowse.tsx';
import { MIN_QUERY, SearchScreen, type SearchHit } from './SearchScreen.tsx';
import './faq.css';

const INFO_SERVICE = 'informasi';

function usePortrait(): boolean {
  const query = useMemo(() => window.matchMedia('(orientation: portrait)'), []);
  const [portrait, setPortrait] = useState(query.matches);
  useEffect(() => {
    const update = () => setPortrait(query.matches);
    query.addEventListener('change', update);
    return () => query.removeEventListener('change', update);
  }, [query]);
  return portrait;
}

export function FaqFlow(props: RouteProps) {
  const { settings } = useKiosk();
  const f = faqMessages(settings.language);
  const portrait = usePortrait();
  const speech = useMemo(() => browserSpeech(), []);
  const provided = useMemo(
    () =>
      createActor(
        faqMachine.provide({
          actors: {
            loadFaq: fromPromise(() => loadFaq()),
            printChecklist: fromPromise(({ input }: { input: { faqId: string } }) => requestChecklistPrint((url, init) => fetch(url, init), location.origin, input.faqId)),
          },
          actions: {
            sendFeedback: (_args, params) => {
              // The outbox (Dexie) loads with the first vote, not with the FAQ.
              void import('./feedback-outbox.ts')
                .then((outbox) => outbox.browserFeedbackOutbox(location.origin).give(params.faqId, params.helpful))
                .catch(() => undefined);
            },
          },
        }),
      ),
    [],
  );
  useEffect(() => {
    provided.start();
    return () => {
      provided.stop();
      speech.cancel();
    };
  }, [provided]);
  const snapshot = useActorSnapshot(provided);
  const { context } = snapshot;
  const send = provided.send.bind(provided);
  const dataset = context.faq?.dataset ?? null;
  const onTicket = () => props.onTakeTicket(INFO_SERVICE);

  const counts = useMemo(() => new Map(dataset ? FAQ_TOPICS.map((topic) => [topic.id, topicEntries(dataset, topic).length]) : []), [dataset]);
  const topic = findTopic(context.topicId);
  const entries = useMemo<FaqEntry[]>(() => (dataset && topic ? topicEntries(dataset, topic) : []), [dataset, topic]);
  const hits = useMemo<SearchHit[]>(() => {
    const faq = context.faq;
    if (!faq || context.query.trim().length < MIN_QUERY) return [];
    // What fits above the keyboard without scrolling (measured in the e2e screenshots).
    const limit = settings.largeText ? 2 : portrait ? 4 : 3;
    return suggest(faq.index, context.query, limit).flatMap((result) => {
      const shown = findEntry(faq.dataset, result.id);
      return shown ? [{ entry: shown.entry, section: result.section }] : [];
    });
  }, [context.faq, context.query, portrait, settings.largeText]);

  if (snapshot.matches('loading')) {
    return (
      <Screen id="faq-loading" title={f.loading}>
        <div class="spinner" aria-hidden="true" />
      </Screen>
    );
  }
  if (snapshot.matches('unavailable') || !dataset) {
    return (
      <OfferTicketScreen
        id="faq-unavailable"
        title={f.unavailableTitle}
        speak={`${f.unavailableTitle}. ${f.unavailableBody}`}
        body={f.unavailableBody}
        ticketLabel={f.takeInfoTicket}
        ticketTestId="faq-take-ticket"
        onTicket={onTicket}
        onHome={props.onHome}
      />
    );
  }
  if (snapshot.matches('questions') && topic) {
    return (
      <QuestionsScreen
        f={f}
        topic={topic}
        entries={entries}
        page={context.page}
        pageSize={questionsPerPage({ portrait, largeText: settings.largeText })}
        onOpen={(entryId) => send({ type: 'entry.open', entryId })}
        onPrevious={() => send({ type: 'page.previous' })}
        onNext={(pages) => send({ type: 'page.next', pages })}
        onBack={() => send({ type: 'nav.back' })}
        onSearch={() => send({ type: 'search.open' })}
      />
    );
  }
  if (snapshot.matches('search')) {
    return (
      <SearchScreen
        f={f}
        query={context.query}
        hits={hits}
        onKey={(key) => send({ type: 'key.press', key })}
        onOpen={(entryId) => send({ type: 'entry.open', entryId })}
        onTopics={() => send({ type: 'nav.topics' })}
        onTicket={onTicket}
      />
    );
  }
  const shown = context.entryId ? findEntry(dataset, context.entryId) : undefined;
  if (snapshot.matches('answer') && shown) {
    return (
      <AnswerScreen
        f={f}
        shown={shown}
        canPrint={checklistFor(dataset, shown.entry.id) !== undefined}
        printing={snapshot.matches({ answer: 'printing' })}
        print={context.print}
        vote={context.votes[shown.entry.id]}
        hasVoice={speech.hasVoice('id')}
        backLabel={context.answerFrom === 'search' ? f.backToSearch : f.backToQuestions}
        onReadAloud={() => speech.speak(`${shown.entry.question}. ${blocksToText(shown.answerEntry.answer)}`, 'id')}
        onPrint={() => send({ type: 'print.request' })}
        onVote={(helpful) => send({ type: 'feedback.give', helpful })}
        onTicket={onTicket}
        onBack={() => {
          speech.cancel();
          send({ type: 'nav.back' });
        }}
        onTopics={() => {
          speech.cancel();
          send({ type: 'nav.topics' });
        }}
      />
    );
  }
  return (
    <TopicsScreen
      f={f}
      counts={counts}
      onTopic={(topicId) => send({ type: 'topic.open', topicId })}
      onSearch={() => send({ type: 'search.open' })}
      onTicket={onTicket}
      onHome={props.onHome}
    />
  );
}
