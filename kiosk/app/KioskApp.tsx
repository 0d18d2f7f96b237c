/**
 * The kiosk shell: top bar, the current screen, the help button, the accessibility panel and the
 * idle warning. It owns the visitor session: everything a visitor changed is dropped by `reset`.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { createActor } from 'xstate';
import type { KioskInfo } from '../../shared/contracts/kiosk-floor.ts';
import { kioskFloorMessages, kioskMessages } from '../../shared/i18n/index.ts';
import { idleMachine } from '../flows/idle.machine.ts';
import { DEFAULT_SETTINGS, isDefaultSettings, type VisitorSettings } from './a11y/settings.ts';
import type { Speech } from './a11y/speech.ts';
import type { KioskApi } from './api/kiosk-api.ts';
import { ClosedScreen } from './floor/ClosedScreen.tsx';
import { HelpComing } from './floor/HelpComing.tsx';
import { DEFAULT_KIOSK_INFO } from './floor/kiosk-info.ts';
import { HomeScreen, type HomeChoice } from './home/HomeScreen.tsx';
import type { KioskConfig } from './kiosk-config.ts';
import { KioskContext, type Kiosk } from './kiosk-context.ts';
import { LazyRoute, ROUTE_LOADERS } from './routes/LazyRoute.tsx';
import { A11yPanel } from './shell/A11yPanel.tsx';
import { HelpButton } from './shell/HelpButton.tsx';
import { IdleWarning } from './shell/IdleWarning.tsx';
import { TopBar } from './shell/TopBar.tsx';
import { TicketFlow } from './ticket/TicketFlow.tsx';
import { useActorSnapshot } from './use-actor.ts';

type Route = { name: 'home' } | { name: 'ticket'; preferredService?: string } | { name: 'faq' | 'complaint' | 'survey' } | { name: 'closed' };

export function KioskApp(props: { api: KioskApi; config: KioskConfig; speech: Speech; loadInfo?: () => Promise<KioskInfo | null> }) {
  const [route, setRoute] = useState<Route>({ name: 'home' });
  const [settings, setSettings] = useState<VisitorSettings>(DEFAULT_SETTINGS);
  const [a11yOpen, setA11yOpen] = useState(false);
  const [resultShown, setResultShown] = useState(false);
  // "Petugas sudah dipanggil" must not greet the next visitor: it counts as a session too.
  const [helpCalled, setHelpCalled] = useState(false);
  const [sessionKey, setSessionKey] = useState(0);
  const [helpComingShown, setHelpComingShown] = useState(false);
  const [info, setInfo] = useState<KioskInfo>(DEFAULT_KIOSK_INFO);
  // Fresh branch facts (hours, QR address, fast track) for every visitor; the last good answer stays.
  useEffect(() => {
    let alive = true;
    const refresh = () =>
      void props.loadInfo?.().then((next) => {
        if (!alive || next === null) return;
        setInfo(next);
        document.documentElement.dataset.branchInfo = 'ready';
      });
    refresh();
    // The hours open and close while the kiosk stands there.
    const timer = setInterval(refresh, 60_000);
    return () => {
      alive = false;
      clearInterval(timer);
    };
  }, [sessionKey]);

  const resetRef = useRef<() => void>(() => undefined);
  resetRef.current = () => {
    props.speech.cancel();
    setRoute({ name: 'home' });
    setSettings(DEFAULT_SETTINGS);
    setA11yOpen(false);
    setResultShown(false);
    setHelpCalled(false);
    setHelpComingShown(false);
    setSessionKey((k) => k + 1);
    // No way "back" into the previous visitor's screens; the kiosk's own settings stay in the URL.
    history.replaceState(null, '', `${location.pathname}${location.search}`);
    window.scrollTo(0, 0);
  };

  const idle = useMemo(
    () =>
      createActor(idleMachine.provide({ actions: { resetSession: () => resetRef.current() } }), {
        input: { idleMs: props.config.idleSeconds * 1000, warningSeconds: props.config.warningSeconds },
      }).start(),
    [],
  );
  const idleSnapshot = useActorSnapshot(idle);

  useEffect(() => {
    const activity = () => idle.send({ type: 'user.activity' });
    document.addEventListener('pointerdown', activity, true);
    document.addEventListener('keydown', activity, true);
    return () => {
      document.removeEventListener('pointerdown', activity, true);
      document.removeEventListener('keydown', activity, true);
      idle.stop();
    };
  }, [idle]);

  // Watch for inactivity whenever the next visitor would find something left behind. The result
  // screen has its own visible countdown home, so the idle warning stays out of its way.
  const inProgress = route.name !== 'home' || !isDefaultSettings(settings) || a11yOpen || helpCalled;
  useEffect(() => {
    idle.send({ type: inProgress && !resultShown ? 'session.watch' : 'session.unwatch' });
  }, [inProgress, resultShown]);

  useEffect(() => {
    document.documentElement.lang = settings.language;
    document.documentElement.classList.toggle('theme-contrast', settings.highContrast);
    document.documentElement.classList.toggle('text-large', settings.largeText);
  }, [settings]);

  const kiosk: Kiosk = {
    t: kioskMessages(settings.language),
    floor: kioskFloorMessages(settings.language),
    info,
    settings,
    api: props.api,
    config: props.config,
    say: (text) => {
      if (settings.readAloud) props.speech.speak(text, settings.language);
    },
  };

  const goHome = () => {
    props.speech.cancel();
    setResultShown(false);
    setRoute({ name: 'home' });
  };
  // A finished session (the number was shown and Selesai touched, or its countdown ran out) leaves
  // nothing for the next visitor: language, large text, contrast and scroll reset at once.
  const ticketFlowEnded = (outcome: 'issued' | 'cancelled') => (outcome === 'issued' ? resetRef.current() : goHome());
  // Outside the opening hours the kiosk explains them instead of issuing (unless staff allow it).
  const takeTicket = (preferredService?: string) => setRoute(info.opening.issuing ? { name: 'ticket', preferredService } : { name: 'closed' });
  const choose = (choice: HomeChoice) => (choice === 'ticket' ? takeTicket() : setRoute({ name: choice }));
  const toggle = (key: 'largeText' | 'highContrast' | 'readAloud') => setSettings((s) => ({ ...s, [key]: !s[key] }));

  return (
    <KioskContext.Provider value={kiosk}>
      <div class="kiosk" data-route={route.name} key={sessionKey}>
        <TopBar onSwitchLanguage={() => setSettings((s) => ({ ...s, language: s.language === 'id' ? 'en' : 'id' }))} onOpenA11y={() => setA11yOpen(true)} />
        <main class="kiosk__main" id="main">
          {route.name === 'home' && <HomeScreen onChoose={choose} />}
          {route.name === 'ticket' && <TicketFlow preferredService={route.preferredService} onExit={ticketFlowEnded} onResultShown={setResultShown} />}
          {route.name === 'closed' && <ClosedScreen onHome={goHome} />}
          {(route.name === 'faq' || route.name === 'complaint' || route.name === 'survey') && (
            <LazyRoute key={route.name} load={ROUTE_LOADERS[route.name]} onHome={goHome} onTakeTicket={takeTicket} />
          )}
        </main>
        <footer class="bottombar">
          <HelpButton
            sessionKey={sessionKey}
            onCalled={() => {
              setHelpCalled(true);
              setHelpComingShown(true);
            }}
          />
        </footer>
        {a11yOpen && <A11yPanel hasVoice={props.speech.hasVoice(settings.language)} onToggle={toggle} onClose={() => setA11yOpen(false)} />}
        {helpComingShown && <HelpComing onClose={() => setHelpComingShown(false)} />}
        {idleSnapshot.matches('warning') && <IdleWarning secondsLeft={idleSnapshot.context.secondsLeft} onContinue={() => idle.send({ type: 'user.activity' })} />}
      </div>
    </KioskContext.Provider>
  );
}
