// Mutation run on shared/: see test/mutation/README.md for what is excluded and why.
import { strykerConfig } from './stryker.base.mjs';

export default strykerConfig({
  name: 'shared',
  mutate: [
    'shared/**/*.ts',
    '!shared/**/*.test.ts',
    '!shared/**/*.test-support.ts',
    '!shared/faq/scripts/**',
    '!shared/faq/cli/**',
    '!shared/faq/quality/**',
    // Measured by its own run (stryker.faq-search.config.mjs).
    '!shared/faq/search/**',
  ],
});
