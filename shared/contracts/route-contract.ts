/**
 * How every HTTP route is declared: method, path, who may call it, and the zod schemas of its
 * body, query and answers. Each area (tickets, complaints, surveys …) exports a list of these;
 * the server's OpenAPI document and the README's HTTP tables are both built or checked from the
 * lists, so the wire contract exists once.
 */
import type { z } from 'zod';
import type { AppErrorCode } from '../errors.ts';
import type { StaffRole } from './http.ts';

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

/**
 * public: anyone on the branch network (the board, a phone);
 * kiosk: a kiosk address (this machine or kiosk.allowedAddresses) or a signed-in officer;
 * staff: a signed-in officer, limited to `roles` when given.
 */
export type RouteAccess = 'public' | 'kiosk' | 'staff';

export interface RouteContract {
  method: HttpMethod;
  /** OpenAPI style, e.g. /api/tickets/{id}/finish. */
  path: string;
  /** One line in Indonesian: what the route does (the README's table and the OpenAPI summary). */
  summary: string;
  access: RouteAccess;
  roles?: readonly StaffRole[];
  /** Honours an Idempotency-Key header (a resend gets the first answer back). */
  idempotent?: boolean;
  params?: z.ZodType;
  query?: z.ZodType;
  body?: z.ZodType;
  /** Status -> schema of the JSON answer; null for an answer without a body (204) or not JSON. */
  responses: Readonly<Record<number, z.ZodType | null>>;
  /** Domain error codes this route may answer with (beyond request.* and auth.*). */
  errors?: readonly AppErrorCode[];
}

/** Identity helper that keeps the literal types of a route list. */
export const defineRoutes = <const T extends readonly RouteContract[]>(routes: T): T => routes;
