// Mutation run on the FAQ search (shared/faq/search/), kept apart from the shared/ run so it can be
// re-run on its own while the search is being reworked.
import { strykerConfig } from './stryker.base.mjs';

export default strykerConfig({
  name: 'faq-search',
  mutate: ['shared/faq/search/**/*.ts', '!shared/faq/search/**/*.test.ts'],
});
