/**
 * Bench: does a login flood from one phone starve the branch? Runs the real queue-server (a child
 * process, production scrypt cost and limits) and measures ticket issuance latency and the
 * console page load (/counter/ with its scripts and styles), first idle, then while FLOOD
 * parallel wrong sign-ins (default 200) run without pause from 127.0.0.2. Prints both and the
 * ratio; the target is within 2x of idle.
 * Run: npx vite build && npm run bench:login-flood   (FLOOD=200 TICKETS=300 LOADS=30 to change)
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { REPO_ROOT, startServerProcess } from '../support/server-process.ts';
import { round, summarize } from './stats.ts';

const FLOOD = Number(process.env.FLOOD ?? 200);
const TICKETS = Number(process.env.TICKETS ?? 300);
const LOADS = Number(process.env.LOADS ?? 30);
const STATIC_DIR = process.env.STATIC_DIR ?? join(REPO_ROOT, 'dist');

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

async function issueTickets(base: string, n: number): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < n; i++) {
    samples.push(
      await timed(async () => {
        const res = await fetch(`${base}/api/tickets`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"serviceId":"jht"}' });
        if (res.status !== 201) throw new Error(`issue: HTTP ${res.status}`);
        await res.arrayBuffer();
      }),
    );
  }
  return samples;
}

async function loadConsole(base: string, n: number): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < n; i++) {
    samples.push(
      await timed(async () => {
        const page = await fetch(`${base}/counter/`);
        if (page.status !== 200) throw new Error(`/counter/: HTTP ${page.status}`);
        const html = await page.text();
        const assets = [...html.matchAll(/(?:src|href)="(\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
        await Promise.all(assets.map(async (a) => (await fetch(base + a)).arrayBuffer()));
      }),
    );
  }
  return samples;
}

/**
 * The flood runs in its own process (login-flood-client.ts), so its workers do not delay the
 * measuring client's event loop: what is measured is the server's slowdown.
 */
function startFlood(base: string): { stop: () => Promise<string> } {
  const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'login-flood-client.ts'), base, String(FLOOD)], { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  return {
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve(out.trim()));
        child.kill('SIGTERM');
      }),
  };
}

async function main(): Promise<void> {
  if (!existsSync(join(STATIC_DIR, 'counter', 'index.html'))) throw new Error(`No built console in ${STATIC_DIR}: run npx vite build first (or set STATIC_DIR).`);
  const dataDir = mkdtempSync(join(tmpdir(), 'kios-flood-'));
  const server = await startServerProcess({ DATA_DIR: dataDir, STATIC_DIR, QUEUE_BOOTSTRAP_ADMIN: 'admin:sandi-bench-rahasia' }, 60_000);
  try {
    // Warm up (JIT, page cache) before the idle figures.
    console.log(`server at ${server.url}; warming up`);
    await issueTickets(server.url, 30);
    await loadConsole(server.url, 5);
    const idleIssue = summarize(await issueTickets(server.url, TICKETS));
    const idleLoad = summarize(await loadConsole(server.url, LOADS));

    console.log(`idle measured; starting the flood`);
    const flood = startFlood(server.url);
    await new Promise((r) => setTimeout(r, 1000)); // let the flood reach its pace
    const t0 = performance.now();
    const floodIssue = summarize(await issueTickets(server.url, TICKETS));
    const floodLoad = summarize(await loadConsole(server.url, LOADS));
    const seconds = (performance.now() - t0) / 1000;
    const floodSummary = await flood.stop();

    console.log(`Login flood bench: ${FLOOD} parallel wrong sign-ins from 127.0.0.2 (production scrypt N=2^17, 1 hash slot, refusals held 1 s)`);
    console.log(`  flood during ${round(seconds, 1)} s of measuring: ${floodSummary}`);
    console.log(`  ticket issuance (ms)  idle ${JSON.stringify(idleIssue)}`);
    console.log(`                        flood ${JSON.stringify(floodIssue)}`);
    console.log(`  console page load (ms) idle ${JSON.stringify(idleLoad)}`);
    console.log(`                        flood ${JSON.stringify(floodLoad)}`);
    const issueRatio = round(floodIssue.p99 / idleIssue.p99);
    const loadRatio = round(floodLoad.p99 / idleLoad.p99);
    console.log(`  ratio flood/idle: issuance p99 ${issueRatio}x, console load p99 ${loadRatio}x (target within 2x)`);
    console.log(`  ratio flood/idle at p50: issuance ${round(floodIssue.p50 / idleIssue.p50)}x, console load ${round(floodLoad.p50 / idleLoad.p50)}x`);
  } finally {
    // The server drains keep-alive connections on SIGTERM; do not wait for that here.
    await Promise.race([server.kill(), new Promise((r) => setTimeout(r, 3000))]);
    await server.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
