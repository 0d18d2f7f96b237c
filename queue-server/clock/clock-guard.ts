/**
 * The server's time, guarded against a wall clock that jumps (issue 11: set a day back, A-001 was
 * issued again; a day forward, every waiting ticket expired).
 *
 * The rule (README "How the queue works"): the server's time follows the wall clock only while
 * the wall clock agrees with the monotonic clock (process.hrtime / performance.now, which no
 * `date -s`, NTP step or hand-set clock moves) to within JUMP_THRESHOLD_MS. When they disagree by
 * more, the wall clock has jumped: the server keeps counting on the monotonic clock from the last
 * moment both agreed, logs the jump once, shows it to the supervisor, and waits until either the
 * wall clock comes back in line (someone corrected it) or a supervisor confirms that the wall
 * clock is now right (confirm()). So a clock set back never reissues a number, and a clock set
 * forward never closes the service day while visitors wait. The answer never goes backwards
 * (timestamps keep their order), except once, when a supervisor confirms an earlier clock.
 *
 * Across a restart there is no monotonic clock to compare with: the latest moment the database
 * already recorded stands in for it. A wall clock earlier than that (by more than the threshold)
 * is a backward jump, held the same way; a later one cannot be told from the time the server was
 * off, and is taken as it is.
 *
 * No IO here: the wall and monotonic clocks and the database's latest moment are passed in, so
 * tests drive it with simulated clocks.
 */
import type { ClockStatus } from '../../shared/contracts/clock.ts';

/** More than this between the wall clock and the monotonic count is a jump, not drift or an NTP slew. */
export const JUMP_THRESHOLD_MS = 5 * 60_000;

export interface ClockGuardOptions {
  /** The wall clock (Date.now, plus QUEUE_CLOCK_OFFSET_MS in drills). */
  wall: () => number;
  /** A monotonic clock in milliseconds (performance.now). */
  monotonic: () => number;
  /** The latest moment the database recorded (ms), or null for an empty one: the restart check. */
  latestRecorded: number | null;
  thresholdMs?: number;
  /** Told when a jump is first seen, when the wall clock comes back in line, and when a supervisor confirms. */
  onChange?: (change: ClockChange) => void;
}

export type ClockChange =
  | { kind: 'jump'; direction: 'forward' | 'backward'; offsetMs: number; wallAt: number; serverAt: number; atStartUp: boolean }
  | { kind: 'back_in_line'; wallAt: number }
  | { kind: 'confirmed'; direction: 'forward' | 'backward'; offsetMs: number; wallAt: number; by: string };

interface Jump {
  direction: 'forward' | 'backward';
  /** The server's time when the jump was seen. */
  since: number;
}

export class ClockGuard {
  private readonly threshold: number;
  /** The server's time at `anchorMono` on the monotonic clock. */
  private anchorAt: number;
  private anchorMono: number;
  private last = Number.NEGATIVE_INFINITY;
  private jump: Jump | null = null;

  constructor(private readonly o: ClockGuardOptions) {
    this.threshold = o.thresholdMs ?? JUMP_THRESHOLD_MS;
    const wall = o.wall();
    this.anchorMono = o.monotonic();
    this.anchorAt = wall;
    if (o.latestRecorded !== null && o.latestRecorded - wall > this.threshold) {
      // Started with a clock earlier than what is already written: go on from what is written.
      this.anchorAt = o.latestRecorded;
      this.jump = { direction: 'backward', since: o.latestRecorded };
      o.onChange?.({ kind: 'jump', direction: 'backward', offsetMs: wall - o.latestRecorded, wallAt: wall, serverAt: o.latestRecorded, atStartUp: true });
    }
  }

  /** The server's time in ms: checked against the monotonic clock on every call (every write path and the housekeeping tick call it). */
  readonly now = (): number => {
    const wall = this.o.wall();
    const mono = this.o.monotonic();
    // Whole milliseconds, as Date.now gives: performance.now has fractions, and ids and columns take integers.
    const counted = Math.floor(this.anchorAt + (mono - this.anchorMono));
    const offset = wall - counted;
    let at: number;
    if (Math.abs(offset) <= this.threshold) {
      if (this.jump) this.o.onChange?.({ kind: 'back_in_line', wallAt: wall });
      this.jump = null;
      // Following the wall clock again: small drift and NTP slews pass through as they are.
      this.anchorAt = wall;
      this.anchorMono = mono;
      at = wall;
    } else {
      const direction = offset > 0 ? 'forward' : 'backward';
      if (this.jump?.direction !== direction) {
        this.jump = { direction, since: counted };
        this.o.onChange?.({ kind: 'jump', direction, offsetMs: offset, wallAt: wall, serverAt: counted, atStartUp: false });
      }
      at = counted;
    }
    // Never backwards: a small step back (under the threshold) waits for the clock to catch up.
    this.last = Math.max(this.last, at);
    return this.last;
  };

  status(): ClockStatus {
    const serverAt = this.now();
    const wallAt = this.o.wall();
    return {
      state: this.jump ? 'jumped' : 'ok',
      direction: this.jump?.direction ?? null,
      serverTime: new Date(serverAt).toISOString(),
      wallTime: new Date(wallAt).toISOString(),
      offsetMs: this.jump ? wallAt - serverAt : 0,
      since: this.jump ? new Date(this.jump.since).toISOString() : null,
      thresholdMs: this.threshold,
    };
  }

  /**
   * A supervisor says the wall clock is right now: the server follows it from here. Answers what
   * was confirmed, or null when there was no jump to confirm. The service day still never moves
   * back (QueueEngine.today), so even a confirmed earlier clock reissues no number.
   */
  confirm(by: string): ClockChange | null {
    const before = this.status();
    if (!this.jump || before.direction === null) return null;
    const wall = this.o.wall();
    this.anchorAt = wall;
    this.anchorMono = this.o.monotonic();
    this.last = wall;
    this.jump = null;
    const change: ClockChange = { kind: 'confirmed', direction: before.direction, offsetMs: before.offsetMs, wallAt: wall, by };
    this.o.onChange?.(change);
    return change;
  }
}
