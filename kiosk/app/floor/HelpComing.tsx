/**
 * "Panggil petugas" answered: a dialog that cannot be missed, saying someone is coming and where
 * to wait. It closes by its button (or with the session); the bottom line keeps saying it too.
 */
import { useEffect, useRef } from 'preact/hooks';
import { HelpIcon } from '../icons.tsx';
import { useKiosk } from '../kiosk-context.ts';

export function HelpComing(props: { onClose: () => void }) {
  const { floor, say } = useKiosk();
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    button.current?.focus({ preventScroll: true });
    say(`${floor.helpComingTitle}. ${floor.helpComingBody}`);
  }, []);
  return (
    <div class="overlay" role="alertdialog" aria-modal="true" aria-labelledby="help-coming-title" aria-describedby="help-coming-body" data-testid="help-coming">
      <div class="dialog dialog--help-coming">
        <HelpIcon size={96} />
        <h2 id="help-coming-title">{floor.helpComingTitle}</h2>
        <p id="help-coming-body">{floor.helpComingBody}</p>
        <button type="button" ref={button} class="btn btn--primary" data-testid="help-coming-ok" onClick={props.onClose}>
          {floor.helpComingOk}
        </button>
      </div>
    </div>
  );
}
