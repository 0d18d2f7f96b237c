/** Top bar: who we are, the language switch and the accessibility button, on every screen. */
import { LANGUAGE_TAG, type Language } from '../../../shared/i18n/index.ts';
import { AccessibilityIcon, LanguageIcon } from '../icons.tsx';
import { useKiosk } from '../kiosk-context.ts';

export function TopBar(props: { onSwitchLanguage: () => void; onOpenA11y: () => void }) {
  const { t, settings } = useKiosk();
  const other: Language = settings.language === 'id' ? 'en' : 'id';
  return (
    <header class="topbar">
      <p class="topbar__title">
        <span class="brand-mark" aria-hidden="true">
          K
        </span>
        {t.appTitle}
      </p>
      <div class="topbar__actions">
        <button type="button" class="btn btn--bar" data-testid="switch-language" onClick={props.onSwitchLanguage} aria-label={t.switchLanguageLabel}>
          <LanguageIcon size={40} />
          <span lang={LANGUAGE_TAG[other]}>{t.switchLanguage}</span>
        </button>
        <button type="button" class="btn btn--bar" data-testid="open-a11y" onClick={props.onOpenA11y}>
          <AccessibilityIcon size={40} />
          {t.a11yButton}
        </button>
      </div>
    </header>
  );
}
