import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, tempDir } from './cli-harness';

const PASS = 'secret phrase\n';

async function vaultWithFile(name: string, content: string) {
  const data = join(tempDir(), 'data');
  await cli(['--data-dir', data, 'init'], PASS);
  const file = join(tempDir(), name);
  writeFileSync(file, content);
  await cli(['--data-dir', data, 'import', file], PASS);
  return data;
}

describe('tamga receive', () => {
  it('takes a colleague\'s bundle in once the fingerprint is confirmed, and a second time changes nothing', async () => {
    const sender = await vaultWithFile('протокол.txt', 'Протокол задержания');
    const fingerprint = (await cli(['--data-dir', sender, 'fingerprint'], PASS)).text.trim().replace(/\s/g, '').slice(-32);
    const bundle = join(tempDir(), 'case.zip');
    expect((await cli(['--data-dir', sender, 'export', '--out', bundle], PASS)).code).toBe(0);

    const recipient = await vaultWithFile('own.txt', 'my own file');
    const unknown = await cli(['--data-dir', recipient, 'receive', bundle], PASS);
    expect(unknown.code).toBe(3);
    expect(unknown.text).toMatch(/^UNVERIFIED SIGNER [0-9a-f]{32}\n/);

    const first = await cli(['--data-dir', recipient, 'receive', '--expect', fingerprint, bundle], PASS);
    expect(first.code, first.stderr + first.text).toBe(0);
    expect(first.text).toMatch(/^RECEIVED [0-9a-f]{32} [0-9a-f]{64} протокол\.txt\nOK bundle [0-9a-f]+ from [0-9a-f]{32} \([0-9a-f]{32}\): 1 received, 0 already held\.\n$/);
    const second = await cli(['--data-dir', recipient, 'receive', bundle], PASS);
    expect(second.code).toBe(0);
    expect(second.text).toMatch(/^HELD .*\n.*0 received, 1 already held\.\n$/);
    expect((await cli(['--data-dir', recipient, 'list'], PASS)).text.trim().split('\n')).toHaveLength(2);
    expect((await cli(['--data-dir', recipient, 'verify'], PASS)).code).toBe(0);
  });
});
