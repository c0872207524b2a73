import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifyCommands } from '../../../../src-main/bundle/bundle-documents';
import { entriesOf, exportedBundle, text } from './bundle-fixture';

const TOOLS = ['unzip', 'sha256sum', 'openssl'];
const missing = TOOLS.filter((tool) => spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0);
const sh = (command: string, cwd: string) => spawnSync('sh', ['-c', command], { cwd, encoding: 'utf8' });

describe('VERIFY.txt', () => {
  it('lists exactly the commands checked below', async () => {
    const { path } = await exportedBundle();
    const verifyTxt = text(entriesOf(path)['VERIFY.txt']);
    for (const command of [verifyCommands.unpack('BUNDLE.zip'), verifyCommands.sums, verifyCommands.sumsSignature, verifyCommands.manifestSignature, verifyCommands.fingerprint]) {
      expect(verifyTxt).toContain(command);
    }
  });

  it('its commands succeed with unzip, sha256sum and openssl, and sha256sum catches a changed file', async () => {
    // A recipient has these tools; a machine that lacks one cannot show the instructions work, so it fails here.
    expect(missing, `missing ${missing.join(', ')}: install unzip, coreutils and openssl (bash .ci/run does)`).toEqual([]);
    const { path, dir, vault } = await exportedBundle();
    execFileSync('cp', [path, join(dir, 'BUNDLE.zip')]);
    expect(sh(verifyCommands.unpack('BUNDLE.zip'), dir).status).toBe(0);
    const unpacked = join(dir, 'bundle');
    const sums = sh(verifyCommands.sums, unpacked);
    expect(sums.status, sums.stdout + sums.stderr).toBe(0);
    expect(sums.stdout.trim().split('\n').every((line) => line.endsWith(': OK'))).toBe(true);
    expect(sums.stdout).toContain('протокол допроса.txt: OK');
    for (const command of [verifyCommands.manifestSignature, verifyCommands.sumsSignature]) {
      const result = sh(command, unpacked);
      expect(result.stdout + result.stderr).toContain('Signature Verified Successfully');
      expect(result.status).toBe(0);
    }
    expect(sh(verifyCommands.fingerprint, unpacked).stdout.trim()).toBe(vault.deviceIdentity().fingerprint);

    const exhibit = join(unpacked, text(Buffer.from(readFileSync(join(unpacked, 'SHA256SUMS')))).trim().split('\n').at(-1)!.slice(66));
    writeFileSync(exhibit, Buffer.concat([readFileSync(exhibit), Buffer.from('!')]));
    const after = sh(verifyCommands.sums, unpacked);
    expect(after.status).not.toBe(0);
    expect(after.stdout).toMatch(/: FAILED$/m);
  });
});
