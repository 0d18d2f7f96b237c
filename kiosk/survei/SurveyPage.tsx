/**
 * The survey page's shell, with the kiosk's top bar, accessibility panel, help button and idle
 * warning. On a counter tablet it shows a calm idle screen and opens the survey by itself when
 * the public event stream says its counter finished a ticket (survey.offered carries no token:
 * the token comes from the kiosk-only pending route); after the visitor is done it returns to the
 * idle screen with every setting back to default and no answer left on the page.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { createActor } from 'xstate';
import type { SurveyInvitation } from '../../shared/contracts/survey.ts';
import { kioskFloorMessages, kioskMessages } from '../../shared/i18n/index.ts';
import { DEFAULT_KIOSK_INFO } from '../app/floor/kiosk-info.ts';
import { surveyMessages } from '../../shared/i18n/survey-en.ts';
import { DEFAULT_SETTINGS, isDefaultSettings, type VisitorSettings } from '../app/a11y/settings.ts';
import type { Speech } from '../app/a11y/speech.ts';
import type { KioskApi } from '../app/api/kiosk-api.ts';
import { isKioskRequestError } from '../app/api/request-error.ts';
import type { KioskConfig } from '../app/kiosk-config.ts';
import { KioskContext, type Kiosk } from '../app/kiosk-context.ts';
import { Screen } from '../app/Screen.tsx';
import { A11yPanel } from '../app/shell/A11yPanel.tsx';
import { HelpButton } from '../app/shell/HelpButton.tsx';
import { IdleWarning } from '../app/shell/IdleWarning.tsx';
import { TopBar } from '../app/shell/TopBar.tsx';
import { useActorSnapshot } from '../app/use-actor.ts';
import { idleMachine } from '../flows/idle.machine.ts';
import type { SurveyApi } from '../survey-ui/survey-api.ts';
import { SurveyFlow } from '../survey-ui/SurveyFlow.tsx';
import type { SurveyPageConfig } from './tablet-config.ts';

type PhoneState = { status: 'loading' } | { status: 'ready'; invitation: SurveyInvitation } | { status: 'message'; text: string } | { status: 'finished' };

export function SurveyPage(props: { config: SurveyPageConfig; kioskApi: KioskApi; kioskConfig: KioskConfig; surveyApi: SurveyApi; speech: Speech }) {
  const { config, surveyApi } = props;
  const [settings, setSettings] = useState<VisitorSettings>(DEFAULT_SETTINGS);
  const [a11yOpen, setA11yOpen] = useState(false);
  const [active, setActive] = useState<SurveyInvitation | null>(null);
  const [phone, setPhone] = useState<PhoneState>({ status: 'loading' });
  const [timeoutSignal, setTimeoutSignal] = useState(0);
  const [sessionKey, setSessionKey] = useState(0);
  const [online, setOnline] = useState(true);
  const [counterName, setCounterName] = useState<string | null>(null);
  const dismissed = useRef(new Set<string>());
  const activeRef = useRef<SurveyInvitation | null>(null);
  activeRef.current = active;

  const resetSettings = () => {
    props.speech.cancel();
    setSettings(DEFAULT_SETTINGS);
    setA11yOpen(false);
    setSessionKey((k) => k + 1);
  };
  const resetRef = useRef<() => void>(() => undefined);
  resetRef.current = () => {
    // A survey in progress saves what was given (the face counts) or leaves; then the idle screen.
    // (The flow's exit then resets the settings; remounting it first would drop what was given.)
    if (activeRef.current || phone.status === 'ready') setTimeoutSignal((n) => n + 1);
    else resetSettings();
  };
  const idle = useMemo(
    () => createActor(idleMachine.provide({ actions: { resetSession: () => resetRef.current() } }), { input: { idleMs: config.idleSeconds * 1000, warningSeconds: config.warningSeconds } }).start(),
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
  const inProgress = active !== null || phone.status === 'ready' || !isDefaultSettings(settings) || a11yOpen;
  useEffect(() => idle.send({ type: inProgress ? 'session.watch' : 'session.unwatch' }), [inProgress]);

  useEffect(() => {
    document.documentElement.lang = settings.language;
    document.documentElement.classList.toggle('theme-contrast', settings.highContrast);
    document.documentElement.classList.toggle('text-large', settings.largeText);
  }, [settings]);

  // The counter tablet: listen for "this counter finished a ticket", then fetch its token.
  useEffect(() => {
    if (config.mode.kind !== 'tablet') return;
    const counterId = config.mode.counterId;
    let alive = true;
    const check = async () => {
      if (activeRef.current) return;
      try {
        const invitation = await surveyApi.pending(counterId, AbortSignal.timeout(8_000));
        if (!alive) return;
        setOnline(true);
        if (invitation && !dismissed.current.has(invitation.ticketId) && !activeRef.current) setActive(invitation);
      } catch (error) {
        if (alive) setOnline(isKioskRequestError(error) && error.kind === 'rejected');
      }
    };
    void surveyApi.counterName(counterId, AbortSignal.timeout(8_000)).then((name) => alive && setCounterName(name), () => undefined);
    const events = new EventSource('/api/events');
    events.addEventListener('survey.offered', (e: MessageEvent<string>) => {
      try {
        const parsed = JSON.parse(e.data) as { data?: { counterId?: unknown } };
        if (parsed.data?.counterId === counterId) void check();
      } catch {
        void check();
      }
    });
    events.onopen = () => void check();
    events.onerror = () => setOnline(false);
    const timer = setInterval(() => void check(), config.pollSeconds * 1000);
    void check();
    return () => {
      alive = false;
      events.close();
      clearInterval(timer);
    };
  }, []);

  // The phone: what is this token for, and was it used already?
  useEffect(() => {
    if (config.mode.kind !== 'phone') return;
    surveyApi.describe(config.mode.token, AbortSignal.timeout(10_000)).then(
      (d) => setPhone(d.answered ? { status: 'message', text: surveyMessages(settings.language).alreadyAnswered } : { status: 'ready', invitation: d.invitation }),
      (error) => setPhone({ status: 'message', text: isKioskRequestError(error) && error.serverMessage ? error.serverMessage : surveyMessages(settings.language).phoneInvalid }),
    );
  }, []);

  const m = surveyMessages(settings.language);
  const kiosk: Kiosk = {
    t: kioskMessages(settings.language),
    floor: kioskFloorMessages(settings.language),
    // The survey kiosk takes no numbers and shows no QR: the cautious defaults are enough.
    info: DEFAULT_KIOSK_INFO,
    settings,
    api: props.kioskApi,
    config: props.kioskConfig,
    say: (text) => {
      if (settings.readAloud) props.speech.speak(text, settings.language);
    },
  };
  const timing = { inviteMs: config.inviteSeconds * 1000 };

  let content;
  if (config.mode.kind === 'misconfigured') {
    content = <Screen id="survey-misconfigured" title={m.tabletUnknownCounter} />;
  } else if (config.mode.kind === 'tablet') {
    content = active ? (
      <SurveyFlow
        key={active.ticketId}
        api={surveyApi}
        invitation={active}
        keyboard={false}
        timing={timing}
        timeoutSignal={timeoutSignal}
        onExit={() => {
          dismissed.current.add(active.ticketId);
          setActive(null);
          resetSettings();
        }}
      />
    ) : (
      <Screen id="survey-idle" title={m.idleTitle}>
        <div class="survey-idle" data-testid="survey-idle">
          {counterName && <p class="survey-idle__counter">{counterName}</p>}
          <p class="body-text">{m.idleBody}</p>
          {!online && (
            <p class="survey-idle__status" role="status">
              {m.idleOffline}
            </p>
          )}
        </div>
      </Screen>
    );
  } else if (phone.status === 'ready') {
    content = <SurveyFlow api={surveyApi} invitation={phone.invitation} keyboard={false} timing={timing} timeoutSignal={timeoutSignal} onExit={() => setPhone({ status: 'finished' })} />;
  } else if (phone.status === 'message') {
    content = <Screen id="survey-phone-message" title={phone.text} />;
  } else if (phone.status === 'finished') {
    content = <Screen id="survey-phone-finished" title={m.thanksTitle} instruction={m.thanksBody} />;
  } else {
    content = <p class="loading" role="status">{m.sending}</p>;
  }

  return (
    <KioskContext.Provider value={kiosk}>
      <div class="kiosk" data-route="survey" key={sessionKey}>
        <TopBar onSwitchLanguage={() => setSettings((s) => ({ ...s, language: s.language === 'id' ? 'en' : 'id' }))} onOpenA11y={() => setA11yOpen(true)} />
        <main class="kiosk__main" id="main">
          {content}
        </main>
        {config.mode.kind === 'tablet' && (
          <footer class="bottombar">
            <HelpButton sessionKey={sessionKey} onCalled={() => undefined} />
          </footer>
        )}
        {a11yOpen && <A11yPanel hasVoice={props.speech.hasVoice(settings.language)} onToggle={(key) => setSettings((s) => ({ ...s, [key]: !s[key] }))} onClose={() => setA11yOpen(false)} />}
        {idleSnapshot.matches('warning') && <IdleWarning secondsLeft={idleSnapshot.context.secondsLeft} onContinue={() => idle.send({ type: 'user.activity' })} />}
      </div>
    </KioskContext.Provider>
  );
}
