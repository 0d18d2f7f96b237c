// The quick run on shared/: the same mutants, tested by shared/'s own tests only
// (vitest.shared-unit.config.ts). A lower bound of the full run's score, for checking one folder
// while working on it: npm run mutation:shared-unit -- --mutate 'shared/complaints/*.ts,!shared/**/*.test.ts'
import { strykerConfig } from './stryker.base.mjs';
import { SHARED_MUTATE } from './stryker.shared.config.mjs';

export default strykerConfig({ name: 'shared-unit', mutate: SHARED_MUTATE, vitestConfig: 'test/mutation/vitest.shared-unit.config.ts' });
