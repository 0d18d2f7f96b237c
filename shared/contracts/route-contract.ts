/**
 * How every HTTP route is declared: method, path, who may call it, and the zod schemas of its
 * body, query and answers. Each area (tickets, complaints, surveys …) exports a list of these;
 * registry.ts gathers the lists, and the server's OpenAPI document, the README's HTTP tables and
 * the server's answer checks in tests are all built or checked from it, so the wire contract
 * exists once.
 *
 * Schemas are typed as zod's core type, so an area may write them with `zod` or `zod/mini`
 * (the files the kiosk imports use zod/mini to stay inside its bundle budget).
 */
import type { z } from 'zod/mini';
import type { AppErrorCode } from '../errors.ts';
import type { StaffRole } from './auth.ts';
import type { DeviceKind } from './device-kinds.ts';

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** Any zod schema, classic or mini. */
export type Schema = z.core.$ZodType;

/**
 * public: anyone on the branch network (the board, a phone);
 * kiosk: a paired device of the kinds in `devices` (README "Device pairing"; this machine and
 *   kiosk.allowedAddresses count as paired under DEVICE_PAIRING=loopback-trusted) or a signed-in officer;
 * staff: a signed-in officer, limited to `roles` when given.
 */
export type RouteAccess = 'public' | 'kiosk' | 'staff';

/** An answer that is not JSON: the ticket page (HTML), a preview (PNG), the event stream. */
export interface NonJsonAnswer {
  contentType: string;
  description: string;
}

export interface RouteContract {
  method: HttpMethod;
  /** OpenAPI style, e.g. /api/tickets/{id}/finish. */
  path: string;
  /** One line in Indonesian: what the route does (the README's table and the OpenAPI summary). */
  summary: string;
  access: RouteAccess;
  roles?: readonly StaffRole[];
  /** For `kiosk` routes: the paired device kinds that may call it; only the kiosk when absent. */
  devices?: readonly DeviceKind[];
  /** A staff route this machine (loopback) may also call without a session, e.g. /metrics for a local scraper. */
  loopback?: true;
  /** Honours an Idempotency-Key header (a resend gets the first answer back). */
  idempotent?: boolean;
  params?: Schema;
  query?: Schema;
  body?: Schema;
  /**
   * Status -> schema of the JSON answer; null for an answer without a body (204), or a
   * NonJsonAnswer. Error answers are not listed here: they are ErrorBody with one of `errors`.
   */
  responses: Readonly<Record<number, Schema | NonJsonAnswer | null>>;
  /** Domain error codes this route may answer with, beyond those every route may give (commonErrors below). */
  errors?: readonly AppErrorCode[];
}

/** Identity helper that keeps the literal types of a route list. */
export const defineRoutes = <const T extends readonly RouteContract[]>(routes: T): T => routes;

export const isNonJsonAnswer = (answer: Schema | NonJsonAnswer | null): answer is NonJsonAnswer =>
  answer !== null && 'contentType' in answer;

/** The device kinds a `kiosk` route admits (none for other routes). */
export const deviceKindsOf = (route: RouteContract): readonly DeviceKind[] => (route.access === 'kiosk' ? (route.devices ?? ['kiosk']) : []);

/** Codes any route may answer with, by who may call it. */
export function commonErrors(route: RouteContract): AppErrorCode[] {
  const codes: AppErrorCode[] = ['internal', 'unavailable'];
  if (route.body || route.query || route.params || route.idempotent) codes.push('request.invalid');
  // express.json reads the body of every write, declared or not.
  if (route.method !== 'get') codes.push('request.malformed', 'request.too_large');
  if (route.idempotent) codes.push('idempotency.key_reused');
  if (route.access === 'staff') codes.push('auth.required');
  if (route.access === 'staff' && route.roles) codes.push('auth.forbidden');
  if (route.access === 'kiosk') codes.push('kiosk.not_allowed');
  // A staff page's cookie session on a write needs its CSRF token and this origin (README "Browser sessions").
  if (route.access !== 'public' && route.method !== 'get') codes.push('auth.csrf');
  return codes;
}
