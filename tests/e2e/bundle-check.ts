import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const TOOLS = ['unzip', 'sha256sum', 'openssl'];
const has = (tool: string) => spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0;
const run = (command: string, args: string[], cwd: string) => spawnSync(command, args, { cwd, encoding: 'utf8' });

/**
 * Checks a bundle the way a recipient without Tamga would (VERIFY.txt: unzip, sha256sum, openssl) and with Tamga's
 * own verifier told which signer to expect. A missing tool is a failure, never a skipped check.
 */
export function checkBundleAsRecipient(bundle: string, expectFingerprint: string): { tamga: ReturnType<typeof run>; sums: ReturnType<typeof run>; signature: ReturnType<typeof run>; files: string[] } {
  const missing = TOOLS.filter((tool) => !has(tool));
  if (missing.length > 0) throw new Error(`Cannot check the bundle as a recipient would: ${missing.join(', ')} missing (install unzip, coreutils and openssl; bash .ci/run does)`);
  const tamga = run(process.execPath, [resolve(__dirname, '../../bin/tamga.js'), 'verify-bundle', '--expect', expectFingerprint, bundle], tmpdir());
  const dir = mkdtempSync(join(tmpdir(), 'tamga-recipient-'));
  const unzip = run('unzip', ['-q', bundle, '-d', dir], tmpdir());
  if (unzip.status !== 0) throw new Error(`unzip refused the bundle: ${unzip.stdout}${unzip.stderr}`);
  const sums = run('sha256sum', ['-c', 'SHA256SUMS'], dir);
  const signature = run('openssl', ['pkeyutl', '-verify', '-pubin', '-inkey', 'device-key.pem', '-rawin', '-in', 'manifest.json', '-sigfile', 'manifest.sig.bin'], dir);
  return { tamga, sums, signature, files: readdirSync(dir) };
}
