/**
 * The role matrix, route by route over ALL_ROUTES: for every declared route and every caller (no
 * credentials from a phone, an unpaired device, a paired device of each kind, this machine without
 * a session under the default DEVICE_PAIRING=loopback-trusted, and each staff role signed in from
 * a phone), the answer is refused exactly when the route's contract (`access`, `roles`, `devices`)
 * says so.
 * A route another area adds to ALL_ROUTES is covered here without touching this file.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STAFF_ROLES, type StaffRole } from '../../shared/contracts/auth.ts';
import { DEVICE_KINDS, type DeviceKind } from '../../shared/contracts/device-kinds.ts';
import { ALL_ROUTES, routeKey } from '../../shared/contracts/registry.ts';
import type { RouteContract } from '../../shared/contracts/route-contract.ts';
import { startTestServer } from '../testing/http.ts';
import { phoneRequest } from '../testing/phone.ts';

type Caller = { name: string; from: string; token?: string; role?: StaffRole; username?: string; device?: DeviceKind | 'unpaired'; deviceToken?: string };
const DENIALS = ['auth.required', 'auth.forbidden', 'kiosk.not_allowed'];

/** What the contract says this caller gets: let through, or refused with which code. */
function expected(route: RouteContract, caller: Caller): string {
  if (route.access === 'public') return 'allowed';
  if (route.access === 'kiosk') {
    if (caller.role || caller.from === '127.0.0.1') return 'allowed';
    const kinds: readonly string[] = route.devices ?? ['kiosk'];
    return caller.device && kinds.includes(caller.device) ? 'allowed' : 'kiosk.not_allowed';
  }
  if (!caller.role) return route.loopback && caller.from === '127.0.0.1' ? 'allowed' : 'auth.required';
  return !route.roles || route.roles.includes(caller.role) ? 'allowed' : 'auth.forbidden';
}

// {counterId} is the paired tablet's own counter: a tablet reads only its counter's survey token, a
// rule beyond the route (pairing-routes.test.ts checks it); every other parameter is a sample id.
const samplePath = (path: string) => path.replace('{counterId}', 'loket-1').replace(/\{[^}]+\}/g, 'x1');

let server: Awaited<ReturnType<typeof startTestServer>>;
const callers: Caller[] = [
  { name: 'a phone without credentials', from: '127.0.0.2' },
  { name: 'this machine without a session', from: '127.0.0.1' },
];

beforeAll(async () => {
  server = await startTestServer();
  for (const role of STAFF_ROLES) {
    const username = `uji.${role.replace('_', '-')}`;
    await server.services.auth.createUser({ username, password: 'sandi-uji-12345', displayName: role, role });
    const { token } = await server.services.auth.login(username, 'sandi-uji-12345');
    callers.push({ name: `${role} from a phone`, from: '127.0.0.2', token, role, username });
  }
  // Devices: one credential left unpaired, and one paired of each kind (a counter tablet at loket-1).
  const admin = { userId: 1, username: 'admin', role: 'admin' } as const;
  const unpaired = server.services.devicePairing.requestCode('kiosk', '127.0.0.20');
  callers.push({ name: 'an unpaired device', from: '127.0.0.2', device: 'unpaired', deviceToken: unpaired.token });
  for (const [i, kind] of DEVICE_KINDS.entries()) {
    const request = server.services.devicePairing.requestCode(kind, `127.0.0.${21 + i}`);
    server.services.devicePairing.pair({ code: request.code, name: `uji ${kind}`, kind, counterId: kind === 'counter_tablet' ? 'loket-1' : null }, admin);
    callers.push({ name: `a paired ${kind}`, from: '127.0.0.2', device: kind, deviceToken: request.token });
  }
});
afterAll(async () => server.close());

describe('the role matrix (ALL_ROUTES x callers)', () => {
  it('every declared route refuses exactly the callers its contract excludes', async () => {
    // Sign-out last: it ends the sessions the other calls use.
    const endsSessions = (r: RouteContract) => Number(r.path === '/api/auth/logout' || r.path === '/api/auth/logout-all');
    const routes = [...ALL_ROUTES].sort((a, b) => endsSessions(a) - endsSessions(b));
    const wrong: string[] = [];
    let checked = 0;
    for (const route of routes) {
      for (const caller of callers) {
        // A sign-out ends the session: each one gets a fresh session of its own.
        const token = endsSessions(route) && caller.username ? (await server.services.auth.login(caller.username, 'sandi-uji-12345')).token : caller.token;
        const answer = await phoneRequest(server.url, route.method.toUpperCase(), samplePath(route.path), {
          from: caller.from,
          headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(caller.deviceToken ? { 'x-device-token': caller.deviceToken } : {}) },
          ...(route.method === 'get' ? {} : { body: {} }),
          // The event streams never end: their status line is the answer.
          headersOnly: route.path.endsWith('/events'),
        });
        const code = answer.headers['content-type']?.toString().includes('json') && answer.status >= 400 ? (answer.json().error?.code as string) : null;
        const got = code && DENIALS.includes(code) ? code : 'allowed';
        const want = expected(route, caller);
        checked += 1;
        if (got !== want) wrong.push(`${routeKey(route)} as ${caller.name}: got ${got} (${answer.status}), contract says ${want}`);
        expect(answer.status, `${routeKey(route)} as ${caller.name}`).toBeLessThan(500);
      }
    }
    expect(wrong).toEqual([]);
    expect(checked).toBe(ALL_ROUTES.length * callers.length);
  });

  it('the complaint officer works no queue: counters, tickets and help requests are refused', () => {
    const queueWork = ALL_ROUTES.filter((r) => r.access === 'staff' && /^\/api\/(counters\/\{id\}|tickets\/\{id\}\/|help-requests\/)/.test(r.path));
    expect(queueWork.length).toBeGreaterThan(8);
    for (const r of queueWork) expect(expected(r, { name: 'co', from: '127.0.0.2', role: 'complaint_officer' }), routeKey(r)).toBe('auth.forbidden');
  });
});
