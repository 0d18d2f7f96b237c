/**
 * The branch's configuration puller: GET HQ_URL/api/hq/config/pull with the branch's key (the
 * pusher's credentials), outbound only, on its own schedule (every 5 minutes by default) with
 * exponential backoff and jitter on failure. It sends the ETag it holds (If-None-Match), so an
 * unchanged bundle is a 304 with no body, and says what it runs on (the version applied, one it
 * refused and why), which the head-office page shows per branch. Never inside a queue transaction.
 */
import { backoffMs } from './backoff.ts';
import type { HqConfigService, ReceiveOutcome } from './config-apply.ts';

export interface ConfigPullerOptions {
  hqUrl: string;
  branchCode: string;
  branchKey: string;
  config: HqConfigService;
  now: () => number;
  fetch?: typeof fetch;
  random?: () => number;
  pollMs?: number;
  baseBackoffMs?: number;
  maxBackoffMs?: number;
  timeoutMs?: number;
}

export type PullOutcome = { kind: 'not_modified' } | ReceiveOutcome | { kind: 'failed'; reason: string; retryInMs: number };

export class HqConfigPuller {
  private failures = 0;
  private stopped = false;
  private timer: NodeJS.Timeout | null = null;
  private inFlight: AbortController | null = null;

  constructor(private readonly o: ConfigPullerOptions) {}

  /** One pull; never throws: a failure only schedules the next try later. */
  async pullOnce(): Promise<PullOutcome> {
    const status = this.o.config.status();
    const url = new URL('/api/hq/config/pull', this.o.hqUrl);
    if (status.applied !== null) url.searchParams.set('applied', String(status.applied));
    if (status.refused !== null) {
      url.searchParams.set('refused', String(status.refused));
      url.searchParams.set('reason', (status.reason ?? '').slice(0, 300));
    }
    if (status.waitingUntil) url.searchParams.set('waitingUntil', status.waitingUntil);
    const controller = new AbortController();
    this.inFlight = controller;
    const timeout = setTimeout(() => controller.abort(new Error('waktu habis menunggu kantor pusat')), this.o.timeoutMs ?? 60_000);
    try {
      const res = await (this.o.fetch ?? fetch)(url, {
        headers: { authorization: `Bearer ${this.o.branchKey}`, 'x-branch-code': this.o.branchCode, ...(status.etag ? { 'if-none-match': status.etag } : {}) },
        signal: controller.signal,
      });
      if (res.status === 304) {
        this.o.config.notModified();
        this.failures = 0;
        return { kind: 'not_modified' };
      }
      const text = await res.text();
      if (!res.ok) throw new Error(`kantor pusat menjawab ${res.status}: ${text.slice(0, 200)}`);
      const outcome = this.o.config.receive(JSON.parse(text), res.headers.get('etag'));
      this.failures = 0;
      return outcome;
    } catch (error) {
      this.failures++;
      return { kind: 'failed', reason: error instanceof Error ? error.message : String(error), retryInMs: backoffMs(this.failures, this.o.random ?? Math.random, this.o.baseBackoffMs ?? 5000, this.o.maxBackoffMs ?? 30 * 60_000) };
    } finally {
      clearTimeout(timeout);
      this.inFlight = null;
    }
  }

  /** Pulls now, then every pollMs (or after the backoff) until stop(). Never keeps the process alive. */
  start(onOutcome: (o: PullOutcome) => void = () => undefined): () => void {
    this.stopped = false;
    const loop = async (): Promise<void> => {
      if (this.stopped) return;
      const outcome = await this.pullOnce();
      onOutcome(outcome);
      if (this.stopped) return;
      this.timer = setTimeout(() => void loop(), outcome.kind === 'failed' ? outcome.retryInMs : (this.o.pollMs ?? 5 * 60_000));
      this.timer.unref();
    };
    void loop();
    return () => this.stop();
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.inFlight?.abort(new Error('penarik konfigurasi dihentikan'));
  }
}
