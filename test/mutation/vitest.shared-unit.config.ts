/**
 * The vitest set of the quick shared/ mutation run: shared/'s own unit and property tests only.
 * shared/ is pure domain, so its tests are fast; the server's HTTP tests, which also reach shared/
 * (contracts, i18n), are left out to keep a run within an evening on a small machine. A mutant
 * they would kill counts as survived here, so the score is a lower bound of the whole suite's.
 */
import { defineConfig, mergeConfig } from 'vitest/config';
import base from '../../vite.config.ts';

export default mergeConfig(
  base,
  defineConfig({
    test: {
      include: ['shared/**/*.test.ts'],
      exclude: ['node_modules/**', 'dist/**', '.stryker-tmp*/**'],
    },
  }),
);
