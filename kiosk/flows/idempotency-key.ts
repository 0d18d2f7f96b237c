/**
 * The one Idempotency-Key generator of the client pages: the kiosk's visitor decisions, its
 * outboxes and the officers' console presses. Not crypto.randomUUID(): browsers only offer it in
 * secure contexts, and a kiosk or counter PC on the branch LAN opens the server over plain http
 * (http://192.168.x.y:3000), where it is undefined. getRandomValues works everywhere.
 * Format fits the server's rule (idempotencyKeySchema): 8-128 characters of [A-Za-z0-9._:-].
 */
export function newIdempotencyKey(
  /** Who made the key ("kiosk", "cso"), readable in the server's idempotency table. */
  prefix: 'kiosk' | 'cso' = 'kiosk',
  random: (bytes: Uint8Array<ArrayBuffer>) => Uint8Array<ArrayBuffer> = (b) => crypto.getRandomValues(b),
): string {
  const bytes = random(new Uint8Array(16));
  return `${prefix}-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}
