/** English for kiosk-floor-id.ts (same keys). */
import type { KioskFloorMessages } from './kiosk-floor-id.ts';

export const kioskFloorEn: KioskFloorMessages = {
  neutralMarkLabel: 'Branch mark',
  branchLogoAlt: (branch: string) => `${branch} logo`,

  fastTrackInstruction: 'A priority queue is available for the groups below. Priority numbers are called in turn with the regular queue, so there is still a wait.',
  fastTrackNoneHint: 'If none of these applies, choose the regular queue.',

  closedTitle: 'The counters are closed now',
  closedHours: (hours: string) => `Service hours: ${hours}.`,
  closedNext: (next: string) => `Queue numbers can be taken again ${next}.`,
  closedNoNext: 'Please ask an officer about the service schedule.',
  closedOnline: 'JHT claims can also be filed at any time in the JMO app.',

  helpComingTitle: 'An officer is on the way',
  helpComingBody: 'Your request for help has been received. Please wait near this screen; an officer will come to help you.',
  helpComingOk: 'OK, I will wait',

  resultNoQr: 'No QR code is available at this kiosk. Remember the number above, or ask an officer to reprint your ticket.',
};
