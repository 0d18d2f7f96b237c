/**
 * The kiosk's "Informasi" feature (lazy chunk): runs the FAQ machine for one visitor and shows the
 * screen for its state. The data, the outbox (Dexie) and this code load only when the tile is
 * touched; the idle reset of the shell unmounts all of it.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { createActor, fromPromise } from 'xstate';
import { blocksToText, checklistFor, CORE_QUESTION_IDS, findEntry, findSituation, LIFE_EVENTS, searchAnswer, type FaqEntry, type QueueService } from '../../shared/faq/index.ts';
import { faqMessages } from '../../shared/i18n/faq-strings.ts';
import { faqStoryMessages } from '../../shared/i18n/faq-story-strings.ts';
import { browserSpeech } from '../app/a11y/speech.ts';
import { useKiosk } from '../app/kiosk-context.ts';
import { Screen } from '../app/Screen.tsx';
import { OfferTicketScreen } from '../app/routes/OfferTicketScreen.tsx';
import type { RouteProps } from '../app/routes/PlaceholderScreen.tsx';
import { useActorSnapshot } from '../app/use-actor.ts';
import { AnswerScreen } from './AnswerScreen.tsx';
import { loadFaq } from './faq-data.ts';
import { fetchPopularity, requestChecklistPrint } from './faq-io.ts';
import { faqMachine, type PrintTarget } from './faq.machine.ts';
import { FAQ_TOPICS, findTopic, orderByDemand, questionsPerPage, topicEntries } from './faq-topics.ts';
import { QuestionsScreen, TopicsScreen } from './FaqBrowse.tsx';
import { LifeEventsScreen, SituationScreen } from './LifeEvents.tsx';
import { situationView } from './situation-view.ts';
import { MIN_QUERY, SearchScreen, type SearchHit } from './SearchScreen.tsx';
import { firstRead, searchEndRecord, type SearchState, type SearchVerdict } from './usage.ts';
import type { UsageOutbox } from './usage-outbox.ts';
import './faq.css';
import { deviceFetch } from '../device/device-fetch.ts';

const INFO_SERVICE: QueueService = 'informasi';

/** The usage outbox (Dexie) loads with the first record, not with the FAQ; a failure only loses the count. */
function recordUsage(fn: (outbox: UsageOutbox) => Promise<void>): void {
  void import('./usage-outbox.ts')
    .then((m) => fn(m.browserUsageOutbox(location.origin)))
    .catch(() => undefined);
}

/** What branch visitors ask most (GET /api/faq/popular), fetched once per page load, never awaited by the FAQ. */
let popularity: Promise<ReadonlyMap<string, number>> | null = null;
function usePopularity(): ReadonlyMap<string, number> {
  const [counts, setCounts] = useState<ReadonlyMap<string, number>>(new Map());
  useEffect(() => {
    let live = true;
    popularity ??= fetchPopularity(deviceFetch, location.origin);
    void popularity.then((c) => live && setCounts(c));
    return () => {
      live = false;
    };
  }, []);
  return counts;
}

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
  const st = faqStoryMessages(settings.language);
  const demand = usePopularity();
  const portrait = usePortrait();
  const speech = useMemo(() => browserSpeech(), []);
  const provided = useMemo(
    () =>
      createActor(
        faqMachine.provide({
          actors: {
            loadFaq: fromPromise(() => loadFaq()),
            printChecklist: fromPromise(({ input }: { input: PrintTarget }) => requestChecklistPrint(deviceFetch, location.origin, input)),
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
  const situation = findSituation(context.situationId);

  const counts = useMemo(() => new Map(dataset ? FAQ_TOPICS.map((topic) => [topic.id, topicEntries(dataset, topic).length]) : []), [dataset]);
  const topic = findTopic(context.topicId);
  // Ordered by what visitors of this branch ask most, not the guide's order (faq-topics.ts).
  const entries = useMemo<FaqEntry[]>(() => (dataset && topic ? orderByDemand(topicEntries(dataset, topic), demand, CORE_QUESTION_IDS) : []), [dataset, topic, demand]);
  const found = useMemo(() => {
    const faq = context.faq;
    if (!faq || context.query.trim().length < MIN_QUERY) return { hits: [], weak: false, service: INFO_SERVICE, verdict: 'good' as SearchVerdict };
    // What fits above the keyboard without scrolling (measured in the e2e screenshots); with no
    // good answer the notice takes the room of the rows, so fewer guesses are shown.
    const limit = settings.largeText ? 2 : 4;
    const answer = searchAnswer(faq.index, context.query, { limit, prefix: true });
    const weak = answer.verdict === 'weak';
    const hits: SearchHit[] = answer.results.slice(0, weak ? (settings.largeText ? 0 : portrait ? 2 : 1) : limit).flatMap((result) => {
      const shown = findEntry(faq.dataset, result.id);
      // The short section name keeps a row to two lines, so four rows fit beside the keyboard.
      return shown ? [{ entry: shown.entry, section: shown.section?.shortTitle ?? result.section }] : [];
    });
    return { hits, weak, service: answer.service, verdict: answer.verdict };
  }, [context.faq, context.query, portrait, settings.largeText]);

  // Usage for the branch reports (usage.ts): answers read, searches left without a useful answer.
  const usage = useMemo(() => ({ seen: new Set<string>(), lastSearch: null as SearchState | null }), []);
  const inSearch = snapshot.matches('search');
  const inAnswer = snapshot.matches('answer');
  useEffect(() => {
    const id = context.entryId;
    if (inAnswer && id !== null && firstRead(usage.seen, id)) recordUsage((o) => o.read(id));
  }, [inAnswer, context.entryId]);
  useEffect(() => {
    if (inSearch) {
      usage.lastSearch = { query: context.query, verdict: found.verdict };
      return;
    }
    const record = searchEndRecord(usage.lastSearch, inAnswer);
    usage.lastSearch = null;
    if (record) recordUsage((o) => o.noAnswer(record.query, record.verdict));
  }, [inSearch, inAnswer, context.query, found.verdict]);
  // Walking away or taking a ticket from the search unmounts the flow while it is still on the search.
  useEffect(
    () => () => {
      const record = searchEndRecord(usage.lastSearch, false);
      if (record) recordUsage((o) => o.noAnswer(record.query, record.verdict));
    },
    [],
  );

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
        s={st}
        query={context.query}
        hits={found.hits}
        weak={found.weak}
        service={found.service}
        onKey={(key) => send({ type: 'key.press', key })}
        onOpen={(entryId) => send({ type: 'entry.open', entryId })}
        onTopics={() => send({ type: 'nav.topics' })}
        onTicket={(service) => props.onTakeTicket(service)}
      />
    );
  }
  if (snapshot.matches('lifeEvents')) {
    return <LifeEventsScreen f={f} s={st} events={LIFE_EVENTS} onOpen={(situationId) => send({ type: 'situation.open', situationId })} onBack={() => send({ type: 'nav.back' })} />;
  }
  if (snapshot.matches('situation') && situation) {
    // A few questions: what fits with the print and ticket buttons in every mode.
    const view = situationView(dataset, situation, settings.largeText ? 3 : portrait ? 5 : 4);
    const target = view.print;
    return (
      <SituationScreen
        f={f}
        s={st}
        situation={situation}
        questions={view.questions}
        canPrint={target !== null}
        printing={snapshot.matches({ situation: 'printing' })}
        print={context.print}
        service={situation.service}
        onOpen={(entryId) => send({ type: 'entry.open', entryId })}
        onPrint={() => target && send({ type: 'situation.print', target })}
        onTicket={() => props.onTakeTicket(situation.service)}
        onBack={() => send({ type: 'nav.back' })}
        onTopics={() => send({ type: 'nav.topics' })}
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
        backLabel={context.answerFrom === 'search' ? f.backToSearch : context.answerFrom === 'situation' ? st.situationBack : f.backToQuestions}
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
      s={st}
      counts={counts}
      onLifeEvents={() => send({ type: 'life.open' })}
      onTopic={(topicId) => send({ type: 'topic.open', topicId })}
      onSearch={() => send({ type: 'search.open' })}
      onTicket={onTicket}
      onHome={props.onHome}
    />
  );
}
