/**
 * Honest stand-in for a flow another issue builds (FAQ, complaint, survey): it says the screen
 * is being prepared, says what the visitor can do instead, and never leaves them stuck.
 */
import { BackIcon, TicketIcon } from '../icons.tsx';
import { useKiosk } from '../kiosk-context.ts';
import { BigButton, Screen } from '../Screen.tsx';

export interface RouteProps {
  onHome: () => void;
  /** Go to the ticket flow, optionally at a given service ("Informasi"). */
  onTakeTicket: (preferredService?: string) => void;
}

export function PlaceholderScreen(props: RouteProps & { id: string; title: string; body: string; actionLabel: string; preferredService?: string }) {
  const { t } = useKiosk();
  return (
    <Screen id={props.id} title={props.title} instruction={t.placeholderBody} speak={`${props.title}. ${t.placeholderBody} ${props.body}`}>
      <p class="body-text">{props.body}</p>
      <div class="actions actions--stack">
        <BigButton testId="placeholder-take-ticket" onClick={() => props.onTakeTicket(props.preferredService)}>
          <TicketIcon size={48} />
          {props.actionLabel}
        </BigButton>
        <BigButton variant="secondary" testId="back" onClick={props.onHome}>
          <BackIcon size={40} />
          {t.back}
        </BigButton>
      </div>
    </Screen>
  );
}
