/** Top bar: who we are, the language switch and the accessibility button, on every screen. */
import { LANGUAGE_TAG, type Language } from '../../../shared/i18n/index.ts';
import { AccessibilityIcon, LanguageIcon } from '../icons.tsx';
import { useKiosk } from '../kiosk-context.ts';

export function TopBar(props: { onSwitchLanguage: () => void; onOpenA11y: () => void }) {
  const { t, settings, info, floor } = useKiosk();
  const other: Language = settings.language === 'id' ? 'en' : 'id';
  const branchName = info.branch.name || t.appTitle;
  return (
    <header class="topbar">
      <p class="topbar__title" data-testid="branch-identity">
        {info.logoUrl ? (
          <img class="brand-logo" src={info.logoUrl} alt={floor.branchLogoAlt(branchName)} data-testid="branch-logo" />
        ) : (
          <NeutralMark label={floor.neutralMarkLabel} />
        )}
        <span class="brand-text">
          <span class="brand-text__name">{branchName}</span>
          <span class="brand-text__app">Kios-K</span>
        </span>
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

/** The neutral default: a green-and-blue roundel, no trademark (a branch sets branch.logoPath). */
function NeutralMark(props: { label: string }) {
  return (
    <svg class="brand-logo brand-logo--neutral" viewBox="0 0 48 48" role="img" aria-label={props.label} data-testid="branch-neutral-mark">
      <circle cx="24" cy="24" r="22" fill="#ffffff" />
      <path d="M24 6a18 18 0 0 1 0 36z" fill="#0a4d8c" />
      <path d="M24 6a18 18 0 0 0 0 36z" fill="#00693a" />
      <circle cx="24" cy="24" r="7" fill="#ffffff" />
    </svg>
  );
}
