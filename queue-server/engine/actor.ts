/** Who did something: a signed-in officer, or the kiosk. Recorded in the audit trail. */
export interface Actor {
  userId: number | null;
  username: string;
  role: 'admin' | 'supervisor' | 'cso' | 'kiosk';
}

export const KIOSK_ACTOR: Actor = { userId: null, username: 'kiosk', role: 'kiosk' };
