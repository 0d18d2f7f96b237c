/**
 * The written role matrix (README "Role matrix"), rendered from the route contracts: one row per
 * route, one column per caller. test/role-matrix-readme.test.ts checks the README against these
 * rows, and queue-server/http/role-matrix.test.ts checks the server against the same contracts.
 */
import { STAFF_ROLES, type StaffRole } from './auth.ts';
import type { RouteContract } from './route-contract.ts';

export const ROLE_MATRIX_HEADER = `| route | anyone | kiosk or this machine | ${STAFF_ROLES.join(' | ')} |`;

const mark = (allowed: boolean) => (allowed ? 'yes' : '-');

export function mayCall(route: RouteContract, caller: 'anyone' | 'kiosk' | StaffRole): boolean {
  if (route.access === 'public') return true;
  if (caller === 'anyone') return false;
  if (caller === 'kiosk') return route.access === 'kiosk' || route.loopback === true;
  return route.access === 'kiosk' || !route.roles || route.roles.includes(caller);
}

export const roleMatrixRow = (route: RouteContract): string =>
  `| \`${route.method.toUpperCase()} ${route.path}\` | ${(['anyone', 'kiosk', ...STAFF_ROLES] as const).map((c) => mark(mayCall(route, c))).join(' | ')} |`;
