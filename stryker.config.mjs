// `npm run mutate`: mutation testing of the modules where a silent bug costs evidence or lets someone in.
// Incremental: results are kept in reports/mutation/incremental.json, so a rerun only tests what changed.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutate.config.mts' },
  checkers: ['typescript'],
  tsconfigFile: 'tsconfig.node.json',
  typescriptChecker: { prioritizePerformanceOverAccuracy: true },
  coverageAnalysis: 'perTest',
  mutate: [
    'src-main/vault/**/*.ts',
    'src-main/bundle/**/*.ts',
    'src-main/host/**/*.ts',
    'src-main/evidence/**/*.ts',
    'src-main/records/**/*.ts',
    'shared/format/**/*.ts',
    'shared/ipc/**/*.ts',
    'shared/text/**/*.ts',
    // Entry points only wire and print; they are covered end to end, not by unit tests.
    '!src-main/host/entry.ts',
    '!**/index.ts',
  ],
  incremental: true,
  incrementalFile: 'reports/mutation/incremental.json',
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 90, low: 80, break: null },
  concurrency: 2,
  timeoutMS: 30_000,
  tempDirName: '.stryker-tmp',
};
