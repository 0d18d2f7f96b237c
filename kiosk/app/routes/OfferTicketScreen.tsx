/**
 * A screen that cannot help right now (a flow not built yet, the FAQ that did not load) still never
 * leaves the visitor stuck: it says why, offers a queue number, and goes back.
 */
import { BackIcon, TicketIcon } from '../icons.tsx';
import { useKiosk } from '../kiosk-context.ts';
import { BigButton, Screen } from '../Screen.tsx';

export function OfferTicketScreen(props: {
  id: string;
  title: string;
  instruction?: string;
  speak: string;
  body: string;
  ticketLabel: string;
  ticketTestId: string;
  onTicket: () => void;
  onHome: () => void;
}) {
  const { t } = useKiosk();
  return (
    <Screen id={props.id} title={props.title} instruction={props.instruction} speak={props.speak}>
      <p class="body-text">{props.body}</p>
      <div class="actions actions--stack">
        <BigButton testId={props.ticketTestId} onClick={props.onTicket}>
          <TicketIcon size={48} />
          {props.ticketLabel}
        </BigButton>
        <BigButton variant="secondary" testId="back" onClick={props.onHome}>
          <BackIcon size={40} />
          {t.back}
        </BigButton>
      </div>
    </Screen>
  );
}
