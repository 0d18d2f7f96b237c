/** What one visitor may change on the shared screen; all of it resets at the end of a session. */
import { DEFAULT_LANGUAGE, type Language } from '../../../shared/i18n/index.ts';

export interface VisitorSettings {
  language: Language;
  largeText: boolean;
  highContrast: boolean;
  readAloud: boolean;
}

export const DEFAULT_SETTINGS: VisitorSettings = { language: DEFAULT_LANGUAGE, largeText: false, highContrast: false, readAloud: false };

export function isDefaultSettings(s: VisitorSettings): boolean {
  return s.language === DEFAULT_SETTINGS.language && !s.largeText && !s.highContrast && !s.readAloud;
}
