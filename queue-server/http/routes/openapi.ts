/** GET /api/openapi.json: the contract (shared/contracts/registry.ts) as OpenAPI 3.1, built once. */
import { Router } from 'express';
import { buildOpenApi } from '../../../shared/contracts/openapi.ts';
import { ALL_ROUTES, queueEventSchema } from '../../../shared/contracts/registry.ts';

export const SERVER_API_VERSION = '0.1.0';

export function openApiRoutes(): Router {
  const r = Router();
  let document: object | null = null;
  r.get('/api/openapi.json', (_req, res) => {
    document ??= buildOpenApi(ALL_ROUTES, { version: SERVER_API_VERSION, events: queueEventSchema });
    res.json(document);
  });
  return r;
}
