/** Complaint route (lazy chunk): file a complaint, leave an anonymous suggestion, or look one up. */
import { ComplaintFlow } from '../../complaint/ComplaintFlow.tsx';
import type { RouteProps } from './PlaceholderScreen.tsx';

export default function ComplaintRoute(props: RouteProps) {
  return <ComplaintFlow onHome={props.onHome} />;
}
