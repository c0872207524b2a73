// `npm test`: every check CI runs, in order, then one plain line `N passed, N failed` summing them all,
// so a run that executed no test is visible at a glance.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const results = [];
const run = (name, command, args) => {
  console.log(`\n── ${name}: ${command} ${args.join(' ')}`);
  const { status } = spawnSync(command, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  return status === 0;
};
const readJson = (path) => (existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : undefined);
const record = (suite, passed, failed) => {
  results.push({ suite, passed, failed });
  console.log(`   ${suite}: ${passed} passed, ${failed} failed`);
};

rmSync('test-results', { recursive: true, force: true });
mkdirSync('test-results', { recursive: true });

const lintOk = run('lint', 'npx', ['eslint', '.']);
record('lint', lintOk ? 1 : 0, lintOk ? 0 : 1);

// Four programs, one per runtime: each layer sees only its own globals (STYLE.md §2.1).
for (const program of ['shared', 'node', 'web', 'tools']) {
  const ok = run(`typecheck ${program}`, 'npx', ['tsc', '-p', `tsconfig.${program}.json`, '--noEmit']);
  record(`typecheck ${program}`, ok ? 1 : 0, ok ? 0 : 1);
}

const vitestOk = run('unit and component tests', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=test-results/vitest.json']);
const vitest = readJson('test-results/vitest.json');
record('unit + component', vitest?.numPassedTests ?? 0, (vitest?.numFailedTests ?? 0) + (vitest ? 0 : 1) + (vitestOk || vitest?.numFailedTests ? 0 : 1));

const buildOk = run('build', 'npx', ['electron-vite', 'build']);
record('build', buildOk ? 1 : 0, buildOk ? 0 : 1);
if (buildOk) {
  const e2eOk = run('end-to-end tests (Chromium)', 'npx', ['playwright', 'test']);
  const stats = readJson('test-results/e2e-report.json')?.stats;
  const failed = (stats?.unexpected ?? 0) + (stats?.flaky ?? 0);
  record('e2e', stats?.expected ?? 0, failed + (stats ? 0 : 1) + (e2eOk || failed ? 0 : 1));
}

const passed = results.reduce((sum, r) => sum + r.passed, 0);
const failed = results.reduce((sum, r) => sum + r.failed, 0);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
