import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import errors from '../../../../shared/i18n/en/errors.json';
import { cli, tempDir, vaultWithFile } from './cli-harness';

const PASS = 'secret phrase\n';
const TOOLS_HINT = 'install age, unzip and coreutils: bash .ci/run does';
const toolsMissing = spawnSync('sh', ['-c', 'command -v age && command -v unzip && command -v sha256sum']).status !== 0;


const leftIn = (dir: string) => (existsSync(dir) ? readdirSync(dir) : []);

describe('tamga export --to and receive of an .age bundle', () => {
  it('a bundle for a colleague’s age recipient: age -d and sha256sum -c check it by hand, and tamga receive takes it in', async () => {
    expect(toolsMissing, TOOLS_HINT).toBe(false);
    const sender = await vaultWithFile('протокол.txt', 'Протокол задержания, 12 марта');
    const recipient = await vaultWithFile('own.txt', 'my own file');
    const ageRecipient = (await cli(['--data-dir', recipient, 'age-recipient'], PASS)).text.trim();
    expect(ageRecipient).toMatch(/^age1[02-9ac-hj-np-z]{58}$/);

    const work = tempDir();
    const bundle = join(work, 'case.zip.age');
    const exported = await cli(['--data-dir', sender, 'export', '--out', bundle, '--to', ageRecipient], PASS);
    expect(exported.code, exported.stderr).toBe(0);
    const [zipSha256] = exported.text.trim().split(' ');

    const identity = await cli(['--data-dir', recipient, 'age-identity'], PASS);
    expect(identity.stderr).toMatch(/opens every bundle/);
    writeFileSync(join(work, 'key.txt'), identity.text, { mode: 0o600 });
    const sh = (command: string) => spawnSync('sh', ['-c', command], { cwd: work, encoding: 'utf8' });
    const opened = sh('age -d -i key.txt -o case.zip case.zip.age && sha256sum case.zip && unzip -q case.zip -d case && cd case && sha256sum -c SHA256SUMS');
    expect(opened.status, opened.stderr).toBe(0);
    expect(opened.stdout.split('\n')[0]!.slice(0, 64)).toBe(zipSha256);
    expect(opened.stdout).toContain('протокол.txt: OK');

    const received = await cli(['--data-dir', recipient, 'receive', '--yes', '--name', 'Айгүл', bundle], PASS);
    expect(received.code, received.stderr + received.text).toBe(0);
    expect(received.text).toMatch(/^RECEIVED [0-9a-f]{32} [0-9a-f]{64} протокол\.txt\nOK bundle [0-9a-f]{32} from Айгүл/);
    expect(leftIn(join(recipient, 'exports'))).toEqual([]);
    expect((await cli(['--data-dir', recipient, 'list'], PASS)).text.trim().split('\n')).toHaveLength(2);
  });

  it('someone the bundle was not encrypted for is told so, and nothing is written into their vault', async () => {
    const sender = await vaultWithFile('a.txt', 'for the legal team only');
    const recipient = await vaultWithFile('b.txt', 'b');
    const stranger = await vaultWithFile('c.txt', 'c');
    const bundle = join(tempDir(), 'case.zip.age');
    const to = (await cli(['--data-dir', recipient, 'age-recipient'], PASS)).text.trim();
    expect((await cli(['--data-dir', sender, 'export', '--out', bundle, '--to', to], PASS)).code).toBe(0);
    const before = (await cli(['--data-dir', stranger, 'list'], PASS)).text;

    const refused = await cli(['--data-dir', stranger, 'receive', '--yes', bundle], PASS);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe(`tamga: ${errors['bundle.ageNotForThisDevice']}\n`);
    expect((await cli(['--data-dir', stranger, 'list'], PASS)).text).toBe(before);
    expect(leftIn(join(stranger, 'exports'))).toEqual([]);

    const unknown = await cli(['--data-dir', sender, 'export', '--out', join(tempDir(), 'x.age'), '--to', 'ab'.repeat(16)], PASS);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain(errors['bundle.ageRecipientUnknown'].replace('{{fingerprint}}', 'ab'.repeat(16)));
    expect((await cli(['--data-dir', sender, 'export', '--out', 'x.age', '--to', to, '--passphrase'], PASS)).code).toBe(2);
  });

  it('with a passphrase: export asks for one, receive asks for it only because the file needs it, and a wrong one takes nothing', async () => {
    const sender = await vaultWithFile('a.txt', 'passphrase bundle');
    const recipient = await vaultWithFile('b.txt', 'b');
    const bundle = join(tempDir(), 'case.zip.age');
    const exported = await cli(['--data-dir', sender, 'export', '--out', bundle, '--passphrase'], `${PASS}river lantern copper\n`);
    expect(exported.code, exported.stderr).toBe(0);
    expect(readFileSync(bundle).subarray(0, 40).toString('latin1')).toMatch(/^age-encryption\.org\/v1\n-> scrypt /);

    const wrong = await cli(['--data-dir', recipient, 'receive', '--yes', bundle], `${PASS}river lantern zinc\n`);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toBe(`tamga: ${errors['bundle.agePassphraseWrong']}\n`);
    const right = await cli(['--data-dir', recipient, 'receive', '--yes', bundle], `${PASS}river lantern copper\n`);
    expect(right.code, right.stderr).toBe(0);
    expect(right.text).toMatch(/^RECEIVED .* a\.txt\n/);
  }, 60_000);
});
