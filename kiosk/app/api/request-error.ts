/**
 * Why a request to the queue-server failed, in the terms the kiosk acts on:
 * - offline / timeout / server / invalid: try again (same Idempotency-Key), the visitor waits;
 * - rejected: the server said no (4xx); retrying the same request will not help.
 * `serverError` is the server's own answer when it sent one: a domain code (shared/errors.ts) to
 * tell failures apart, and an Indonesian message to show.
 */
import type { AppErrorCode } from '../../../shared/errors.ts';

export type RequestFailureKind = 'offline' | 'timeout' | 'server' | 'invalid' | 'rejected';

export class KioskRequestError extends Error {
  constructor(
    readonly kind: RequestFailureKind,
    readonly serverError: { code: AppErrorCode; message: string } | null = null,
    readonly status: number | null = null,
    options?: ErrorOptions,
  ) {
    super(`${kind}${status === null ? '' : ` (HTTP ${status})`}${serverError ? `: ${serverError.code}` : ''}`, options);
    this.name = 'KioskRequestError';
  }

  get code(): AppErrorCode | null {
    return this.serverError?.code ?? null;
  }

  /** The server's Indonesian message, shown to the visitor only when the server said no. */
  get serverMessage(): string | null {
    return this.kind === 'rejected' ? (this.serverError?.message ?? null) : null;
  }

  get retryable(): boolean {
    return this.kind !== 'rejected';
  }
}

export function isKioskRequestError(error: unknown): error is KioskRequestError {
  return error instanceof KioskRequestError;
}
