/**
 * The kiosk's Survei tile (lazy chunk): the visitor scans the QR on the ticket with the branch's
 * USB barcode scanner (it types like a keyboard, then Enter) or types the queue number, then
 * answers. See kiosk/survey-ui.
 */
import { useMemo } from 'preact/hooks';
import { SurveyFlow } from '../../survey-ui/SurveyFlow.tsx';
import { browserSurveyApi } from '../../survey-ui/survey-api.ts';
import type { RouteProps } from './PlaceholderScreen.tsx';

export default function SurveyRoute(props: RouteProps) {
  const api = useMemo(() => browserSurveyApi(), []);
  return <SurveyFlow api={api} invitation={null} keyboard onExit={() => props.onHome()} />;
}
