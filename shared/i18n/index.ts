/** Visitor-facing strings. Indonesian is the default; English is the one alternative. */
import { kioskEn } from './kiosk-en.ts';
import { kioskId, type KioskMessages } from './kiosk-id.ts';
import { kioskFloorEn } from './kiosk-floor-en.ts';
import { kioskFloorId, type KioskFloorMessages } from './kiosk-floor-id.ts';

export const LANGUAGES = ['id', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'id';

/** BCP 47 tags for `lang=` attributes and for choosing a speech voice. */
export const LANGUAGE_TAG: Record<Language, string> = { id: 'id-ID', en: 'en-US' };

export type { KioskMessages };

export function kioskMessages(language: Language): KioskMessages {
  return language === 'en' ? kioskEn : kioskId;
}

export type { KioskFloorMessages };
export function kioskFloorMessages(language: Language): KioskFloorMessages {
  return language === 'en' ? kioskFloorEn : kioskFloorId;
}
