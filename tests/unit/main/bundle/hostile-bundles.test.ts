import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifyBundle } from '../../../../src-main/bundle';
import { makeHostileBundles, type HostileBundle } from '../../../fixtures/hostile/make-hostile-bundles';
import { cli } from '../cli/cli-harness';
import { tempDir } from '../vault/temp-vault';

const CORPUS = join(__dirname, '..', '..', '..', 'fixtures', 'hostile', 'bundles');
const { expect: owner, cases } = JSON.parse(readFileSync(join(CORPUS, 'cases.json'), 'utf8')) as { expect: string; cases: HostileBundle[] };

describe('the hostile bundle corpus', () => {
  it('is what its generator writes, byte for byte', async () => {
    const again = tempDir();
    await makeHostileBundles(again);
    expect(readdirSync(again).sort()).toEqual(readdirSync(CORPUS).sort());
    for (const name of readdirSync(CORPUS)) expect(readFileSync(join(again, name)).equals(readFileSync(join(CORPUS, name))), name).toBe(true);
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s is judged as recorded', async (name, hostile) => {
    const report = await verifyBundle(join(CORPUS, name));
    expect(report.problems).toEqual(hostile.problems);
    expect(report.ok).toBe(hostile.problems.length === 0);
    const verdict = await cli(['verify-bundle', '--expect', owner, join(CORPUS, name)]);
    expect(verdict.code, verdict.text + verdict.stderr).toBe(hostile.exit);
  });

  it('names the intact bundle an unverified signer without --expect', async () => {
    const verdict = await cli(['verify-bundle', join(CORPUS, 'intact.zip')]);
    expect(verdict.code).toBe(3);
    expect(verdict.text).toMatch(new RegExp(`^UNVERIFIED SIGNER ${owner}$`, 'm'));
  });
});
