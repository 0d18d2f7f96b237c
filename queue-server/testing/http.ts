/**
 * Runs the real app on port 0 for HTTP tests, with a staff login ready. `api()` checks every
 * answer against the contract (contract-check.ts).
 */
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { createApp, type AppOptions } from '../http/app.ts';
import { checkAnswer } from './contract-check.ts';
import { makeTestServices } from './fixtures.ts';

export async function startTestServer(options: Parameters<typeof makeTestServices>[0] & { app?: AppOptions } = {}) {
  const services = makeTestServices(options);
  await services.auth.prepare('admin:sandi-admin-uji');
  const app = createApp(services, { log: () => {}, ...options.app });
  const server: Server = await new Promise((resolve) => {
    const srv = app.listen(0, '127.0.0.1', () => resolve(srv));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  async function api(method: string, path: string, init: { body?: unknown; token?: string; key?: string; raw?: string; headers?: Record<string, string> } = {}) {
    const headers: Record<string, string> = { ...init.headers };
    if (init.body !== undefined || init.raw !== undefined) headers['content-type'] = 'application/json';
    if (init.token) headers.authorization = `Bearer ${init.token}`;
    if (init.key) headers['idempotency-key'] = init.key;
    const res = await fetch(url + path, { method, headers, body: init.raw ?? (init.body === undefined ? undefined : JSON.stringify(init.body)) });
    // Every answer a test gets is checked against the route's declared schema for its status.
    const { body } = checkAnswer(method, url + path, res.status, res.headers.get('content-type'), await res.text());
    return { status: res.status, body: body as Record<string, any>, headers: res.headers }; // eslint-disable-line @typescript-eslint/no-explicit-any -- test responses are inspected loosely, after the contract check
  }

  async function login(username = 'admin', password = 'sandi-admin-uji'): Promise<string> {
    const res = await api('POST', '/api/auth/login', { body: { username, password } });
    return res.body.token as string;
  }

  async function close(): Promise<void> {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    services.db.close();
  }

  return { services, url, api, login, close, server };
}
