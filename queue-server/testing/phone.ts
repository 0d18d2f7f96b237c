/**
 * A visitor's phone on the branch network, for HTTP tests: requests bound to another loopback
 * address (127.0.0.2 …), so the server sees an address that is neither this machine nor a kiosk.
 */
import { request } from 'node:http';

export interface PhoneAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  json: () => Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- tests inspect answers loosely
}

export function phoneRequest(
  baseUrl: string,
  method: string,
  path: string,
  init: { from?: string; body?: unknown; headers?: Record<string, string>; /** Answer at the status line and hang up (an event stream never ends). */ headersOnly?: boolean } = {},
): Promise<PhoneAnswer> {
  const url = new URL(path, baseUrl);
  const body = init.body === undefined ? undefined : JSON.stringify(init.body);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname + url.search,
        method,
        localAddress: init.from ?? '127.0.0.2',
        // A fresh connection per request, like many phones.
        agent: false,
        headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...init.headers },
      },
      (res) => {
        if (init.headersOnly && res.statusCode === 200) {
          resolve({ status: res.statusCode, headers: res.headers, text: '', json: () => ({}) });
          req.destroy();
          return;
        }
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json: () => JSON.parse(text) as Record<string, any> }); // eslint-disable-line @typescript-eslint/no-explicit-any -- see PhoneAnswer
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    if (body !== undefined) req.write(body);
    req.end();
  });
}
