import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, tempDir } from './cli-harness';

const CORPUS = join(__dirname, '..', '..', '..', 'fixtures', 'hostile', 'vaults');
const { passphrase, cases } = JSON.parse(readFileSync(join(CORPUS, 'cases.json'), 'utf8')) as {
  passphrase: string;
  cases: Array<{ name: string; attack: string; exit: number; expect: string[] }>;
};

describe('hostile vault corpus (tests/fixtures/hostile/vaults)', () => {
  it('holds the intact vault and five attacks on it', () => {
    expect(cases.map((c) => c.name)).toEqual(['intact', 'deleted-item', 'garbage-record', 'swapped-blobs', 'truncated-custody', 'emptied-custody-no-head']);
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s: tamga verify gives the expected verdict', async (_, c) => {
    // A copy: unlocking appends to the custody log, and the corpus must stay as generated.
    const data = join(tempDir(), 'data');
    cpSync(join(CORPUS, c.name), data, { recursive: true });
    const result = await cli(['--data-dir', data, 'verify'], `${passphrase}\n`);
    expect({ attack: c.attack, exit: result.code }).toEqual({ attack: c.attack, exit: c.exit });
    for (const line of c.expect) expect(result.text).toContain(line);
    if (c.exit !== 0) expect(result.text).not.toMatch(/^OK/m);
  });
});
