/** Complaint route (lazy chunk). The complaint issue replaces this stand-in with its form. */
import { useKiosk } from '../kiosk-context.ts';
import { PlaceholderScreen, type RouteProps } from './PlaceholderScreen.tsx';

export default function ComplaintRoute(props: RouteProps) {
  const { t } = useKiosk();
  return <PlaceholderScreen {...props} id="complaint" title={t.placeholderComplaintTitle} body={t.placeholderComplaintBody} actionLabel={t.placeholderTicketAction} />;
}
