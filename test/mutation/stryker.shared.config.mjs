// Mutation run on the whole of shared/ (FAQ search and import, complaints, survey and calendar
// included) with the full vitest set: see test/mutation/README.md for the few files left out.
import { strykerConfig } from './stryker.base.mjs';

export const SHARED_MUTATE = [
  'shared/**/*.ts',
  '!shared/**/*.test.ts',
  '!shared/**/*.test-support.ts',
  // Command-line entry points (npm run faq:import, faq:search, bench:faq, survey:ikm, calendar):
  // they read files and print; the logic they call (faq/cli, faq/import, survey/, calendar/cli/args)
  // is mutated with the rest.
  '!shared/**/scripts/**',
  '!shared/calendar/cli/calendar-cli.ts',
];

export default strykerConfig({ name: 'shared', mutate: SHARED_MUTATE });
