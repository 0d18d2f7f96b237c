/**
 * Line icons for the FAQ topics and actions, drawn like kiosk/app/icons.tsx (48-unit grid, stroke
 * in the text colour). Decorative: every icon sits next to its text label.
 */
import type { JSX } from 'preact';
import type { TopicIcon } from './faq-topics.ts';

function Svg(props: { size?: number; children: JSX.Element | JSX.Element[] }) {
  const size = props.size ?? 56;
  return (
    <svg class="icon" width={size} height={size} viewBox="0 0 48 48" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="3" stroke-linecap="round" stroke-linejoin="round">
      {props.children}
    </svg>
  );
}

const TOPIC_PATHS: Record<TopicIcon, JSX.Element> = {
  // a piggy bank: savings for old age
  jht: (
    <g>
      <path d="M10 24c0-7 6-12 14-12s14 5 14 12c0 4-2 7-5 9v5h-5v-3h-8v3h-5v-5c-3-2-5-5-5-9z" />
      <path d="M20 12v-2h8v2M38 22h3" />
    </g>
  ),
  // a hard hat: work accidents
  jkk: (
    <g>
      <path d="M8 32h32M11 32c0-9 6-16 13-16s13 7 13 16" />
      <path d="M24 10v6M20 20v6M28 20v6" />
    </g>
  ),
  // a flower: condolence
  jkm: (
    <g>
      <circle cx="24" cy="18" r="5" />
      <path d="M24 23v17M24 32c-4-4-9-4-11-2M24 30c4-4 9-4 11-2" />
    </g>
  ),
  // a calendar: a monthly pension
  jp: (
    <g>
      <rect x="8" y="11" width="32" height="28" rx="3" />
      <path d="M8 19h32M16 7v8M32 7v8M17 28h4M27 28h4" />
    </g>
  ),
  // a building and a person: company workers
  pu: (
    <g>
      <path d="M8 40V12h18v28M26 20h14v20M4 40h40" />
      <path d="M13 18h3M19 18h3M13 25h3M19 25h3M31 27h4M31 33h4" />
    </g>
  ),
  // a person with a basket: self-employed
  bpu: (
    <g>
      <circle cx="24" cy="11" r="5" />
      <path d="M14 40c0-9 4-16 10-16s10 7 10 16M10 30h28l-3 10H13z" />
    </g>
  ),
  // a crane
  construction: (
    <g>
      <path d="M14 40V8M8 40h14M14 10h26M14 18l8-8M36 10v10" />
      <rect x="32" y="20" width="8" height="6" />
    </g>
  ),
  // a desk with a bell: the branch office
  office: (
    <g>
      <path d="M6 36h36M10 36v-4h28v4M16 28a8 8 0 0 1 16 0z" />
      <path d="M24 16v4" />
    </g>
  ),
  // a phone
  digital: (
    <g>
      <rect x="14" y="6" width="20" height="36" rx="3" />
      <path d="M21 36h6" />
    </g>
  ),
  // a shield: social protection
  about: (
    <g>
      <path d="M24 6l15 6v10c0 9-6 16-15 20C15 38 9 31 9 22V12z" />
      <path d="M18 24l5 5 8-9" />
    </g>
  ),
};

export function TopicIconView(props: { icon: TopicIcon; size?: number }) {
  return <Svg size={props.size}>{TOPIC_PATHS[props.icon]}</Svg>;
}

export const SearchIcon = (p: { size?: number }) => (
  <Svg size={p.size}>
    <circle cx="21" cy="21" r="12" />
    <path d="M30 30l10 10" />
  </Svg>
);
export const SpeakerIcon = (p: { size?: number }) => (
  <Svg size={p.size}>
    <path d="M8 19h8l10-8v26l-10-8H8z" />
    <path d="M32 18c3 3 3 9 0 12M36 13c6 6 6 16 0 22" />
  </Svg>
);
export const PrinterIcon = (p: { size?: number }) => (
  <Svg size={p.size}>
    <path d="M14 18V6h20v12M14 34H8V18h32v16h-6" />
    <rect x="14" y="28" width="20" height="14" />
  </Svg>
);
export const ThumbUpIcon = (p: { size?: number }) => (
  <Svg size={p.size}>
    <path d="M14 22h-6v18h6zM14 22l8-14c3 0 5 2 4 6l-2 7h12c3 0 4 3 3 5l-4 11c-1 2-2 3-4 3H14" />
  </Svg>
);
export const ThumbDownIcon = (p: { size?: number }) => (
  <Svg size={p.size}>
    <path d="M14 26h-6V8h6zM14 26l8 14c3 0 5-2 4-6l-2-7h12c3 0 4-3 3-5l-4-11c-1-2-2-3-4-3H14" />
  </Svg>
);
export const ArrowIcon = (p: { size?: number; direction: 'left' | 'right' | 'up' | 'down' }) => {
  const d = { left: 'M30 10L16 24l14 14', right: 'M18 10l14 14-14 14', up: 'M10 30l14-14 14 14', down: 'M10 18l14 14 14-14' }[p.direction];
  return (
    <Svg size={p.size}>
      <path d={d} />
    </Svg>
  );
};
