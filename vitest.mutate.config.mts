import { defineConfig } from 'vitest/config';

// The unit tests that guard the security core, for mutation testing (stryker.config.mjs). The SIGKILL crash
// tests are left out: they run the unmutated code in child processes, so they cannot kill a mutant.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/unit/main/**/*.test.ts', 'tests/unit/shared/{format,ipc,text}/**/*.test.ts'],
    exclude: ['tests/unit/main/**/sigkill-*.test.ts'],
    testTimeout: 60_000,
  },
});
