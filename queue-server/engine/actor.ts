/** Who did something: a signed-in officer, or the kiosk. Recorded in the audit trail. */
import type { StaffRole } from '../../shared/contracts/http.ts';

export interface Actor {
  userId: number | null;
  username: string;
  role: StaffRole | 'kiosk';
}

export const KIOSK_ACTOR: Actor = { userId: null, username: 'kiosk', role: 'kiosk' };
