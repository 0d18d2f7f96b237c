/**
 * One answer in large text, paragraphs and lists as in the guide. A long answer is read with big
 * "up / down" buttons (no swipe needed). Then: read aloud, print the documents when the answer
 * lists them, "was this helpful?", and the information queue.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { AnswerBlock, ListItem, ListStyle, ShownEntry } from '../../shared/faq/index.ts';
import type { FaqMessages } from '../../shared/i18n/faq-strings.ts';
import { BackIcon, TicketIcon } from '../app/icons.tsx';
import { BigButton, Screen } from '../app/Screen.tsx';
import type { PrintView } from './faq.machine.ts';
import { ArrowIcon, PrinterIcon, SpeakerIcon, ThumbDownIcon, ThumbUpIcon } from './faq-icons.tsx';

const LIST_TYPE: Record<ListStyle, 'a' | '1' | undefined> = { alpha: 'a', number: '1', bullet: undefined };

function List(props: { style: ListStyle; items: readonly ListItem[] }) {
  const items = props.items.map((item, i) => (
    <li key={i}>
      {item.text}
      {item.children && <List style={item.children.style} items={item.children.items} />}
    </li>
  ));
  return props.style === 'bullet' ? <ul>{items}</ul> : <ol type={LIST_TYPE[props.style]}>{items}</ol>;
}

function Blocks(props: { blocks: readonly AnswerBlock[] }) {
  return (
    <>
      {props.blocks.map((block, i) => (block.type === 'paragraph' ? <p key={i}>{block.text}</p> : <List key={i} style={block.style} items={block.items} />))}
    </>
  );
}

/** Up/down buttons for a box whose text is taller than the screen allows. */
function useScrollBox() {
  const box = useRef<HTMLDivElement>(null);
  const [edges, setEdges] = useState({ overflow: false, atTop: true, atBottom: true, fits: false });
  const measure = () => {
    const el = box.current;
    if (!el) return;
    // A short answer fills less than two thirds of the box the layout gives it: the box then hugs
    // the text (faq-answer__text--fits) instead of leaving a large empty frame. Once hugging, it
    // stays so while the text still fits.
    const content = el.firstElementChild instanceof HTMLElement ? el.firstElementChild.offsetHeight : el.scrollHeight;
    const hugging = el.classList.contains('faq-answer__text--fits');
    const fits = hugging ? el.scrollHeight <= el.clientHeight + 2 : content < el.clientHeight * 0.66;
    setEdges({ overflow: el.scrollHeight > el.clientHeight + 2, atTop: el.scrollTop <= 2, atBottom: el.scrollTop + el.clientHeight >= el.scrollHeight - 2, fits });
  };
  useEffect(() => {
    measure();
    const el = box.current;
    el?.addEventListener('scroll', measure, { passive: true });
    window.addEventListener('resize', measure);
    // With large text the box takes the height the rest of the screen leaves it, so it shrinks
    // when a print notice or a thank-you appears: the up/down buttons must follow its size.
    const observer = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(() => measure());
    if (el) observer?.observe(el);
    return () => {
      el?.removeEventListener('scroll', measure);
      window.removeEventListener('resize', measure);
      observer?.disconnect();
    };
  }, []);
  const page = (direction: 1 | -1) => {
    const el = box.current;
    if (!el) return;
    el.scrollBy({ top: direction * el.clientHeight * 0.8 });
    // scrollBy is instant without smooth scrolling; measure on the next frame either way.
    requestAnimationFrame(measure);
  };
  return { box, edges, page, measure };
}

export function PrintNotice(props: { f: FaqMessages; print: PrintView }) {
  const { f, print } = props;
  if (print.status === 'printed' || print.status === 'queued') {
    return (
      <div class="notice notice--ok" role="status" data-testid="faq-print-outcome" data-status={print.status}>
        <p>{print.status === 'printed' ? f.printPrinted : f.printQueued}</p>
      </div>
    );
  }
  return (
    <div class="notice notice--danger" role="alert" data-testid="faq-print-outcome" data-status={print.status}>
      <p class="notice__title">{f.printFailed}</p>
      <p>{print.reason ?? f.printUnreachable}</p>
      <p class="notice__meta">{f.printFailedHint}</p>
    </div>
  );
}

export function AnswerScreen(props: {
  f: FaqMessages;
  shown: ShownEntry;
  canPrint: boolean;
  printing: boolean;
  print: PrintView | null;
  vote: boolean | undefined;
  hasVoice: boolean;
  backLabel: string;
  onReadAloud: () => void;
  onPrint: () => void;
  onVote: (helpful: boolean) => void;
  onTicket: () => void;
  onBack: () => void;
  onTopics: () => void;
}) {
  const { f, shown } = props;
  const { box, edges, page, measure } = useScrollBox();
  const [voiceNote, setVoiceNote] = useState(false);
  useEffect(() => {
    box.current?.classList.remove('faq-answer__text--fits');
    box.current?.scrollTo({ top: 0 });
    measure();
  }, [shown.entry.id]);
  const answer = shown.answerEntry;
  return (
    <Screen id="faq-answer" title={shown.entry.question} speak={shown.entry.question}>
      <div class="faq-answer">
        <div class="faq-answer__reading">
          {shown.section && <p class="faq-answer__section">{shown.section.title}</p>}
          {answer.reviewNote !== undefined && <p class="notice notice--warning">{f.reviewNote}</p>}
          {/* Focusable so a keyboard can scroll it too; the region is named for screen readers. */}
          <div
            class={`faq-answer__text${edges.fits ? ' faq-answer__text--fits' : ''}`}
            ref={box}
            data-testid="faq-answer-text"
            data-fits={edges.fits ? 'yes' : 'no'}
            lang="id"
            tabIndex={0}
            role="region"
            aria-label={f.answerInstruction}
          >
            <div class="faq-answer__body">
              <Blocks blocks={answer.answer} />
            </div>
          </div>
          {edges.overflow && (
            <div class="faq-scroll">
              <BigButton variant="secondary" testId="faq-scroll-up" disabled={edges.atTop} onClick={() => page(-1)}>
                <ArrowIcon direction="up" size={40} />
                {f.pagePrevious}
              </BigButton>
              <BigButton variant="secondary" testId="faq-scroll-down" disabled={edges.atBottom} onClick={() => page(1)}>
                <ArrowIcon direction="down" size={40} />
                {f.pageNext}
              </BigButton>
            </div>
          )}
          <div class="faq-box__row faq-answer__back">
            <BigButton variant="plain" testId="faq-back" onClick={props.onBack}>
              <BackIcon size={40} />
              {props.backLabel}
            </BigButton>
            <BigButton variant="plain" testId="faq-topics" onClick={props.onTopics}>
              {f.backToTopics}
            </BigButton>
          </div>
        </div>
        <div class="faq-answer__side">
          <div class="faq-answer__tools">
            <BigButton
              variant="secondary"
              testId="faq-read-aloud"
              onClick={() => {
                setVoiceNote(!props.hasVoice);
                props.onReadAloud();
              }}
            >
              <SpeakerIcon size={40} />
              {f.readAloud}
            </BigButton>
            {props.canPrint && (
              <BigButton variant="secondary" testId="faq-print" disabled={props.printing} onClick={props.onPrint}>
                <PrinterIcon size={40} />
                {props.printing ? f.printing : props.print && props.print.status !== 'printed' && props.print.status !== 'queued' ? f.printAgain : f.printChecklist}
              </BigButton>
            )}
          </div>
          {voiceNote && <p class="faq-note" role="status">{f.readAloudNoVoice}</p>}
          {props.print && <PrintNotice f={f} print={props.print} />}
          <div class="faq-answer__boxes">
          <section class={`faq-box${props.vote === undefined ? '' : ' faq-box--voted'}`} aria-labelledby="faq-helpful-title">
            <h2 id="faq-helpful-title" class="faq-subtitle">
              {f.helpfulQuestion}
            </h2>
            {props.vote === undefined ? (
              <div class="faq-box__row">
                <BigButton variant="secondary" testId="faq-helpful-yes" onClick={() => props.onVote(true)}>
                  <ThumbUpIcon size={40} />
                  {f.helpfulYes}
                </BigButton>
                <BigButton variant="secondary" testId="faq-helpful-no" onClick={() => props.onVote(false)}>
                  <ThumbDownIcon size={40} />
                  {f.helpfulNo}
                </BigButton>
              </div>
            ) : (
              <p role="status" data-testid="faq-helpful-thanks">
                {props.vote ? f.helpfulThanksYes : f.helpfulThanksNo}
              </p>
            )}
          </section>
          <section class="faq-box faq-box--help" aria-labelledby="faq-need-help-title">
            <h2 id="faq-need-help-title" class="faq-subtitle">
              {f.needHelpTitle}
            </h2>
            <BigButton testId="faq-take-ticket" onClick={props.onTicket}>
              <TicketIcon size={40} />
              {f.takeInfoTicket}
            </BigButton>
          </section>
          </div>
        </div>
      </div>
    </Screen>
  );
}
