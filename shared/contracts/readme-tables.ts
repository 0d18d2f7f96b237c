/**
 * The rows the README's HTTP section must contain, rendered from the contract. The README is
 * written by hand and test/readme-contract.test.ts checks it against these rows, so the tables
 * cannot drift from the routes and from ERROR_STATUS; a failing test prints the rows it expected.
 */
import { ERROR_STATUS, type AppErrorCode } from '../errors.ts';
import type { RouteContract } from './route-contract.ts';

export function accessLabel(route: RouteContract): string {
  const who =
    route.access === 'staff' && route.roles
      ? `staff (${route.roles.join(', ')})`
      : route.access === 'kiosk' && route.devices
        ? `kiosk (${route.devices.join(', ')})` // paired device kinds other than the kiosk alone
        : route.access;
  return route.idempotent ? `${who}, Idempotency-Key` : who;
}

/** `| \`GET /api/services\` | public | … |` */
export const routeRow = (route: RouteContract): string => `| \`${route.method.toUpperCase()} ${route.path}\` | ${accessLabel(route)} | ${route.summary} |`;

/** The start of an error row, `| \`counter.busy\` | 409 |`; the meaning cell after it is the README's own. */
export const errorRowStart = (code: AppErrorCode): string => `| \`${code}\` | ${ERROR_STATUS[code]} |`;
