/**
 * Fuzzing every route of the contract (ALL_ROUTES) with malformed input (issue 11): bodies of the
 * wrong type, huge, deeply nested, with NUL and bidirectional-override characters, invalid JSON,
 * the wrong content type; paths with bad %-escapes and parameters of the wrong shape; garbage
 * queries, Idempotency-Keys and Authorization headers, with and without a valid staff token.
 *
 * Every answer must be below 500 and, when refused, in the JSON error shape; and a refused
 * request must leave the database as it was: a fingerprint (a hash over every row of every
 * table, but the rows listed in ROWS_A_REFUSAL_MAY_ADD with why) is taken before and after.
 *
 * Runs per route: FUZZ_RUNS (default 12, a few seconds per hundred routes in CI); the longer
 * run is `npm run fuzz:routes` (FUZZ_RUNS=150).
 */
import { createHash } from 'node:crypto';
import { request as httpRequest, Agent } from 'node:http';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_ROUTES, routeKey } from '../../shared/contracts/registry.ts';
import { isNonJsonAnswer, type RouteContract } from '../../shared/contracts/route-contract.ts';
import { errorBodySchema } from '../../shared/contracts/wire.ts';
import { startTestServer } from '../testing/http.ts';

const RUNS = Number(process.env.FUZZ_RUNS ?? 12);

/**
 * Rows a refused request may add, and why that is right: a refused sign-in is recorded in the
 * audit trail ('auth.login_failed'), as the trail must. Nothing else is skipped: the sign-in
 * lockout and rate limits are counted in memory (auth/login-guard.ts), a refusal stores no
 * Idempotency-Key answer and touches no session, so every other row of every table is hashed.
 */
const ROWS_A_REFUSAL_MAY_ADD: Record<string, string> = { audit: "WHERE action <> 'auth.login_failed'" };

let server: Awaited<ReturnType<typeof startTestServer>>;
let token = '';
const agent = new Agent({ keepAlive: true, maxSockets: 1 });
let tables: string[] = [];

beforeAll(async () => {
  server = await startTestServer();
  token = await server.login();
  // Some state for the routes to refuse to touch: tickets waiting and called, a complaint.
  for (const serviceId of ['jht', 'jht', 'informasi']) await server.api('POST', '/api/tickets', { body: { serviceId } });
  await server.api('POST', '/api/counters/loket-1/call-next', { token });
  tables = (server.services.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[]).map((t) => t.name);
});
afterAll(async () => {
  agent.destroy();
  await server?.close();
});

function fingerprint(): string {
  const hash = createHash('sha256');
  for (const table of tables) {
    hash.update(`\u0000${table}\u0000`);
    for (const row of server.services.db.prepare(`SELECT * FROM "${table}" ${ROWS_A_REFUSAL_MAY_ADD[table] ?? ''} ORDER BY rowid`).raw().iterate()) hash.update(JSON.stringify(row, (_k, v: unknown) => (Buffer.isBuffer(v) ? v.toString('hex') : v)));
  }
  return hash.digest('hex');
}

/** Table -> row count, to name what changed when the fingerprint differs. */
function counts(): Record<string, number> {
  return Object.fromEntries(tables.map((t) => [t, (server.services.db.prepare(`SELECT COUNT(*) AS n FROM "${t}" ${ROWS_A_REFUSAL_MAY_ADD[t] ?? ''}`).get() as { n: number }).n]));
}

interface RawRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: Buffer | null;
}

interface RawAnswer {
  status: number;
  contentType: string;
  text: string;
}

function send(r: RawRequest): Promise<RawAnswer> {
  const port = new URL(server.url).port;
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, method: r.method, path: r.path, headers: { ...r.headers, ...(r.body ? { 'content-length': String(r.body.length) } : {}) }, agent }, (res) => {
      const contentType = String(res.headers['content-type'] ?? '');
      if (contentType.startsWith('text/event-stream')) {
        // An event stream that opened: the request was accepted; nothing more to read.
        res.destroy();
        resolve({ status: res.statusCode ?? 0, contentType, text: '' });
        return;
      }
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, contentType, text: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.setTimeout(10_000, () => req.destroy(new Error(`no answer in 10 s: ${r.method} ${r.path}`)));
    req.on('error', reject);
    if (r.body) req.write(r.body);
    req.end();
  });
}

// ---- the generators -------------------------------------------------------------------------

const NASTY_CHARS = ['\u0000', '\u202e', '\u202d', '\u2066', '\u2069', '\u200f', '\ufeff', '\ud800', '\uffff', '"', '\\', '<script>', "'", '%', '\n'];
const nastyString = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.array(fc.constantFrom(...NASTY_CHARS, 'a', '1', ' '), { maxLength: 30 }).map((parts) => parts.join('')),
  fc.integer({ min: 65_000, max: 70_000 }).map((n) => 'x'.repeat(n)),
  fc.constantFrom('', ' ', '0', '-1', '1e309', 'null', 'true', '[]', '{}'),
);
const wrongValue: fc.Arbitrary<unknown> = fc.oneof(
  nastyString,
  fc.oneof(fc.integer(), fc.double(), fc.constantFrom(Number.MAX_SAFE_INTEGER + 2, -0, 1e308)),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.oneof(fc.string(), fc.integer()), { maxLength: 4 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.oneof(fc.string(), fc.integer()), { maxKeys: 4 }),
);

/** The keys a route's body declares (zod object shapes), so wrong values reach the field checks. */
function bodyKeys(route: RouteContract): string[] {
  const def = (route.body as { _zod?: { def?: { shape?: Record<string, unknown> } } } | undefined)?._zod?.def;
  return def?.shape ? Object.keys(def.shape) : [];
}

const deep = (depth: number, open: string, close: string) => open.repeat(depth) + close.repeat(depth);

function bodyArbitrary(route: RouteContract): fc.Arbitrary<string | Buffer | null> {
  const keys = bodyKeys(route);
  const shaped = keys.length > 0
    ? fc.record(Object.fromEntries(keys.map((k) => [k, wrongValue])), { requiredKeys: [] }).map((o) => JSON.stringify(o))
    : fc.constant('{}');
  return fc.oneof(
    fc.constant(null),
    shaped,
    fc.jsonValue().map((v) => JSON.stringify(v)),
    fc.constantFrom('{', '{"a":', 'nul', '[1,]', "{'a':1}", '\u0000', '{"a":"\\ud800"}', '{"__proto__":{"admin":true}}', '{"constructor":{"prototype":{"x":1}}}', '"\\u0000"', '1e999999'),
    fc.integer({ min: 33, max: 40_000 }).map((d) => `{"a":${deep(d, '[', ']')}}`),
    fc.integer({ min: 33, max: 5_000 }).map((d) => `${'{"a":'.repeat(d)}1${'}'.repeat(d)}`),
    nastyString.map((s) => JSON.stringify({ text: s, note: s, username: s, password: s, serviceId: s, reason: s })),
    fc.uint8Array({ maxLength: 64 }).map((a) => Buffer.from(a)),
  );
}

const PATH_SEGMENTS = ['%', '%Z', '%ZZ', '%E0%A4%A', '%00', '%C0%AF', '%ED%A0%80', '..', '%2e%2e', '%2F', '%u202e', '-1', '0', '1.5', '9'.repeat(40), 'a'.repeat(3_000), 'loket-1', 't-000001', 'jht'];
const pathSegment = fc.oneof(
  fc.constantFrom(...PATH_SEGMENTS),
  nastyString.filter((s) => s.length < 2_000).map((s) => encodeURIComponent(s.replace(/[\ud800-\udfff]/g, 'x'))),
  fc.stringMatching(/^[A-Za-z0-9%._~!$&'()*+,;=:@-]{0,30}$/),
);

// Header values node will send: printable ASCII only (control characters are refused client-side).
const headerSafe = fc.string({ unit: 'binary-ascii', maxLength: 60 }).map((s) => [...s].filter((c) => c >= ' ' && c !== '\u007f').join(''));
const authHeader = fc.oneof(
  fc.constant<string | null>(null),
  fc.constant<string | null>('valid'),
  headerSafe.map((s) => `Bearer ${s}`),
  headerSafe.map((s) => `Basic ${s}`),
  headerSafe,
  fc.constant('Bearer ' + 'a'.repeat(5_000)),
);
const idempotencyKey = fc.oneof(fc.constant<string | null>(null), headerSafe, fc.constant('k'.repeat(300)), fc.constantFrom('', ' ', 'kiosk-0001', '../../etc'));
const CONTENT_TYPES = ['application/json', 'application/json; charset=utf-16', 'application/json; charset=latin1', 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/vnd.api+json', '', 'application/json, text/html'];
const query = fc.oneof(
  fc.constant(''),
  fc.dictionary(fc.constantFrom('date', 'status', 'from', 'to', 'lastEventId', 'token', 'q', 'limit', 'page', 'category', '__proto__', 'x'), pathSegment, { maxKeys: 4 }).map((q) => `?${Object.entries(q).map(([k, v]) => `${k}=${v}`).join('&')}`),
  fc.constantFrom('?%', '?a=%ZZ', '?date=2026-13-45', '?date[]=1&date[]=2', '?lastEventId=-1', '?lastEventId=1e999', '?limit=99999999999'),
);

function requestArbitrary(route: RouteContract): fc.Arbitrary<RawRequest> {
  const params = (route.path.match(/\{[^}]+\}/g) ?? []).length;
  return fc
    .record({
      segments: fc.array(pathSegment, { minLength: params, maxLength: params }),
      query,
      body: route.method === 'get' ? fc.constant(null) : bodyArbitrary(route),
      contentType: fc.constantFrom(...CONTENT_TYPES),
      gzip: fc.boolean(),
      auth: authHeader,
      key: idempotencyKey,
      requestId: fc.oneof(fc.constant<string | null>(null), headerSafe),
    })
    .map((g) => {
      let i = 0;
      const path = route.path.replace(/\{[^}]+\}/g, () => g.segments[i++] ?? '') + g.query;
      const headers: Record<string, string> = {};
      if (g.contentType && g.body !== null) headers['content-type'] = g.contentType;
      if (g.gzip && g.body !== null) headers['content-encoding'] = 'gzip';
      if (g.auth === 'valid') headers.authorization = `Bearer ${token}`;
      else if (g.auth !== null) headers.authorization = g.auth;
      if (g.key !== null) headers['idempotency-key'] = g.key;
      if (g.requestId !== null) headers['x-request-id'] = g.requestId;
      return { method: route.method.toUpperCase(), path, headers, body: g.body === null ? null : Buffer.isBuffer(g.body) ? g.body : Buffer.from(g.body, 'utf8') };
    });
}

// ---- the property ----------------------------------------------------------------------------

const describeRequest = (r: RawRequest) => `${r.method} ${r.path.slice(0, 200)} ${JSON.stringify(r.headers).slice(0, 300)} body=${r.body?.subarray(0, 200).toString('utf8') ?? '-'}`;

describe('fuzzing every route with malformed input', () => {
  it(`covers every route of the contract (${ALL_ROUTES.length}), with a fingerprint that sees a change`, async () => {
    expect(ALL_ROUTES.length).toBeGreaterThan(50);
    const before = fingerprint();
    // A refused sign-in adds only the rows a refusal may add.
    expect((await server.api('POST', '/api/auth/login', { body: { username: 'admin', password: 'salah-sekali' } })).status).toBe(401);
    expect(fingerprint()).toBe(before);
    // An accepted write changes it.
    expect((await server.api('POST', '/api/tickets', { body: { serviceId: 'kepesertaan' } })).status).toBe(201);
    expect(fingerprint()).not.toBe(before);
  });

  for (const route of ALL_ROUTES as readonly RouteContract[]) {
    it(`${routeKey(route)}: never 5xx, refusals in the JSON error shape, a refusal changes nothing`, async () => {
      await fc.assert(
        fc.asyncProperty(requestArbitrary(route), async (r) => {
          const before = fingerprint();
          const beforeCounts = counts();
          const answer = await send(r);
          const where = `${describeRequest(r)} -> ${answer.status} ${answer.text.slice(0, 300)}`;
          expect(answer.status, where).toBeLessThan(500);
          const declared = route.responses[answer.status];
          const json = answer.contentType.startsWith('application/json');
          if (answer.status >= 400 && !json && declared !== undefined && declared !== null && isNonJsonAnswer(declared)) {
            // A refusal the contract declares as a page of its own (the phone's "ticket not found" page).
            expect(answer.contentType, where).toContain(declared.contentType);
            expect(fingerprint(), `${where}: the database changed`).toBe(before);
          } else if (answer.status >= 400) {
            let body: unknown;
            try {
              body = JSON.parse(answer.text);
            } catch {
              body = answer.text;
            }
            expect(errorBodySchema.safeParse(body).success, where).toBe(true);
            expect(answer.contentType, where).toMatch(/^application\/json/);
            const after = fingerprint();
            if (after !== before) expect({ where, counts: counts() }).toEqual({ where, counts: beforeCounts });
            expect(after, `${where}: the database changed`).toBe(before);
          } else {
            // Accepted by chance (a valid token and a body that happens to pass, e.g. sign out):
            // a fresh session for the next runs; the change itself is the route's to make.
            token = await server.login();
          }
        }),
        { numRuns: RUNS, seed: process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined },
      );
    });
  }
});
