/** Who did something: a signed-in officer, or the kiosk. Recorded in the audit trail. */
import type { StaffRole } from '../../shared/contracts/http.ts';

export interface Actor {
  userId: number | null;
  username: string;
  role: StaffRole | 'kiosk';
  /** A device fixed at one counter (a call pad): acts on that counter's tickets only, whoever holds it. */
  boundCounterId?: string;
}

/** A supervisor or administrator: may act on any counter (take over, release), recorded in the audit trail. */
export const oversees = (actor: Actor): boolean => actor.role === 'admin' || actor.role === 'supervisor';

export const KIOSK_ACTOR: Actor = { userId: null, username: 'kiosk', role: 'kiosk' };
