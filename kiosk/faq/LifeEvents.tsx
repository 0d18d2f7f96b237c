/**
 * "Saya ingin…": find without searching. The FAQ home's button opens the life events (berhenti
 * kerja, kecelakaan kerja …); one touch shows the few questions that matter for it, the
 * requirements list to print and the ticket of the right queue. Two touches from the FAQ home.
 */
import type { FaqEntry, QueueService, Situation } from '../../shared/faq/index.ts';
import type { FaqMessages } from '../../shared/i18n/faq-strings.ts';
import type { FaqStoryMessages } from '../../shared/i18n/faq-story-strings.ts';
import { BackIcon, TicketIcon } from '../app/icons.tsx';
import { useKiosk } from '../app/kiosk-context.ts';
import { BigButton, Screen } from '../app/Screen.tsx';
import { PrintNotice } from './AnswerScreen.tsx';
import { QuestionRow } from './FaqBrowse.tsx';
import type { PrintView } from './faq.machine.ts';
import { PrinterIcon } from './faq-icons.tsx';

export function LifeEventsScreen(props: { f: FaqMessages; s: FaqStoryMessages; events: readonly Situation[]; onOpen: (id: string) => void; onBack: () => void }) {
  const { settings } = useKiosk();
  const { f, s } = props;
  return (
    <Screen id="faq-life" title={s.lifeTitle} instruction={s.lifeInstruction}>
      <div class="faq-life">
        {props.events.map((event) => (
          <button key={event.id} type="button" class="card-button faq-life__event" data-testid={`faq-life-${event.id}`} onClick={() => props.onOpen(event.id)}>
            <span class="faq-tile__label">{event.title[settings.language]}</span>
            <span class="faq-tile__hint">{event.hint[settings.language]}</span>
          </button>
        ))}
      </div>
      <div class="actions faq-actions">
        <BigButton variant="plain" testId="faq-back" onClick={props.onBack}>
          <BackIcon size={40} />
          {f.backToTopics}
        </BigButton>
      </div>
    </Screen>
  );
}

export function SituationScreen(props: {
  f: FaqMessages;
  s: FaqStoryMessages;
  situation: Situation;
  questions: readonly FaqEntry[];
  canPrint: boolean;
  printing: boolean;
  print: PrintView | null;
  service: QueueService;
  onOpen: (id: string) => void;
  onPrint: () => void;
  onTicket: () => void;
  onBack: () => void;
  onTopics: () => void;
}) {
  const { settings } = useKiosk();
  const { f, s } = props;
  return (
    <Screen id="faq-situation" title={props.situation.title[settings.language]} instruction={s.situationInstruction}>
      <div class="faq-situation">
      <ol class="faq-list faq-list--compact">
        {props.questions.map((entry) => (
          <QuestionRow key={entry.id} entry={entry} onOpen={props.onOpen} />
        ))}
      </ol>
      <div class="faq-situation__side">
      {props.print && <PrintNotice f={f} print={props.print} />}
      <div class="faq-situation__actions">
        {props.canPrint && (
          <BigButton variant="secondary" testId="faq-situation-print" disabled={props.printing} onClick={props.onPrint}>
            <PrinterIcon size={40} />
            {props.printing ? f.printing : props.print && props.print.status !== 'printed' && props.print.status !== 'queued' ? f.printAgain : s.printRequirements}
          </BigButton>
        )}
        <BigButton testId="faq-situation-ticket" onClick={props.onTicket}>
          <TicketIcon size={40} />
          {s.ticketFor(props.service)}
        </BigButton>
      </div>
      <div class="actions faq-actions">
        <BigButton variant="plain" testId="faq-back" onClick={props.onBack}>
          <BackIcon size={40} />
          {s.situationBack}
        </BigButton>
        <BigButton variant="plain" testId="faq-topics" onClick={props.onTopics}>
          {f.backToTopics}
        </BigButton>
      </div>
      </div>
      </div>
    </Screen>
  );
}
