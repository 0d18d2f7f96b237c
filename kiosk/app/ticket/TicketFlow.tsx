/** Runs one ticket-flow actor for one visitor and shows the screen for its state. */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { createActor } from 'xstate';
import { printNeedsAttention } from '../../flows/ticket.machine.ts';
import { useKiosk } from '../kiosk-context.ts';
import { useActorSnapshot } from '../use-actor.ts';
import { ChooseServiceScreen, ConfirmScreen, FastTrackScreen } from './ChoiceScreens.tsx';
import { provideTicketFlow } from './provide-ticket-flow.ts';
import { ResultScreen } from './ResultScreen.tsx';
import { BusyScreen, OfflineScreen, RejectedScreen } from './StatusScreens.tsx';

export function TicketFlow(props: { preferredService?: string; onExit: (outcome: 'issued' | 'cancelled') => void; onResultShown: (shown: boolean) => void }) {
  const { api, config, t } = useKiosk();
  const actor = useMemo(() => createActor(provideTicketFlow(api), { input: { timing: config.ticketTiming, preferredService: props.preferredService } }), []);
  const [resultRestarts, setResultRestarts] = useState(0);
  useEffect(() => {
    const subscription = actor.subscribe({ complete: () => props.onExit(actor.getSnapshot().output?.outcome ?? 'cancelled'), error: () => props.onExit('cancelled') });
    actor.start();
    return () => {
      subscription.unsubscribe();
      actor.stop();
    };
  }, [actor]);
  const snapshot = useActorSnapshot(actor);
  const { context } = snapshot;
  const showingResult = snapshot.matches('showingResult');
  useEffect(() => props.onResultShown(showingResult), [showingResult]);

  const send = actor.send.bind(actor);
  const cancel = () => send({ type: 'flow.cancel' });
  const service = context.services.find((s) => s.id === context.serviceId);

  if (snapshot.matches('loadingServices')) return <BusyScreen id="loading-services" text={t.loadingServices} />;
  if (snapshot.matches('servicesUnavailable')) {
    return <OfflineScreen id="services-offline" body={t.offlineServicesBody} attempt={null} onRetryNow={() => send({ type: 'retry.now' })} onCancel={cancel} />;
  }
  if (snapshot.matches('choosingService')) {
    return <ChooseServiceScreen services={context.services} onSelect={(serviceId) => send({ type: 'service.select', serviceId })} onBack={() => send({ type: 'flow.back' })} />;
  }
  if (snapshot.matches('askingFastTrack')) {
    return <FastTrackScreen serviceId={context.serviceId} onSelect={(reason) => send({ type: 'fastTrack.select', reason })} onBack={() => send({ type: 'flow.back' })} />;
  }
  if (snapshot.matches('confirming')) {
    return <ConfirmScreen service={service} fastTrack={context.fastTrack} onConfirm={() => send({ type: 'ticket.confirm' })} onBack={() => send({ type: 'flow.back' })} onCancel={cancel} />;
  }
  if (snapshot.matches('issuing')) return <BusyScreen id="issuing" text={t.issuing} />;
  if (snapshot.matches('waitingToRetry')) {
    return <OfflineScreen id="issue-offline" body={t.offlineBody} attempt={context.attempts + 1} onRetryNow={() => send({ type: 'retry.now' })} onCancel={cancel} />;
  }
  if (snapshot.matches('rejected')) return <RejectedScreen message={context.rejectedMessage} onBack={() => send({ type: 'flow.back' })} onCancel={cancel} />;
  if (snapshot.matches('showingResult') && context.issued !== null) {
    const duration = printNeedsAttention(context.issued) ? context.timing.resultLongMs : context.timing.resultMs;
    return (
      <ResultScreen
        issued={context.issued}
        service={service}
        durationMs={duration}
        restartKey={resultRestarts}
        onExtend={() => {
          setResultRestarts((n) => n + 1);
          send({ type: 'result.extend' });
        }}
        onDone={() => send({ type: 'result.finish' })}
      />
    );
  }
  // Final states: the parent is already switching back home.
  return <BusyScreen id="closing" text={t.loadingScreen} />;
}
