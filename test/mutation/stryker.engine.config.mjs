// Mutation run on queue-server/engine/: see test/mutation/README.md.
import { strykerConfig } from './stryker.base.mjs';

export default strykerConfig({
  name: 'engine',
  mutate: ['queue-server/engine/**/*.ts', '!queue-server/engine/**/*.test.ts'],
});
