/**
 * The fault proxy between the simulated branches and head office, at the HTTP client: each
 * request may be dropped before it leaves, delivered with its answer lost, delayed, delivered
 * twice, held back and delivered later after newer ones (reordered), or refused while the link is
 * cut. Held-back copies are real HTTP requests to head office, replayed by flush().
 */
import { rng } from './sim-branch.ts';

export interface FaultRates {
  drop: number;
  loseAnswer: number;
  duplicate: number;
  holdBack: number;
  delayMs: number;
}

export const CALM: FaultRates = { drop: 0, loseAnswer: 0, duplicate: 0, holdBack: 0, delayMs: 0 };

export class FaultProxy {
  rates: FaultRates;
  cut = new Set<string>();
  private readonly random;
  private held: { url: string; init: RequestInit }[] = [];
  readonly counts = { requests: 0, dropped: 0, answersLost: 0, duplicated: 0, heldBack: 0, refusedCut: 0, replayed: 0 };

  constructor(
    private readonly target: () => string,
    seed: number,
    rates: FaultRates = CALM,
  ) {
    this.random = rng(seed);
    this.rates = rates;
  }

  /** The fetch a branch's pusher uses: `branchCode` tells whose link it is (for cuts). */
  fetchFor(branchCode: string): typeof fetch {
    return async (input, init) => {
      this.counts.requests++;
      const url = this.rewrite(String(input instanceof Request ? input.url : input));
      if (this.cut.has(branchCode) || this.cut.has('*')) {
        this.counts.refusedCut++;
        throw new Error('ECONNREFUSED (jalur WAN terputus)');
      }
      const r = this.rates;
      if (this.random() < r.drop) {
        this.counts.dropped++;
        throw new Error('ETIMEDOUT (kiriman hilang)');
      }
      const copy: RequestInit = { method: init?.method, headers: init?.headers, body: init?.body };
      if (this.random() < r.holdBack) {
        // Delivered later, after newer requests: the branch sees a timeout now.
        this.counts.heldBack++;
        this.held.push({ url, init: copy });
        throw new Error('ETIMEDOUT (kiriman tertahan)');
      }
      if (r.delayMs > 0) await new Promise((res) => setTimeout(res, Math.floor(this.random() * r.delayMs)));
      const res = await fetch(url, { ...copy, signal: init?.signal ?? null });
      if (this.random() < r.duplicate) {
        this.counts.duplicated++;
        this.held.push({ url, init: copy });
      }
      if (this.random() < r.loseAnswer) {
        this.counts.answersLost++;
        await res.text();
        throw new Error('ECONNRESET (jawaban hilang)');
      }
      return res;
    };
  }

  /** Delivers what was held back or duplicated, in shuffled order (each is stale by now). */
  async flush(): Promise<void> {
    const batch = this.held;
    this.held = [];
    for (let i = batch.length - 1; i > 0; i--) {
      const j = Math.floor(this.random() * (i + 1));
      [batch[i], batch[j]] = [batch[j]!, batch[i]!];
    }
    for (const h of batch) {
      this.counts.replayed++;
      await fetch(this.rewrite(h.url), h.init).then((r) => r.text()).catch(() => undefined);
    }
  }

  get pending(): number {
    return this.held.length;
  }

  /** Head office may restart on another port: requests always go to the current one. */
  private rewrite(url: string): string {
    const u = new URL(url);
    return `${this.target()}${u.pathname}`;
  }
}
