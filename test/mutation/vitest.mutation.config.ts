/**
 * The vitest set Stryker runs: the repository's unit, property and HTTP tests, without the ones
 * that start other processes or browsers (crash test, e2e) or only check the import graph.
 */
import { defineConfig, mergeConfig } from 'vitest/config';
import base from '../../vite.config.ts';

export default mergeConfig(
  base,
  defineConfig({
    test: {
      exclude: ['node_modules/**', 'dist/**', 'test/e2e/**', 'test/crash.test.ts', 'test/import-direction.test.ts', 'test/bench/**', 'test/kiosk-initial-js.test.ts', '.stryker-tmp*/**'],
    },
  }),
);
