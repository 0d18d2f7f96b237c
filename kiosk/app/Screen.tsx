/** The frame of every screen: a heading (focused for screen readers), an instruction, content. */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { useReadOnShow } from './kiosk-context.ts';

export function Screen(props: { id: string; title: string; instruction?: string; speak?: string; children?: ComponentChildren; wide?: boolean }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useReadOnShow(props.speak ?? [props.title, props.instruction ?? ''].join('. '));
  useEffect(() => {
    // Every screen starts at its top: the last screen's scroll position must not carry over.
    window.scrollTo(0, 0);
    heading.current?.focus({ preventScroll: true });
  }, [props.id]);
  return (
    <section class={`screen${props.wide ? ' screen--wide' : ''}`} data-screen={props.id} aria-labelledby={`${props.id}-title`}>
      <h1 id={`${props.id}-title`} ref={heading} tabIndex={-1}>
        {props.title}
      </h1>
      {props.instruction && <p class="instruction">{props.instruction}</p>}
      {props.children}
    </section>
  );
}

export function BigButton(props: { onClick: () => void; children: ComponentChildren; variant?: 'primary' | 'secondary' | 'plain'; disabled?: boolean; testId?: string; label?: string }) {
  return (
    <button type="button" class={`btn btn--${props.variant ?? 'primary'}`} onClick={props.onClick} disabled={props.disabled} data-testid={props.testId} aria-label={props.label}>
      {props.children}
    </button>
  );
}
