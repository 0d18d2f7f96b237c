/** GET /api/openapi.json: valid JSON, OpenAPI 3.1, every route of the contract with its answers. */
import { afterEach, describe, expect, it } from 'vitest';
import { ALL_ROUTES } from '../../shared/contracts/registry.ts';
import type { RouteContract } from '../../shared/contracts/route-contract.ts';
import { ERROR_STATUS } from '../../shared/errors.ts';
import { startTestServer } from '../testing/http.ts';

type TestServer = Awaited<ReturnType<typeof startTestServer>>;
let server: TestServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

interface Operation {
  operationId: string;
  summary: string;
  parameters: Array<{ name: string; in: string; required: boolean }>;
  responses: Record<string, { description: string; content?: Record<string, { schema?: unknown }> }>;
  requestBody?: unknown;
  security?: unknown;
}

describe('OpenAPI document', () => {
  it('is JSON, OpenAPI 3.1, and lists every declared route with its parameters, answers and errors', async () => {
    server = await startTestServer();
    const res = await fetch(`${server.url}/api/openapi.json`);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const text = await res.text();
    const doc = JSON.parse(text) as { openapi: string; info: { title: string; version: string }; paths: Record<string, Record<string, Operation>>; components: { schemas: Record<string, unknown> } };
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.info.title).toBeTruthy();
    expect(JSON.stringify(doc)).toBe(text);

    const listed = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m} ${path}`));
    expect(listed.sort()).toEqual(ALL_ROUTES.map((r) => `${r.method} ${r.path}`).sort());
    const ids = new Set<string>();
    const routes: readonly RouteContract[] = ALL_ROUTES;
    for (const route of routes) {
      const op = doc.paths[route.path]?.[route.method];
      if (!op) throw new Error(`missing ${route.method} ${route.path}`);
      expect(ids.has(op.operationId)).toBe(false);
      ids.add(op.operationId);
      expect(op.summary).toBe(route.summary);
      // Every {param} of the path is a required path parameter.
      for (const [, name] of route.path.matchAll(/\{([^}]+)\}/g)) expect(op.parameters).toContainEqual(expect.objectContaining({ name, in: 'path', required: true }));
      for (const status of Object.keys(route.responses)) expect(op.responses[status]).toBeDefined();
      for (const code of route.errors ?? []) expect(op.responses[String(ERROR_STATUS[code])]?.description).toContain(code);
      expect(op.requestBody !== undefined).toBe(route.body !== undefined);
      expect(op.security !== undefined).toBe(route.access === 'staff');
      if (route.idempotent) expect(op.parameters).toContainEqual(expect.objectContaining({ name: 'Idempotency-Key', in: 'header' }));
    }
    // Every $ref points at a schema the document has.
    for (const [, name] of text.matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)) expect(doc.components.schemas[name ?? '']).toBeDefined();
    expect(JSON.stringify(doc.components.schemas.QueueEvent)).toContain('ticket.called');
  });
});
