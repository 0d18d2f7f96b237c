/**
 * The flood for login-flood.ts: N workers signing in wrongly, again and again, from 127.0.0.2
 * (a phone), until SIGTERM; then prints the attempts and the answers by status.
 * Usage: tsx test/bench/login-flood-client.ts <base url> <workers>
 */
import { Agent, request } from 'node:http';

const [base = '', workersText = '200'] = process.argv.slice(2);
const url = new URL(base);
const workers = Number(workersText);
const agent = new Agent({ keepAlive: true, maxSockets: workers, localAddress: '127.0.0.2' });
let running = true;
let attempts = 0;
const byStatus: Record<number, number> = {};

const once = (i: number) =>
  new Promise<void>((resolve) => {
    // Half guess the administrator's password, half try made-up names (each under its own lock).
    const body = JSON.stringify({ username: i % 2 ? 'admin' : `tamu${i}-${attempts}`, password: `tebakan-${attempts}` });
    const req = request(
      { host: url.hostname, port: url.port, path: '/api/auth/login', method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
      (res) => {
        attempts += 1;
        byStatus[res.statusCode ?? 0] = (byStatus[res.statusCode ?? 0] ?? 0) + 1;
        res.resume();
        res.on('end', () => resolve());
      },
    );
    req.on('error', () => setTimeout(resolve, 50));
    req.end(body);
  });

process.on('SIGTERM', () => {
  running = false;
  console.log(`${attempts} attempts by ${workers} workers, answers by status ${JSON.stringify(byStatus)}`);
  agent.destroy();
  process.exit(0);
});

for (let i = 0; i < workers; i++) {
  void (async () => {
    while (running) await once(i);
  })();
}
