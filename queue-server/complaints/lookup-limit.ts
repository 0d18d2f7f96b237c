/**
 * Lookups by reference + check code are limited per client address (a fixed window), so check
 * codes cannot be guessed at speed: 10 lookups a minute is plenty for a visitor and a phone.
 */
export class LookupLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(private readonly now: () => number, private readonly perMinute = 10) {}

  /** True when the request may go ahead. */
  take(client: string): boolean {
    const at = this.now();
    const w = this.windows.get(client);
    if (!w || at - w.start >= 60_000) {
      this.windows.set(client, { start: at, count: 1 });
      if (this.windows.size > 10_000) this.sweep(at);
      return true;
    }
    w.count += 1;
    return w.count <= this.perMinute;
  }

  private sweep(at: number): void {
    for (const [client, w] of this.windows) if (at - w.start >= 60_000) this.windows.delete(client);
  }
}
