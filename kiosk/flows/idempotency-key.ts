/**
 * A fresh Idempotency-Key for one visitor decision. Not crypto.randomUUID(): browsers only offer
 * it in secure contexts, and a kiosk on the branch LAN opens the server over plain http
 * (http://192.168.x.y:3000), where it is undefined. getRandomValues works everywhere.
 * Format fits the server's rule: 8-128 characters of [A-Za-z0-9._:-].
 */
export function newIdempotencyKey(random: (bytes: Uint8Array<ArrayBuffer>) => Uint8Array<ArrayBuffer> = (b) => crypto.getRandomValues(b)): string {
  const bytes = random(new Uint8Array(16));
  return `kiosk-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}
