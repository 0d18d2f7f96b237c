/**
 * Survey tokens and paper keys: HMAC-SHA256 of the ticket id under a secret that never leaves the
 * server (kept in the meta table, made once per branch database). Deterministic, so the server can
 * hand the same token to the counter tablet and the finish answer without storing it: only its
 * SHA-256 is stored, and an unknown token proves nothing about any ticket.
 */
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { MetaRepository } from '../store/meta-repository.ts';

const SECRET_KEY = 'survey_secret';

export function loadOrCreateSecret(meta: MetaRepository): Buffer {
  const stored = meta.get(SECRET_KEY);
  if (stored !== null) return Buffer.from(stored, 'base64');
  // Another process may have won the race: getOrSet answers what is stored.
  return Buffer.from(meta.getOrSet(SECRET_KEY, randomBytes(32).toString('base64')), 'base64');
}

export class SurveyTokens {
  constructor(private readonly secret: Buffer) {}

  private mac(purpose: string, ticketId: string, length: number): string {
    return createHmac('sha256', this.secret).update(`${purpose}:${ticketId}`).digest('base64url').slice(0, length);
  }

  /** The single-use survey token of a ticket (192 bits). */
  tokenOf(ticketId: string): string {
    return this.mac('survey', ticketId, 32);
  }

  /** The key printed in the paper ticket's QR (?k=): only the holder of the paper can answer from a phone. */
  paperKeyOf(ticketId: string): string {
    return this.mac('paper', ticketId, 16);
  }

  static hash(token: string): string {
    return createHash('sha256').update(token).digest('hex');
  }
}

/** Constant-time comparison of a key someone sent with the one we expect. */
export function sameKey(expected: string, given: string): boolean {
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}
