/** Survey route (lazy chunk). The survey issue replaces this stand-in with the SKM questions. */
import { useKiosk } from '../kiosk-context.ts';
import { PlaceholderScreen, type RouteProps } from './PlaceholderScreen.tsx';

export default function SurveyRoute(props: RouteProps) {
  const { t } = useKiosk();
  return <PlaceholderScreen {...props} id="survey" title={t.placeholderSurveyTitle} body={t.placeholderSurveyBody} actionLabel={t.placeholderTicketAction} />;
}
