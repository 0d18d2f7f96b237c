/**
 * The server checks its own answers against the contract in tests: every answer a test receives
 * is matched to its declared route (shared/contracts/registry.ts) and parsed with the schema
 * declared for the status it got. A field the contract does not declare, a status it does not
 * list or an error code the route may not answer with fails the test that caused it.
 */
import { isDeepStrictEqual } from 'node:util';
import { z } from 'zod/mini';
import { ALL_ROUTES, routeKey } from '../../shared/contracts/registry.ts';
import { commonErrors, isNonJsonAnswer, type RouteContract } from '../../shared/contracts/route-contract.ts';
import { errorBodySchema } from '../../shared/contracts/wire.ts';
import { ERROR_STATUS } from '../../shared/errors.ts';

const matchers = ALL_ROUTES.map((route: RouteContract) => ({
  route,
  pattern: new RegExp(`^${route.path.replace(/[.]/g, '\\.').replace(/\{[^}]+\}/g, '[^/]+')}$`),
  literal: route.path.replace(/\{[^}]+\}/g, '').length,
}));

/** The declared route for a request (the most literal one when two patterns match). */
export function routeFor(method: string, url: string): RouteContract | null {
  const path = new URL(url, 'http://x').pathname;
  const found = matchers.filter((m) => m.route.method === method.toLowerCase() && m.pattern.test(path)).sort((a, b) => b.literal - a.literal)[0];
  return found?.route ?? null;
}

export class ContractViolation extends Error {
  override name = 'ContractViolation';
}

export interface CheckedAnswer {
  route: RouteContract | null;
  status: number;
  body: unknown;
}

/** Throws ContractViolation unless the answer is what the route declares for that status. */
export function checkAnswer(method: string, url: string, status: number, contentType: string | null, text: string): CheckedAnswer {
  const where = `${method.toUpperCase()} ${url} -> ${status}`;
  const route = routeFor(method, url);
  const json = (): unknown => {
    try {
      return text === '' ? null : (JSON.parse(text) as unknown);
    } catch {
      throw new ContractViolation(`${where}: the answer is not JSON: ${text.slice(0, 200)}`);
    }
  };
  if (!route) {
    // Only the 404 of an address that is not a route may come from no route.
    const body = json();
    const error = errorBodySchema.safeParse(body);
    if (status === 404 && error.success && error.data.error.code === 'route.not_found') return { route: null, status, body };
    throw new ContractViolation(`${where}: no route of the contract matches this request`);
  }
  const declared = route.responses[status];
  if (declared !== undefined && declared !== null && isNonJsonAnswer(declared)) {
    // A declared range ("image/*") admits any subtype.
    if (!contentType?.startsWith(declared.contentType.replace(/\*$/, ''))) throw new ContractViolation(`${where}: declared ${declared.contentType}, got ${contentType ?? 'no content type'}`);
    return { route, status, body: text };
  }
  if (status >= 400) {
    const body = json();
    const error = errorBodySchema.safeParse(body);
    if (!error.success) throw new ContractViolation(`${where}: not an error body: ${text.slice(0, 300)}`);
    const { code } = error.data.error;
    const allowed = new Set([...commonErrors(route), ...(route.errors ?? [])]);
    if (!allowed.has(code)) throw new ContractViolation(`${where}: error code ${code} is not declared for ${routeKey(route)} (declared: ${[...allowed].join(', ')})`);
    if (ERROR_STATUS[code] !== status) throw new ContractViolation(`${where}: ${code} is HTTP ${ERROR_STATUS[code]} in shared/errors.ts`);
    return { route, status, body };
  }
  if (declared === undefined) throw new ContractViolation(`${where}: status ${status} is not declared for ${routeKey(route)}`);
  if (declared === null) {
    if (text !== '') throw new ContractViolation(`${where}: declared without a body, got ${text.slice(0, 200)}`);
    return { route, status, body: null };
  }
  const body = json();
  const parsed = z.safeParse(declared, body);
  if (!parsed.success) throw new ContractViolation(`${where}: the answer does not match the contract:\n${z.prettifyError(parsed.error)}\n${text.slice(0, 500)}`);
  // Parsing drops undeclared fields; an answer that loses something in parsing says more than the contract.
  if (!isDeepStrictEqual(JSON.parse(JSON.stringify(parsed.data)), body)) {
    throw new ContractViolation(`${where}: the answer has fields the contract does not declare:\n${text.slice(0, 800)}`);
  }
  return { route, status, body };
}

/** fetch, then checkAnswer; the body comes back parsed (JSON) or as text (HTML, PNG as text). */
export async function contractFetch(url: string, init: RequestInit = {}): Promise<{ status: number; body: unknown; route: RouteContract | null; headers: Headers }> {
  const method = init.method ?? 'GET';
  const res = await fetch(url, init);
  const text = await res.text();
  const checked = checkAnswer(method, url, res.status, res.headers.get('content-type'), text);
  return { ...checked, headers: res.headers };
}

/**
 * A drop-in fetch for route tests that read the Response themselves: the answer is checked
 * against the contract first, then handed back unchanged.
 */
export async function checkedFetch(url: string, init: RequestInit = {}): Promise<Response> {
  const res = await fetch(url, init);
  const bytes = await res.arrayBuffer();
  checkAnswer(init.method ?? 'GET', url, res.status, res.headers.get('content-type'), new TextDecoder().decode(bytes));
  return new Response(res.status === 204 ? null : bytes, { status: res.status, statusText: res.statusText, headers: res.headers });
}
