/** Test fixtures: the real services on an in-memory database with a clock the test moves. */
import { readFileSync } from 'node:fs';
import type { BranchConfig } from '../../shared/contracts/branch-config.ts';
import type { Actor } from '../engine/actor.ts';
import { DEFAULT_BRANCH_CONFIG, parseBranchConfig } from '../config.ts';
import { buildServices, type ServiceOptions } from '../services.ts';
import { openDatabase } from '../store/database.ts';

export const defaultBranchConfig = (): BranchConfig =>
  parseBranchConfig(readFileSync(DEFAULT_BRANCH_CONFIG, 'utf8'), DEFAULT_BRANCH_CONFIG);

export class TestClock {
  /** How far the wall clock was set away from the time that really passed (jumpWall). */
  private jumped = 0;
  constructor(public ms: number) {}
  now = (): number => this.ms;
  /** The process's monotonic clock: moves with `ms`, but not when the wall clock is set (jumpWall). */
  monotonic = (): number => this.ms - this.jumped;
  /** Sets the wall clock by `deltaMs` (back when negative) without time passing. */
  jumpWall(deltaMs: number): void {
    this.ms += deltaMs;
    this.jumped += deltaMs;
  }
  advanceMinutes(minutes: number): void {
    this.ms += minutes * 60_000;
  }
  advanceSeconds(seconds: number): void {
    this.ms += seconds * 1000;
  }
}

/**
 * Tests hash at scrypt N=2^14 (the cost before issue 11) so the hundreds of sign-ins they make stay
 * fast; production uses OWASP_SCRYPT_COST (passwords.test.ts checks that default and the upgrade).
 */
export const TEST_PASSWORD_COST = { N: 2 ** 14, r: 8, p: 1 };

export function makeTestServices(options: { config?: BranchConfig; start?: string; dataDir?: string; auth?: ServiceOptions['auth']; devicePairing?: ServiceOptions['devicePairing']; clockGuard?: ServiceOptions['clockGuard']; newId?: () => string } = {}) {
  const clock = new TestClock(Date.parse(options.start ?? '2026-11-23T02:00:00Z'));
  let n = 0;
  const services = buildServices({
    db: openDatabase(options.dataDir ?? ':memory:'),
    config: options.config ?? defaultBranchConfig(),
    now: clock.now,
    newId: options.newId ?? (() => `t-${String(++n).padStart(6, '0')}`),
    // Refused sign-ins answered at once: tests count refusals, the production tarpit would only slow them.
    auth: { passwordCost: TEST_PASSWORD_COST, refusalDelayMs: 0, sessionClock: { wall: clock.now, monotonic: clock.monotonic, bootId: 'test-run' }, ...options.auth },
    ...(options.devicePairing ? { devicePairing: options.devicePairing } : {}),
    ...(options.clockGuard ? { clockGuard: options.clockGuard } : {}),
  });
  return { ...services, clock };
}

export const officer = (userId: number, username = `cso${userId}`): Actor => ({ userId, username, role: 'cso' });

/** A small branch: two services, two counters, easy to reason about in tests. */
export function smallBranchConfig(overrides: Partial<BranchConfig> = {}): BranchConfig {
  const base = defaultBranchConfig();
  return {
    ...base,
    services: [
      { id: 'jht', prefix: 'A', name: 'Klaim JHT', description: 'Klaim JHT.', defaultServiceMinutes: 10 },
      { id: 'info', prefix: 'D', name: 'Informasi', description: 'Informasi.', defaultServiceMinutes: 5 },
    ],
    counters: [
      { id: 'l1', name: 'Loket 1', spokenNumber: 1, serviceIds: ['jht'] },
      { id: 'l2', name: 'Loket 2', spokenNumber: 2, serviceIds: ['jht', 'info'] },
    ],
    ...overrides,
  };
}
