/**
 * One press of a console button = one intent = one Idempotency-Key.
 *   - While an intent is in flight every other press is ignored (a double tap sends one request).
 *   - When the answer is lost (network, 5xx) the next press of the same button on the same target
 *     re-sends with the SAME key: if the first request did reach the server, the server answers
 *     with its first outcome instead of acting twice (no visitor skipped by a retry).
 *   - After a definite answer (2xx or 4xx) the next press is a new intent with a new key.
 */
export interface Intent {
  action: string;
  target: string;
  key: string;
}

export type IntentOutcome<T> = { kind: 'done'; value: T; key: string } | { kind: 'failed'; error: unknown; retrySameKey: boolean } | { kind: 'ignored' };

export class IntentRunner {
  #inFlight: Intent | null = null;
  #unsettled: Intent | null = null;

  constructor(
    private readonly newKey: () => string,
    private readonly isUncertain: (error: unknown) => boolean,
  ) {}

  get busy(): Intent | null {
    return this.#inFlight;
  }

  async run<T>(action: string, target: string, send: (key: string) => Promise<T>): Promise<IntentOutcome<T>> {
    if (this.#inFlight) return { kind: 'ignored' };
    const u = this.#unsettled;
    const intent: Intent = u && u.action === action && u.target === target ? u : { action, target, key: this.newKey() };
    this.#inFlight = intent;
    try {
      const value = await send(intent.key);
      this.#unsettled = null;
      return { kind: 'done', value, key: intent.key };
    } catch (error) {
      const retrySameKey = this.isUncertain(error);
      this.#unsettled = retrySameKey ? intent : null;
      return { kind: 'failed', error, retrySameKey };
    } finally {
      this.#inFlight = null;
    }
  }
}
