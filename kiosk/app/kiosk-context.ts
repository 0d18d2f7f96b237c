/** What every kiosk screen needs: the strings, the visitor's settings, the API and the voice. */
import { createContext } from 'preact';
import { useContext, useEffect } from 'preact/hooks';
import type { KioskInfo } from '../../shared/contracts/kiosk-floor.ts';
import type { KioskFloorMessages, KioskMessages } from '../../shared/i18n/index.ts';
import type { VisitorSettings } from './a11y/settings.ts';
import type { KioskApi } from './api/kiosk-api.ts';
import type { KioskConfig } from './kiosk-config.ts';

export interface Kiosk {
  t: KioskMessages;
  /** Strings of the branch-day fixes (shared/i18n/kiosk-floor-*.ts). */
  floor: KioskFloorMessages;
  /** Branch identity, hours, QR address, fast track per service (GET /api/kiosk/info). */
  info: KioskInfo;
  settings: VisitorSettings;
  api: KioskApi;
  config: KioskConfig;
  /** Reads text aloud when the visitor turned read-aloud on; otherwise does nothing. */
  say(text: string): void;
}

export const KioskContext = createContext<Kiosk | null>(null);

export function useKiosk(): Kiosk {
  const kiosk = useContext(KioskContext);
  if (kiosk === null) throw new Error('useKiosk outside <KioskContext.Provider>');
  return kiosk;
}

/** Reads a screen's heading and instruction when it appears (and again if the text changes). */
export function useReadOnShow(text: string): void {
  const { say, settings } = useKiosk();
  useEffect(() => {
    say(text);
  }, [text, settings.readAloud]);
}
