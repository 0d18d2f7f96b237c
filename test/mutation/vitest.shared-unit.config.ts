/**
 * The vitest set of the quick shared/ mutation run: shared/'s own unit and property tests only.
 * shared/ is pure domain, so its tests are fast; the server's HTTP tests, which also reach shared/
 * (contracts, i18n), are left out to keep a run short on a small machine. A mutant they would kill
 * counts as survived here, so the score is a lower bound of the whole suite's.
 *
 * The include list REPLACES the base one: vite's mergeConfig concatenates arrays, so merging
 * `include: ['shared/**']` into the base config ran every test of the repository (the HTTP and
 * head-office PostgreSQL tests, the crash test and the benchmarks too) until 2 December 2026.
 */
import { defineConfig } from 'vitest/config';
import base from '../../vite.config.ts';

export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: ['shared/**/*.test.ts'],
    exclude: ['node_modules/**', 'dist/**', '.stryker-tmp*/**'],
  },
});
