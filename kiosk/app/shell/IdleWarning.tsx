/**
 * "Are you still using this screen?" with a visible countdown (>= 20 s). Any touch continues;
 * the big button is there so nobody has to guess where to touch. A beep-free design: speech
 * (when on) repeats the question as the second sensory channel.
 */
import { useEffect, useRef } from 'preact/hooks';
import { useKiosk } from '../kiosk-context.ts';

export function IdleWarning(props: { secondsLeft: number; onContinue: () => void }) {
  const { t, say } = useKiosk();
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    button.current?.focus({ preventScroll: true });
    say(`${t.idleTitle} ${t.idleCountdown(props.secondsLeft)}`);
  }, []);
  return (
    <div class="overlay overlay--idle" role="alertdialog" aria-modal="true" aria-labelledby="idle-title" aria-describedby="idle-countdown" data-testid="idle-warning">
      <div class="dialog">
        <h2 id="idle-title">{t.idleTitle}</h2>
        <p id="idle-countdown" class="countdown countdown--big" data-testid="idle-countdown">
          {t.idleCountdown(props.secondsLeft)}
        </p>
        <p>{t.idleDataNote}</p>
        <button type="button" ref={button} class="btn btn--primary" data-testid="idle-continue" onClick={props.onContinue}>
          {t.idleContinue}
        </button>
      </div>
    </div>
  );
}
