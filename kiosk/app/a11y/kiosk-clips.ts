/**
 * Recorded Indonesian clips for the kiosk's fixed texts, for a kiosk whose browser has no
 * Indonesian speechSynthesis voice (a stock Debian Chromium has none). The files are rendered by
 * `npm run audio:kiosk-clips` (espeak-ng -v id) into kiosk/public/audio/kiosk/ and committed like
 * the board's clips; a human recording with the same file name replaces one.
 * Only fixed texts are here: a text with a number or a name in it has no clip and stays silent
 * without a voice (the screen shows it in large type).
 */
import { kioskFloorId } from '../../../shared/i18n/kiosk-floor-id.ts';
import { kioskId } from '../../../shared/i18n/kiosk-id.ts';

export const KIOSK_CLIP_PATH = '/audio/kiosk/';

/** The exact texts the screens pass to `say` (Screen.tsx joins title and instruction with ". "). */
export const KIOSK_CLIPS: ReadonlyArray<{ id: string; text: string }> = [
  { id: 'home', text: `${kioskId.homeGreeting}. ${kioskId.homeInstruction}` },
  { id: 'choose-service', text: `${kioskId.chooseServiceTitle}. ${kioskId.chooseServiceInstruction}` },
  { id: 'loading-services', text: kioskId.loadingServices },
  { id: 'fast-track', text: `${kioskId.fastTrackTitle} ${kioskFloorId.fastTrackInstruction} ${kioskFloorId.fastTrackNoneHint}` },
  { id: 'issuing', text: kioskId.issuing },
  { id: 'issue-offline', text: `${kioskId.offlineTitle}. ${kioskId.offlineBody}` },
  { id: 'services-offline', text: `${kioskId.offlineTitle}. ${kioskId.offlineServicesBody}` },
  { id: 'help-coming', text: `${kioskFloorId.helpComingTitle}. ${kioskFloorId.helpComingBody}` },
  { id: 'help-sent', text: kioskId.helpSent },
  { id: 'help-failed', text: kioskId.helpFailed },
];

/** Spacing, a trailing ". " from an empty instruction and the ellipsis do not make another text. */
export function clipKey(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[.…\s]+$/u, '').trim();
}

const BY_TEXT = new Map(KIOSK_CLIPS.map((c) => [clipKey(c.text), c.id]));

export function clipFor(text: string): string | undefined {
  return BY_TEXT.get(clipKey(text));
}
