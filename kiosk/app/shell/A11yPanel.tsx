/** Large text, high contrast and read-aloud toggles. Real buttons with aria-pressed, no sliders. */
import { useKiosk } from '../kiosk-context.ts';
import { useEffect, useRef } from 'preact/hooks';

type Toggle = 'largeText' | 'highContrast' | 'readAloud';

export function A11yPanel(props: { hasVoice: boolean; onToggle: (key: Toggle) => void; onClose: () => void }) {
  const { t, settings } = useKiosk();
  const title = useRef<HTMLHeadingElement>(null);
  useEffect(() => title.current?.focus({ preventScroll: true }), []);
  const rows: Array<{ key: Toggle; label: string }> = [
    { key: 'largeText', label: t.a11yLargeText },
    { key: 'highContrast', label: t.a11yHighContrast },
    { key: 'readAloud', label: t.a11yReadAloud },
  ];
  const on = (key: Toggle): boolean => settings[key];
  return (
    <div class="overlay" role="dialog" aria-modal="true" aria-labelledby="a11y-title" data-testid="a11y-panel">
      <div class="dialog">
        <h2 id="a11y-title" ref={title} tabIndex={-1}>
          {t.a11yTitle}
        </h2>
        <div class="toggles">
          {rows.map((row) => (
            <button key={row.key} type="button" class="toggle" aria-pressed={on(row.key)} data-testid={`toggle-${row.key}`} onClick={() => props.onToggle(row.key)}>
              <span class="toggle__label">{row.label}</span>
              <span class="toggle__state">{on(row.key) ? t.a11yOn : t.a11yOff}</span>
            </button>
          ))}
        </div>
        {settings.readAloud && !props.hasVoice && (
          <p class="notice notice--warning" role="status" data-testid="no-voice">
            {t.a11yNoVoice}
          </p>
        )}
        <p class="dialog__note">{t.a11yResetNote}</p>
        <button type="button" class="btn btn--primary" data-testid="a11y-close" onClick={props.onClose}>
          {t.close}
        </button>
      </div>
    </div>
  );
}
