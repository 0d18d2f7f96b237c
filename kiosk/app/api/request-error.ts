/**
 * Why a request to the queue-server failed, in the terms the kiosk acts on:
 * - offline / timeout / server / invalid: try again (same Idempotency-Key), the visitor waits;
 * - rejected: the server said no (4xx); retrying the same request will not help.
 */
export type RequestFailureKind = 'offline' | 'timeout' | 'server' | 'invalid' | 'rejected';

export class KioskRequestError extends Error {
  constructor(
    readonly kind: RequestFailureKind,
    /** The server's own Indonesian message, only for `rejected`. */
    readonly serverMessage: string | null = null,
    readonly status: number | null = null,
    options?: ErrorOptions,
  ) {
    super(`${kind}${status === null ? '' : ` (HTTP ${status})`}${serverMessage ? `: ${serverMessage}` : ''}`, options);
    this.name = 'KioskRequestError';
  }

  get retryable(): boolean {
    return this.kind !== 'rejected';
  }
}

export function isKioskRequestError(error: unknown): error is KioskRequestError {
  return error instanceof KioskRequestError;
}
