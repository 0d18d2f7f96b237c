/**
 * The top bar of a staff page (administration, reports, IKM, head office): the page's title, who
 * is signed in and "Keluar". One component so every staff page signs out the same way.
 */
import type { ComponentChildren } from 'preact';
import type { StaffApi } from './staff-api.ts';

export function StaffHeader(props: { api: StaffApi; title: ComponentChildren; onSignedOut: () => void; printable?: boolean; titleTag?: 'h1' | 'p' }) {
  const Title = props.titleTag ?? 'h1';
  return (
    <header class={props.printable === false ? 'bar no-print' : 'bar'}>
      <Title class={Title === 'p' ? 'bar__title' : undefined}>{props.title}</Title>
      <div class="row">
        <span>{props.api.user?.displayName}</span>
        <button type="button" class="btn" onClick={() => void props.api.logout().finally(props.onSignedOut)}>
          Keluar
        </button>
      </div>
    </header>
  );
}
