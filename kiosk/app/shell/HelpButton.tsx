/**
 * "Panggil petugas": raises a help request staff see on their consoles. Always in the same place
 * (WCAG 3.2.6). One request per visitor: repeated taps after a success do not call again.
 */
import { useEffect, useState } from 'preact/hooks';
import { HelpIcon } from '../icons.tsx';
import { useKiosk } from '../kiosk-context.ts';

type HelpState = 'idle' | 'sending' | 'sent' | 'failed';

const HELP_TIMEOUT_MS = 8_000;

export function HelpButton(props: { sessionKey: number; onCalled: () => void }) {
  const { t, api, config, say } = useKiosk();
  const [state, setState] = useState<HelpState>('idle');
  // A new visitor (after an idle reset) may call again.
  useEffect(() => setState('idle'), [props.sessionKey]);

  async function callOfficer() {
    if (state === 'sending') return;
    if (state === 'sent') {
      say(t.helpSent);
      return;
    }
    setState('sending');
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), HELP_TIMEOUT_MS);
    try {
      await api.requestHelp(config.kioskId, controller.signal);
      setState('sent');
      props.onCalled();
      say(t.helpSent);
    } catch {
      setState('failed');
      say(t.helpFailed);
    } finally {
      clearTimeout(timer);
    }
  }

  return (
    <div class="help">
      <button type="button" class="btn btn--help" data-testid="help" onClick={callOfficer} aria-describedby="help-status">
        <HelpIcon size={48} />
        {state === 'sending' ? t.helpSending : t.helpButton}
      </button>
      <p id="help-status" class={`help__status help__status--${state}`} role="status" data-testid="help-status">
        {state === 'sent' ? t.helpSent : state === 'failed' ? t.helpFailed : ''}
      </p>
    </div>
  );
}
