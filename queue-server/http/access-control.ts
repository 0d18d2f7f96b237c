/**
 * Who may call which route, decided in ONE place: this middleware finds the route contract the
 * request matches (shared/contracts/registry.ts, ALL_ROUTES) and checks its `access` and `roles`
 * before any handler runs. A route another area declares with `access`/`roles` is covered the
 * moment it joins ALL_ROUTES; handlers only read the actor from res.locals (actorFrom).
 *
 *   public  anyone on the branch network;
 *   kiosk   a paired device of a kind in the route's `devices` (pairing/device-access.ts; under
 *           DEVICE_PAIRING=loopback-trusted this machine and kiosk.allowedAddresses count as paired)
 *           or a signed-in officer;
 *   staff   a signed-in officer whose role is in `roles` (any role when `roles` is absent);
 *           `loopback: true` also lets this machine in without a session (/metrics).
 * Requests that match no declared route pass through to the 404 (or the static pages).
 */
import type { RequestHandler } from 'express';
import { ALL_ROUTES } from '../../shared/contracts/registry.ts';
import { deviceKindsOf, type RouteContract } from '../../shared/contracts/route-contract.ts';
import { AppError } from '../../shared/errors.ts';
import type { AuthService } from '../auth/auth-service.ts';
import { isLoopback } from './kiosk-access.ts';
import { admitDevice } from '../pairing/device-access.ts';
import type { DevicePairing } from '../pairing/device-pairing.ts';
import { actorOf, checkedSession } from './staff-auth.ts';

interface CompiledRoute {
  method: string;
  pattern: RegExp;
  route: RouteContract;
}

const escapeRegex = (s: string) => s.replace(/[.*+?^$()|[\]\\]/g, '\\$&');

const paramCount = (path: string) => path.split('{').length - 1;

export function compileRoutes(routes: readonly RouteContract[]): CompiledRoute[] {
  return (
    routes
      .map((route) => ({
        method: route.method.toUpperCase(),
        // {id} matches one path segment, as Express's :id does; case-insensitive and with an
        // optional trailing slash, as Express matches, so no spelling reaches a handler unchecked.
        pattern: new RegExp(`^${route.path.split(/\{[^}]+\}/).map(escapeRegex).join('[^/]+')}/?$`, 'i'),
        route,
      }))
      // A literal path wins over a parameter in the same place (/api/complaints/lookup is public,
      // /api/complaints/{reference} is staff), whatever order the areas declared them in.
      .sort((a, b) => paramCount(a.route.path) - paramCount(b.route.path))
  );
}

export function matchRoute(compiled: readonly CompiledRoute[], method: string, path: string): RouteContract | null {
  const m = method === 'HEAD' ? 'GET' : method;
  return compiled.find((c) => c.method === m && c.pattern.test(path))?.route ?? null;
}

export function accessControl(s: { auth: AuthService; devicePairing: DevicePairing }, routes: readonly RouteContract[] = ALL_ROUTES): RequestHandler {
  const compiled = compileRoutes(routes);
  return (req, res, next) => {
    const route = matchRoute(compiled, req.method, req.path);
    if (!route || route.access === 'public') return next();
    // Browser sessions: a cookie on a state-changing request needs its CSRF token (staff-auth.ts).
    let session: ReturnType<typeof checkedSession>;
    try {
      session = checkedSession(s.auth, req, route.access);
    } catch (error) {
      return next(error);
    }
    if (session) res.locals.sessionKey = session.key;
    const user = session?.user ?? null;
    if (user) {
      res.locals.user = user;
      res.locals.actor = actorOf(user);
    }
    if (route.access === 'kiosk') {
      if (user) return next();
      // Device pairing: a paired device of a kind this route admits (README "Device pairing").
      const admission = admitDevice(s.devicePairing, req, deviceKindsOf(route));
      if (!admission.ok) return next(admission.error);
      res.locals.actor = admission.actor;
      res.locals.deviceId = admission.deviceId;
      res.locals.deviceCounterId = admission.deviceCounterId;
      return next();
    }
    if (!user) {
      if (route.loopback && isLoopback(req)) return next();
      return next(new AppError({ code: 'auth.required', message: 'Sesi tidak valid atau sudah berakhir. Silakan masuk kembali.' }));
    }
    if (route.roles && !route.roles.includes(user.role)) {
      return next(new AppError({ code: 'auth.forbidden', message: 'Akun Anda tidak berwenang untuk tindakan ini.' }));
    }
    next();
  };
}
