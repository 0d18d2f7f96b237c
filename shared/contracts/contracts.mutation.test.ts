/**
 * The contract's own logic, tested on small route lists of our own (the real lists are checked by
 * the server's route walk and the README tests): the OpenAPI operation built from a route, the
 * common error codes by who may call, the README and role-matrix rows, the audit category of any
 * action, the error-body reader and the identity checks inside the complaint body.
 */
import { describe, expect, it } from 'vitest';
import { z } from './zod-mini.ts';
import { auditCategoryOf, auditLabelOf } from './audit.ts';
import { createComplaintBodySchema } from './complaints.ts';
import { createBranchBodySchema, HQ_ROUTES, overviewQuerySchema } from './hq-server.ts';
import { buildOpenApi } from './openapi.ts';
import { accessLabel, errorRowStart, routeRow } from './readme-tables.ts';
import { routeKey } from './registry.ts';
import { mayCall, ROLE_MATRIX_HEADER, roleMatrixRow } from './role-matrix.ts';
import { commonErrors, defineRoutes, deviceKindsOf, isNonJsonAnswer, type RouteContract } from './route-contract.ts';
import { errorBodySchema, errorOf, parseOrNull } from './wire.ts';

const okSchema = z.object({ ok: z.boolean() });

const getRoute = {
  method: 'get', path: '/api/things/{id}/parts/{part}', summary: 'Bagian benda', access: 'public',
  params: z.object({ id: z.string() }), query: z.object({ q: z.optional(z.string()), page: z.string() }),
  responses: { 200: okSchema, 204: null, 404: null },
} satisfies RouteContract;
const postRoute = {
  method: 'post', path: '/api/things/{id}/parts/{part}', summary: 'Buat bagian', access: 'staff', roles: ['admin', 'cso'], idempotent: true,
  body: z.object({ n: z.number() }), responses: { 201: okSchema, 200: { contentType: 'text/csv', description: 'Berkas CSV' } }, errors: ['counter.busy', 'ticket.wrong_state'],
} satisfies RouteContract;
const putRoute = {
  method: 'put', path: '/api/kiosk-thing', summary: 'Ubah', access: 'kiosk', body: z.optional(z.object({ a: z.optional(z.string()) })), responses: { 202: okSchema, 205: null },
} satisfies RouteContract;
const deleteRoute = { method: 'delete', path: '/api/staff-any', summary: 'Hapus', access: 'staff', loopback: true, responses: { 204: null } } satisfies RouteContract;
const routes = defineRoutes([getRoute, postRoute, putRoute, deleteRoute]);

describe('common error codes by route', () => {
  it('a plain public read can only fail inside the server', () => {
    expect(commonErrors({ method: 'get', path: '/p', summary: '', access: 'public', responses: {} })).toEqual(['internal', 'unavailable']);
  });

  it('inputs of any kind can be invalid; every write can be malformed or too large', () => {
    expect(commonErrors(getRoute)).toEqual(['internal', 'unavailable', 'request.invalid']);
    expect(commonErrors({ method: 'get', path: '/p', summary: '', access: 'public', query: okSchema, responses: {} })).toContain('request.invalid');
    expect(commonErrors({ method: 'get', path: '/p', summary: '', access: 'public', body: okSchema, responses: {} })).toContain('request.invalid');
    expect(commonErrors({ method: 'get', path: '/p', summary: '', access: 'public', idempotent: true, responses: {} })).toEqual(['internal', 'unavailable', 'request.invalid', 'idempotency.key_reused']);
  });

  it('staff routes need a session, and roles can forbid; kiosk routes refuse other machines; a write by cookie needs its CSRF token', () => {
    expect(commonErrors(postRoute)).toEqual(['internal', 'unavailable', 'request.invalid', 'request.malformed', 'request.too_large', 'idempotency.key_reused', 'auth.required', 'auth.forbidden', 'auth.csrf']);
    expect(commonErrors(deleteRoute)).toEqual(['internal', 'unavailable', 'request.malformed', 'request.too_large', 'auth.required', 'auth.csrf']);
    expect(commonErrors(putRoute)).toEqual(['internal', 'unavailable', 'request.invalid', 'request.malformed', 'request.too_large', 'kiosk.not_allowed', 'auth.csrf']);
    expect(commonErrors({ method: 'get', path: '/p', summary: '', access: 'kiosk', roles: ['admin'], responses: {} })).toEqual(['internal', 'unavailable', 'kiosk.not_allowed']);
  });

  it('a non-JSON answer is told apart from a schema and from no body', () => {
    expect(isNonJsonAnswer({ contentType: 'text/csv', description: 'x' })).toBe(true);
    expect(isNonJsonAnswer(okSchema)).toBe(false);
    expect(isNonJsonAnswer(null)).toBe(false);
  });
});

describe('the OpenAPI document', () => {
  const doc = buildOpenApi(routes, { version: '9.9.9', events: okSchema }) as {
    openapi: string; info: Record<string, string>; paths: Record<string, Record<string, Record<string, unknown>>>; components: Record<string, Record<string, unknown>>;
  };
  const op = (path: string, method: string) => doc.paths[path]?.[method] as Record<string, unknown>;

  it('says what it is, with the version, the bearer scheme and the shared schemas', () => {
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.info.title).toBe('Kios-K queue-server');
    expect(doc.info.version).toBe('9.9.9');
    expect(doc.info.description).toContain('components.schemas.QueueEvent');
    expect(doc.components.securitySchemes).toEqual({ staffToken: { type: 'http', scheme: 'bearer', description: 'Token dari POST /api/auth/login' } });
    expect(doc.components.schemas?.QueueEvent).toEqual({ type: 'object', properties: { ok: { type: 'boolean' } }, required: ['ok'], additionalProperties: false });
    expect(doc.components.schemas?.ErrorBody).not.toHaveProperty('$schema');
    expect(doc.components.schemas?.ErrorBody).toMatchObject({ type: 'object', required: ['error'] });
  });

  it('two methods on one path are both kept', () => {
    expect(Object.keys(doc.paths['/api/things/{id}/parts/{part}'] ?? {})).toEqual(['get', 'post']);
  });

  it('a read: declared and undeclared path names, required and optional query, answers with and without bodies', () => {
    const get = op('/api/things/{id}/parts/{part}', 'get');
    expect(get.operationId).toBe('get /api/things/{id}/parts/{part}');
    expect(get.summary).toBe('Bagian benda');
    expect(get['x-access']).toBe('public');
    expect(get).not.toHaveProperty('x-roles');
    expect(get).not.toHaveProperty('security');
    expect(get).not.toHaveProperty('requestBody');
    expect(get.parameters).toEqual([
      { name: 'id', in: 'path', required: true, schema: { type: 'string' } },
      { name: 'part', in: 'path', required: true, schema: { type: 'string' } },
      { name: 'q', in: 'query', required: false, schema: { type: 'string' } },
      { name: 'page', in: 'query', required: true, schema: { type: 'string' } },
    ]);
    expect(get.responses).toEqual({
      200: { description: 'OK', content: { 'application/json': { schema: { type: 'object', properties: { ok: { type: 'boolean' } }, required: ['ok'], additionalProperties: false } } } },
      204: { description: 'tanpa isi' },
      404: { description: 'tidak ditemukan' },
      500: { description: 'internal', content: { 'application/json': { schema: { $ref: '#/components/schemas/ErrorBody' } } } },
      503: { description: 'unavailable', content: { 'application/json': { schema: { $ref: '#/components/schemas/ErrorBody' } } } },
      400: { description: 'request.invalid', content: { 'application/json': { schema: { $ref: '#/components/schemas/ErrorBody' } } } },
    });
  });

  it('a staff write: roles, security, idempotency header, a required body, a file answer, errors grouped by status in order', () => {
    const post = op('/api/things/{id}/parts/{part}', 'post');
    expect(post['x-roles']).toEqual(['admin', 'cso']);
    expect(post.security).toEqual([{ staffToken: [] }]);
    expect(post.parameters).toEqual([
      { name: 'id', in: 'path', required: true, schema: { type: 'string' } },
      { name: 'part', in: 'path', required: true, schema: { type: 'string' } },
      { name: 'Idempotency-Key', in: 'header', required: false, description: 'Kirim ulang dengan kunci yang sama mendapat jawaban pertama', schema: { type: 'string', pattern: '^[A-Za-z0-9._:-]{8,128}$' } },
    ]);
    expect(post.requestBody).toMatchObject({ required: true, content: { 'application/json': { schema: { type: 'object', properties: { n: { type: 'number' } }, required: ['n'] } } } });
    expect(JSON.stringify(post.requestBody)).not.toContain('$schema');
    const responses = post.responses as Record<string, { description: string; content?: unknown }>;
    expect(responses['201']?.description).toBe('dibuat');
    expect(responses['200']).toEqual({ description: 'Berkas CSV', content: { 'text/csv': {} } });
    expect(Object.keys(responses)).toEqual(['200', '201', '400', '401', '403', '409', '413', '500', '503']);
    expect(responses['409']?.description).toBe('idempotency.key_reused, counter.busy, ticket.wrong_state');
    expect(responses['400']?.description).toBe('request.invalid, request.malformed');
    expect(responses['401']?.description).toBe('auth.required');
  });

  it('an optional body is not required; unknown statuses fall back to "OK" and "tanpa isi"', () => {
    const put = op('/api/kiosk-thing', 'put');
    expect(put.requestBody).toMatchObject({ required: false });
    expect(put.parameters).toEqual([]);
    expect(put).not.toHaveProperty('security');
    const responses = put.responses as Record<string, { description: string }>;
    expect(responses['202']?.description).toBe('OK');
    expect(responses['205']).toEqual({ description: 'tanpa isi' });
    expect(op('/api/staff-any', 'delete')).not.toHaveProperty('x-roles');
  });
});

describe('README and role-matrix rows', () => {
  it('access labels with roles and the idempotency key', () => {
    expect(accessLabel(getRoute)).toBe('public');
    expect(accessLabel(postRoute)).toBe('staff (admin, cso), Idempotency-Key');
    expect(accessLabel(deleteRoute)).toBe('staff');
    expect(accessLabel({ ...putRoute, roles: ['admin'] as const })).toBe('kiosk');
    expect(routeRow(putRoute)).toBe('| `PUT /api/kiosk-thing` | kiosk | Ubah |');
    expect(errorRowStart('counter.busy')).toBe('| `counter.busy` | 409 |');
    expect(routeKey(deleteRoute)).toBe('DELETE /api/staff-any');
  });

  it('who may call what', () => {
    expect(ROLE_MATRIX_HEADER).toBe('| route | no credentials | unpaired device | paired kiosk | paired counter_tablet | paired board | this machine | admin | supervisor | cso | complaint_officer |');
    expect(roleMatrixRow(getRoute)).toBe('| `GET /api/things/{id}/parts/{part}` | yes | yes | yes | yes | yes | yes | yes | yes | yes | yes |');
    expect(roleMatrixRow(postRoute)).toBe('| `POST /api/things/{id}/parts/{part}` | - | - | - | - | - | - | yes | - | yes | - |');
    expect(roleMatrixRow(putRoute)).toBe('| `PUT /api/kiosk-thing` | - | - | yes | - | - | yes | yes | yes | yes | yes |');
    expect(roleMatrixRow(deleteRoute)).toBe('| `DELETE /api/staff-any` | - | - | - | - | - | yes | yes | yes | yes | yes |');
    const { loopback: _loopback, ...notLoopback } = deleteRoute;
    expect(mayCall(notLoopback, 'this-machine')).toBe(false);
  });

  it('device kinds: a kiosk route admits the kiosk unless it names its kinds; other routes admit no device', () => {
    const tabletRoute = { ...putRoute, devices: ['counter_tablet'] as const };
    expect(deviceKindsOf(putRoute)).toEqual(['kiosk']);
    expect(deviceKindsOf(tabletRoute)).toEqual(['counter_tablet']);
    expect(deviceKindsOf({ ...postRoute, devices: ['board'] as const })).toEqual([]);
    expect(accessLabel(tabletRoute)).toBe('kiosk (counter_tablet)');
    expect(roleMatrixRow(tabletRoute)).toBe('| `PUT /api/kiosk-thing` | - | - | - | yes | - | yes | yes | yes | yes | yes |');
    expect(mayCall(putRoute, { device: 'board' })).toBe(false);
    expect(mayCall(putRoute, 'unpaired')).toBe(false);
    expect(mayCall(getRoute, 'unpaired')).toBe(true);
  });
});

describe('audit categories and labels', () => {
  it('known actions, suggestions, bare heads and unknown ones', () => {
    expect(auditCategoryOf('complaint.received')).toBe('complaint');
    expect(auditLabelOf('complaint.received')).toBe('Pengaduan diterima');
    expect(auditCategoryOf('suggestion.received')).toBe('complaint');
    expect(auditCategoryOf('queue.something_new')).toBe('queue');
    expect(auditCategoryOf('printer.jam')).toBeNull();
    expect(auditCategoryOf('')).toBeNull();
    expect(auditLabelOf('queue.something_new')).toBe('queue.something_new');
  });
});

describe('error bodies', () => {
  it('reads the error of an error answer only', () => {
    expect(errorOf({ error: { code: 'counter.busy', message: 'Loket sibuk' } })).toEqual({ code: 'counter.busy', message: 'Loket sibuk' });
    expect(errorOf({ error: { code: 'no.such_code', message: 'x' } })).toBeNull();
    expect(errorOf({ error: { code: 'counter.busy', message: '' } })).toBeNull();
    expect(errorOf({ ok: true })).toBeNull();
    expect(errorBodySchema.safeParse({ error: { code: 'internal', message: 'x'.repeat(501) } }).success).toBe(false);
    expect(parseOrNull(okSchema, { ok: true })).toEqual({ ok: true });
    expect(parseOrNull(okSchema, { ok: 'yes' })).toBeNull();
  });
});

describe('the complaint body runs the identity checks', () => {
  const body = {
    reporter: { name: 'Siti Aminah', nik: '3174055501900002', phone: '081234567890' },
    category: 'klaim-jht',
    description: 'Klaim JHT saya belum cair setelah tiga minggu.',
    consent: true,
  };

  it('accepts a good body and gives the checked values back', () => {
    const r = createComplaintBodySchema.safeParse({ ...body, occurredAt: '2026-11-20', ticketNumber: ' a-012 ' });
    expect(r.success).toBe(true);
    expect(r.data?.ticketNumber).toBe('A-012');
    expect(createComplaintBodySchema.safeParse({ ...body, occurredAt: '2026-11-20T09:00:00+07:00' }).success).toBe(true);
  });

  it('a failed check is an issue with its own message on the field', () => {
    const r = createComplaintBodySchema.safeParse({ ...body, reporter: { ...body.reporter, nik: '123' } });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.path.join('.'))).toEqual(['reporter.nik']);
    expect(r.error?.issues[0]?.message).not.toBe('');
    const missing = createComplaintBodySchema.safeParse({ ...body, reporter: { name: 'Siti Aminah', phone: '081234567890' } });
    expect(missing.error?.issues[0]?.message).toBe('NIK wajib diisi');
  });

  it('a date of occurrence that is neither a day nor an instant is refused', () => {
    const r = createComplaintBodySchema.safeParse({ ...body, occurredAt: 'kemarin' });
    expect(r.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['occurredAt', 'tanggal kejadian tidak valid']]);
  });
});

describe('the head-office contract', () => {
  it('lists its eleven routes, admin-only except login, logout and the branches\' ingest and configuration pull', () => {
    expect(HQ_ROUTES.map(routeKey)).toEqual([
      'POST /api/auth/login', 'POST /api/auth/logout', 'POST /api/hq/branches', 'GET /api/hq/branches',
      'GET /api/hq/branches/{code}/days/{day}', 'GET /api/hq/overview', 'POST /api/hq/ingest',
      'POST /api/hq/config', 'GET /api/hq/config', 'GET /api/hq/config/pull', 'POST /api/hq/branches/{code}/redeliveries',
    ]);
    expect(HQ_ROUTES.filter((r) => r.access === 'public').map(routeKey)).toEqual(['POST /api/auth/login', 'POST /api/hq/ingest', 'GET /api/hq/config/pull']);
    for (const r of HQ_ROUTES.filter((x) => 'roles' in x)) expect(r.roles, routeKey(r)).toEqual(['admin']);
  });

  it('a branch needs a name; the overview takes YYYY-MM-DD days', () => {
    expect(z.safeParse(createBranchBodySchema, { code: 'JKT01', name: ' Jakarta Salemba ' }).data).toEqual({ code: 'JKT01', name: 'Jakarta Salemba' });
    expect(z.safeParse(createBranchBodySchema, { code: 'JKT01', name: '   ' }).success).toBe(false);
    expect(z.safeParse(overviewQuerySchema, { from: '2026-11-01' }).success).toBe(true);
    expect(z.safeParse(overviewQuerySchema, { from: '1 November' }).success).toBe(false);
  });
});
