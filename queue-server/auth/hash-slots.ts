/**
 * A small semaphore in front of the password hash. scrypt runs on libuv's four-thread pool, which
 * static files, the database file copy and printing also need; without a bound, a login flood
 * fills the pool and the console stops loading. At most `slots` hashes run at once and at most
 * `queue` wait; beyond that a sign-in is refused at once (429) instead of piling up.
 */
import { AppError } from '../../shared/errors.ts';

export class HashSlots {
  private running = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(
    private readonly slots: number,
    private readonly queue: number,
  ) {}

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.running >= this.slots) {
      if (this.waiting.length >= this.queue) {
        throw new AppError({ code: 'auth.rate_limited', message: 'Server sedang sibuk memeriksa kata sandi. Coba lagi beberapa detik lagi.' });
      }
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    } else {
      this.running += 1;
    }
    try {
      return await work();
    } finally {
      // Hand the slot straight to the next waiter (running stays the same), or free it.
      const next = this.waiting.shift();
      if (next) next();
      else this.running -= 1;
    }
  }

  get busy(): number {
    return this.running;
  }
}
