/**
 * The OpenAPI 3.1 document, built from the route lists and the event union of the contract with
 * zod's own JSON Schema output (OpenAPI 3.1 uses JSON Schema 2020-12 as is). Pure: the server
 * serves it at GET /api/openapi.json.
 */
import { z } from './zod-mini.ts';
import { ERROR_STATUS, type AppErrorCode } from '../errors.ts';
import { commonErrors, isNonJsonAnswer, type RouteContract, type Schema } from './route-contract.ts';
import { errorBodySchema } from './wire.ts';

type Json = Record<string, unknown>;

function jsonSchema(schema: Schema, io: 'input' | 'output'): Json {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' });
  return rest;
}

/** Path or query parameters from an object schema's properties. */
function parameters(schema: Schema | undefined, where: 'path' | 'query'): Json[] {
  if (!schema) return [];
  const object = jsonSchema(schema, 'input');
  const properties = (object.properties ?? {}) as Record<string, Json>;
  const required = new Set((object.required ?? []) as string[]);
  return Object.entries(properties).map(([name, s]) => ({ name, in: where, required: where === 'path' || required.has(name), schema: s }));
}

const STATUS_TEXT: Record<number, string> = { 200: 'OK', 201: 'dibuat', 204: 'tanpa isi', 404: 'tidak ditemukan' };

/** The path's {names}: from the params schema where the route declares one, else as plain strings. */
function pathParameters(route: RouteContract): Json[] {
  const declared = parameters(route.params, 'path');
  const named = new Set(declared.map((p) => p.name));
  const undeclared = [...route.path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1] ?? '').filter((name) => !named.has(name));
  return [...declared, ...undeclared.map((name) => ({ name, in: 'path', required: true, schema: { type: 'string' } }))];
}

function operation(route: RouteContract): Json {
  const responses: Record<string, Json> = {};
  for (const [status, answer] of Object.entries(route.responses)) {
    if (answer === null) responses[status] = { description: STATUS_TEXT[Number(status)] ?? 'tanpa isi' };
    else if (isNonJsonAnswer(answer)) responses[status] = { description: answer.description, content: { [answer.contentType]: {} } };
    else responses[status] = { description: STATUS_TEXT[Number(status)] ?? 'OK', content: { 'application/json': { schema: jsonSchema(answer, 'output') } } };
  }
  const byStatus = new Map<number, AppErrorCode[]>();
  for (const code of new Set([...commonErrors(route), ...(route.errors ?? [])])) {
    const status = ERROR_STATUS[code];
    byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
  }
  for (const [status, codes] of [...byStatus].sort(([a], [b]) => a - b)) {
    responses[String(status)] = { description: codes.join(', '), content: { 'application/json': { schema: { $ref: '#/components/schemas/ErrorBody' } } } };
  }
  const headers = route.idempotent
    ? [{ name: 'Idempotency-Key', in: 'header', required: false, description: 'Kirim ulang dengan kunci yang sama mendapat jawaban pertama', schema: { type: 'string', pattern: '^[A-Za-z0-9._:-]{8,128}$' } }]
    : [];
  const op: Json = {
    operationId: `${route.method} ${route.path}`,
    summary: route.summary,
    'x-access': route.access,
    parameters: [...pathParameters(route), ...parameters(route.query, 'query'), ...headers],
    responses,
  };
  if (route.roles) op['x-roles'] = route.roles;
  if (route.access === 'staff') op.security = [{ staffToken: [] }];
  if (route.body) {
    op.requestBody = { required: !z.safeParse(route.body, undefined).success, content: { 'application/json': { schema: jsonSchema(route.body, 'input') } } };
  }
  return op;
}

export function buildOpenApi(routes: readonly RouteContract[], options: { version: string; events: Schema }): Json {
  const paths: Record<string, Json> = {};
  for (const route of routes) paths[route.path] = { ...paths[route.path], [route.method]: operation(route) };
  return {
    openapi: '3.1.0',
    info: {
      title: 'Kios-K queue-server',
      version: options.version,
      description: 'Antrean dan kios cabang BPJS Ketenagakerjaan. Galat: {error: {code, message, details?}} dengan kode domain; peristiwa SSE: components.schemas.QueueEvent.',
    },
    paths,
    components: {
      securitySchemes: { staffToken: { type: 'http', scheme: 'bearer', description: 'Token dari POST /api/auth/login' } },
      schemas: { ErrorBody: jsonSchema(errorBodySchema, 'output'), QueueEvent: jsonSchema(options.events, 'output') },
    },
  };
}
