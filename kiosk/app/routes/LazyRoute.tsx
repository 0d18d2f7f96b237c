/**
 * Loads a route's chunk on first use (FAQ data, complaint and survey flows stay out of the
 * kiosk entry). A chunk that fails to load (server restarting) shows a message and "Kembali",
 * never a blank screen.
 */
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useKiosk } from '../kiosk-context.ts';
import { BigButton, Screen } from '../Screen.tsx';
import type { RouteProps } from './PlaceholderScreen.tsx';

export type RouteLoader = () => Promise<{ default: ComponentType<RouteProps> }>;

export const ROUTE_LOADERS = {
  faq: () => import('./faq-route.tsx'),
  complaint: () => import('./complaint-route.tsx'),
  survey: () => import('./survey-route.tsx'),
} satisfies Record<string, RouteLoader>;

type LoadState = { status: 'loading' } | { status: 'ready'; Component: ComponentType<RouteProps> } | { status: 'failed' };

export function LazyRoute(props: RouteProps & { load: RouteLoader }) {
  const { t } = useKiosk();
  const [state, setState] = useState<LoadState>({ status: 'loading' });
  useEffect(() => {
    let alive = true;
    props.load().then(
      (module) => alive && setState({ status: 'ready', Component: module.default }),
      () => alive && setState({ status: 'failed' }),
    );
    return () => {
      alive = false;
    };
  }, [props.load]);
  if (state.status === 'ready') return <state.Component onHome={props.onHome} onTakeTicket={props.onTakeTicket} />;
  if (state.status === 'failed') {
    return (
      <Screen id="route-failed" title={t.screenLoadFailed}>
        <div class="actions">
          <BigButton onClick={props.onHome}>{t.back}</BigButton>
        </div>
      </Screen>
    );
  }
  return <p class="loading" role="status">{t.loadingScreen}</p>;
}
