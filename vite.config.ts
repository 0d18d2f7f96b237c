import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['shared/**/*.test.ts', 'hardware/**/*.test.ts', 'queue-server/**/*.test.ts', 'kiosk/**/*.test.{ts,tsx}', 'test/**/*.test.ts'],
    exclude: ['node_modules/**', 'dist/**', 'test/e2e/**'],
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
});
