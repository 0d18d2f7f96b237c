/** Runs one survey actor for one visitor and shows the screen for its state. */
import { useEffect, useMemo, useRef } from 'preact/hooks';
import { createActor, fromPromise } from 'xstate';
import type { SurveyInvitation } from '../../shared/contracts/survey.ts';
import { surveyMessages } from '../../shared/i18n/survey-en.ts';
import { useKiosk } from '../app/kiosk-context.ts';
import { BigButton, Screen } from '../app/Screen.tsx';
import { useActorSnapshot } from '../app/use-actor.ts';
import { surveyMachine, type SaveRequest, type SurveyTiming } from '../flows/survey.machine.ts';
import type { SurveyApi } from './survey-api.ts';
import { CommentScreen, InviteScreen, QuestionScreen, RatingScreen, SaveFailedScreen, ThanksScreen, TicketEntryScreen } from './SurveyScreens.tsx';
import './survey.css';

export interface SurveyFlowProps {
  api: SurveyApi;
  invitation: SurveyInvitation | null;
  /** The kiosk shows its own keys for typing; tablets and phones use the device's keyboard. */
  keyboard: boolean;
  timing?: Partial<SurveyTiming>;
  onExit: (outcome: 'saved' | 'cancelled') => void;
  /** The page's idle watch ran out: save what was given, or leave. */
  timeoutSignal?: number;
}

export function SurveyFlow(props: SurveyFlowProps) {
  const { settings, t } = useKiosk();
  const m = surveyMessages(settings.language);
  const actor = useMemo(
    () =>
      createActor(
        surveyMachine.provide({
          actors: {
            claimInvitation: fromPromise(({ input, signal }: { input: string; signal: AbortSignal }) => props.api.claim(input, signal)),
            saveResponse: fromPromise(({ input }: { input: SaveRequest }) => props.api.save(input)),
          },
        }),
        { input: { invitation: props.invitation, language: settings.language, ...(props.timing ? { timing: props.timing } : {}) } },
      ),
    [],
  );
  useEffect(() => {
    const sub = actor.subscribe({ complete: () => props.onExit(actor.getSnapshot().output?.outcome ?? 'cancelled'), error: () => props.onExit('cancelled') });
    actor.start();
    return () => {
      sub.unsubscribe();
      actor.stop();
    };
  }, [actor]);
  useEffect(() => actor.send({ type: 'language.set', language: settings.language }), [settings.language]);
  const firstTimeoutSignal = useRef(props.timeoutSignal);
  useEffect(() => {
    if (props.timeoutSignal !== firstTimeoutSignal.current) actor.send({ type: 'session.timeout' });
  }, [props.timeoutSignal]);
  const snapshot = useActorSnapshot(actor);
  const send = actor.send.bind(actor);
  const { context } = snapshot;

  if (snapshot.matches('enteringTicket') || snapshot.matches('claiming') || snapshot.matches('ticketRefused')) {
    const problem = snapshot.matches('ticketRefused') ? (context.lastFailure === 'rejected' ? (context.rejectedMessage ?? m.ticketOffline) : m.ticketOffline) : null;
    return <TicketEntryScreen m={m} problem={problem} busy={snapshot.matches('claiming')} onSubmit={(text) => send({ type: 'ticket.submit', text })} onCancel={() => send({ type: 'flow.cancel' })} />;
  }
  if (snapshot.matches('rating') && context.invitation) {
    return <RatingScreen m={m} invitation={context.invitation} onRate={(score) => send({ type: 'overall.select', score })} onCancel={props.keyboard ? () => send({ type: 'flow.cancel' }) : undefined} />;
  }
  if (snapshot.matches('inviting')) {
    return <InviteScreen m={m} onStart={() => send({ type: 'elements.start' })} onFinish={() => send({ type: 'survey.finish' })} onBack={() => send({ type: 'flow.back' })} />;
  }
  if (snapshot.matches('asking')) {
    const element = (['u1', 'u2', 'u3', 'u4', 'u5', 'u6', 'u7', 'u8', 'u9'] as const)[context.index] ?? 'u1';
    return (
      <QuestionScreen
        key={context.index}
        m={m}
        index={context.index}
        chosen={context.answers[element]}
        onAnswer={(score) => send({ type: 'element.answer', score })}
        onSkip={() => send({ type: 'element.skip' })}
        onBack={() => send({ type: 'flow.back' })}
      />
    );
  }
  if (snapshot.matches('commenting')) {
    return <CommentScreen m={m} keyboard={props.keyboard} onSend={(text) => send({ type: 'comment.submit', text })} onSkip={() => send({ type: 'comment.skip' })} onBack={() => send({ type: 'flow.back' })} />;
  }
  if (snapshot.matches('saveFailed')) return <SaveFailedScreen m={m} onRetry={() => send({ type: 'retry.now' })} />;
  if (snapshot.matches('thanks')) return <ThanksScreen m={m} onClose={() => send({ type: 'survey.close' })} />;
  return (
    <Screen id="survey-busy" title={m.sending}>
      <div class="spinner" aria-hidden="true" />
      {snapshot.status === 'done' && (
        <BigButton onClick={() => props.onExit('cancelled')} variant="plain">
          {t.backHome}
        </BigButton>
      )}
    </Screen>
  );
}
