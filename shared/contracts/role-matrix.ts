/**
 * The written role matrix (README "Role matrix"), rendered from the route contracts: one row per
 * route, one column per caller. test/role-matrix-readme.test.ts checks the README against these
 * rows, and queue-server/http/role-matrix.test.ts checks the server against the same contracts.
 *
 * Callers: no credentials at all (a phone); an unpaired device (a credential whose code no
 * administrator entered yet, or one revoked); a paired device of each kind; this machine under
 * the default DEVICE_PAIRING=loopback-trusted; each staff role.
 */
import { STAFF_ROLES, type StaffRole } from './auth.ts';
import { DEVICE_KINDS, type DeviceKind } from './device-kinds.ts';
import { deviceKindsOf, type RouteContract } from './route-contract.ts';

export type MatrixCaller = 'anyone' | 'unpaired' | { device: DeviceKind } | 'this-machine' | StaffRole;

export const MATRIX_CALLERS: readonly MatrixCaller[] = ['anyone', 'unpaired', ...DEVICE_KINDS.map((device) => ({ device })), 'this-machine', ...STAFF_ROLES];

export const ROLE_MATRIX_HEADER = `| route | no credentials | unpaired device | ${DEVICE_KINDS.map((k) => `paired ${k}`).join(' | ')} | this machine | ${STAFF_ROLES.join(' | ')} |`;

const mark = (allowed: boolean) => (allowed ? 'yes' : '-');

export function mayCall(route: RouteContract, caller: MatrixCaller): boolean {
  if (route.access === 'public') return true;
  if (caller === 'anyone' || caller === 'unpaired') return false;
  if (typeof caller === 'object') return deviceKindsOf(route).includes(caller.device);
  // Under loopback-trusted this machine is a paired device of every kind; `loopback` staff routes (/metrics) admit it too.
  if (caller === 'this-machine') return route.access === 'kiosk' || route.loopback === true;
  return route.access === 'kiosk' || !route.roles || route.roles.includes(caller);
}

export const roleMatrixRow = (route: RouteContract): string =>
  `| \`${route.method.toUpperCase()} ${route.path}\` | ${MATRIX_CALLERS.map((c) => mark(mayCall(route, c))).join(' | ')} |`;
