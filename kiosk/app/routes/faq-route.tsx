/** FAQ route (lazy chunk). The FAQ issue replaces this stand-in with the search screen. */
import { useKiosk } from '../kiosk-context.ts';
import { PlaceholderScreen, type RouteProps } from './PlaceholderScreen.tsx';

export default function FaqRoute(props: RouteProps) {
  const { t } = useKiosk();
  return <PlaceholderScreen {...props} id="faq" title={t.placeholderFaqTitle} body={t.placeholderFaqBody} actionLabel={t.placeholderFaqAction} preferredService="informasi" />;
}
