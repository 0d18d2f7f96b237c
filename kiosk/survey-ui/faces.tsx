/** The four faces of the quick rating (1 = not satisfied … 4 = very satisfied). Decorative: the word beside each is the label. */
const MOUTHS = ['M20 46 Q32 34 44 46', 'M21 44 Q32 40 43 44', 'M21 40 Q32 48 43 40', 'M18 37 Q32 54 46 37'] as const;

export function Face(props: { score: 1 | 2 | 3 | 4; size: number }) {
  const mouth = MOUTHS[props.score - 1];
  return (
    <svg class={`face face--${props.score}`} width={props.size} height={props.size} viewBox="0 0 64 64" aria-hidden="true" focusable="false">
      <circle cx="32" cy="32" r="29" fill="currentColor" opacity="0.14" stroke="currentColor" stroke-width="4" />
      <circle cx="22" cy="25" r="4" fill="currentColor" />
      <circle cx="42" cy="25" r="4" fill="currentColor" />
      <path d={mouth} fill="none" stroke="currentColor" stroke-width="4.5" stroke-linecap="round" />
    </svg>
  );
}
