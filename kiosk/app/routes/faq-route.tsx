/** FAQ route (lazy chunk): browse by topic, search with the on-screen keyboard, read an answer. */
import { FaqFlow } from '../../faq/FaqFlow.tsx';
import type { RouteProps } from './PlaceholderScreen.tsx';

export default function FaqRoute(props: RouteProps) {
  return <FaqFlow onHome={props.onHome} onTakeTicket={props.onTakeTicket} />;
}
