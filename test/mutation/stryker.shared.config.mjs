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
    // The importer that turns the guide's text into data/faq.json (npm run faq:import): run by
    // developers, never by the product; its output is pinned by the golden tests in import/.
    '!shared/faq/import/**',
    // Measured by its own run (stryker.faq-search.config.mjs).
    '!shared/faq/search/**',
  ],
});
