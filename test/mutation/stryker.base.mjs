/**
 * Stryker settings shared by the two mutation runs (shared/ and queue-server/engine/).
 * The machine is small, so: few workers, per-test coverage (a mutant only runs the tests that
 * reach it) and incremental mode (a re-run only tests mutants whose code or tests changed).
 */
export function strykerConfig({ name, mutate, vitestConfig = 'test/mutation/vitest.mutation.config.ts' }) {
  return {
    $schema: '../../node_modules/@stryker-mutator/core/schema/stryker-schema.json',
    testRunner: 'vitest',
    plugins: ['@stryker-mutator/vitest-runner'],
    vitest: { configFile: vitestConfig, related: true },
    coverageAnalysis: 'perTest',
    concurrency: 2,
    mutate,
    incremental: true,
    incrementalFile: `reports/mutation/${name}.incremental.json`,
    reporters: ['clear-text', 'progress', 'html', 'json'],
    htmlReporter: { fileName: `reports/mutation/${name}.html` },
    jsonReporter: { fileName: `reports/mutation/${name}.json` },
    clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true },
    // One sandbox folder per run, so two runs at once never clean up each other's.
    tempDirName: `.stryker-tmp-${name}`,
    // Not copied into the sandbox: other runs' sandboxes, reports, build output, local data.
    ignorePatterns: ['/.stryker-tmp*', '/reports', '/dist', '/data', '/test-results', '/test/artifacts'],
    cleanTempDir: true,
    ignoreStatic: true,
    thresholds: { high: 90, low: 85, break: null },
    timeoutMS: 10_000,
  };
}
