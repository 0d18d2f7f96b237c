/**
 * Inline SVG icons (no icon font, no extra request). Always decorative: every icon sits next to
 * a text label, so they are aria-hidden and the label is what assistive tech and speech use.
 */
import type { JSX } from 'preact';

type IconProps = { size?: number };

function Svg({ size = 64, children }: IconProps & { children: JSX.Element | JSX.Element[] }) {
  return (
    <svg class="icon" width={size} height={size} viewBox="0 0 48 48" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="3" stroke-linecap="round" stroke-linejoin="round">
      {children}
    </svg>
  );
}

export const TicketIcon = (p: IconProps) => (
  <Svg {...p}>
    <path d="M6 14h36v6a4 4 0 0 0 0 8v6H6v-6a4 4 0 0 0 0-8z" />
    <path d="M18 20h12M18 28h8" />
  </Svg>
);
export const InfoIcon = (p: IconProps) => (
  <Svg {...p}>
    <circle cx="24" cy="24" r="18" />
    <path d="M24 22v12M24 15v1" />
  </Svg>
);
export const ComplaintIcon = (p: IconProps) => (
  <Svg {...p}>
    <path d="M8 10h32v22H22l-8 7v-7H8z" />
    <path d="M24 16v8M24 28v1" />
  </Svg>
);
export const SurveyIcon = (p: IconProps) => (
  <Svg {...p}>
    <circle cx="24" cy="24" r="18" />
    <path d="M16 28c2 4 14 4 16 0M18 19v1M30 19v1" />
  </Svg>
);
export const HelpIcon = (p: IconProps) => (
  <Svg {...p}>
    <circle cx="24" cy="14" r="6" />
    <path d="M12 40c0-8 5-13 12-13s12 5 12 13" />
    <path d="M38 8v8M34 12h8" />
  </Svg>
);
export const AccessibilityIcon = (p: IconProps) => (
  <Svg {...p}>
    <circle cx="24" cy="8" r="4" />
    <path d="M10 16l14 3 14-3M24 19v10l-7 13M24 29l7 13" />
  </Svg>
);
export const LanguageIcon = (p: IconProps) => (
  <Svg {...p}>
    <circle cx="24" cy="24" r="18" />
    <path d="M6 24h36M24 6c6 6 6 30 0 36M24 6c-6 6-6 30 0 36" />
  </Svg>
);
export const PregnantIcon = (p: IconProps) => (
  <Svg {...p}>
    <circle cx="22" cy="7" r="4" />
    <path d="M18 14h6l2 5c4 1 7 4 7 8s-3 6-7 6v10M18 14c-2 5-2 11 0 15v14" />
  </Svg>
);
export const DisabilityIcon = (p: IconProps) => (
  <Svg {...p}>
    <circle cx="20" cy="7" r="4" />
    <path d="M20 13v13h12l5 10M20 19h9" />
    <path d="M15 22a11 11 0 1 0 15 15" />
  </Svg>
);
export const ElderlyIcon = (p: IconProps) => (
  <Svg {...p}>
    <circle cx="20" cy="8" r="4" />
    <path d="M18 14c-2 5-2 10 0 14l-2 14M18 28l6 14M19 18l7 5M33 22v20M33 22c0-3 5-3 5 0" />
  </Svg>
);
export const EclaimIcon = (p: IconProps) => (
  <Svg {...p}>
    <rect x="14" y="4" width="20" height="40" rx="3" />
    <path d="M19 24l4 4 7-8M22 39h4" />
  </Svg>
);
export const RegularIcon = (p: IconProps) => (
  <Svg {...p}>
    <circle cx="14" cy="14" r="4" />
    <circle cx="34" cy="14" r="4" />
    <path d="M8 40V28a6 6 0 0 1 12 0v12M28 40V28a6 6 0 0 1 12 0v12" />
  </Svg>
);
export const BackIcon = (p: IconProps) => (
  <Svg {...p}>
    <path d="M28 10L14 24l14 14" />
  </Svg>
);
export const PrinterWarningIcon = (p: IconProps) => (
  <Svg {...p}>
    <path d="M24 6L4 42h40z" />
    <path d="M24 19v11M24 35v1" />
  </Svg>
);
