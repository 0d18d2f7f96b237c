/**
 * Honest stand-in for a flow another issue builds (FAQ, complaint, survey): it says the screen
 * is being prepared, says what the visitor can do instead, and never leaves them stuck.
 */
import { useKiosk } from '../kiosk-context.ts';
import { OfferTicketScreen } from './OfferTicketScreen.tsx';

export interface RouteProps {
  onHome: () => void;
  /** Go to the ticket flow, optionally at a given service ("Informasi"). */
  onTakeTicket: (preferredService?: string) => void;
}

export function PlaceholderScreen(props: RouteProps & { id: string; title: string; body: string; actionLabel: string; preferredService?: string }) {
  const { t } = useKiosk();
  return (
    <OfferTicketScreen
      id={props.id}
      title={props.title}
      instruction={t.placeholderBody}
      speak={`${props.title}. ${t.placeholderBody} ${props.body}`}
      body={props.body}
      ticketLabel={props.actionLabel}
      ticketTestId="placeholder-take-ticket"
      onTicket={() => props.onTakeTicket(props.preferredService)}
      onHome={props.onHome}
    />
  );
}
