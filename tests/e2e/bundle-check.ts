import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const has = (tool: string) => spawnSync('which', [tool]).status === 0;
const run = (command: string, args: string[], cwd: string) => spawnSync(command, args, { cwd, encoding: 'utf8' });

/**
 * Checks a bundle the way a recipient without Tamga would (VERIFY.txt: unzip, sha256sum, openssl), where those
 * tools exist, and always with Tamga's own verifier. Returns what each said.
 */
export function checkBundleAsRecipient(bundle: string): { tamga: ReturnType<typeof run>; sums?: ReturnType<typeof run>; signature?: ReturnType<typeof run>; files: string[] } {
  const tamga = run(process.execPath, [resolve(__dirname, '../../bin/tamga.js'), 'verify-bundle', bundle], tmpdir());
  if (!has('unzip')) return { tamga, files: [] };
  const dir = mkdtempSync(join(tmpdir(), 'tamga-recipient-'));
  run('unzip', ['-q', bundle, '-d', dir], tmpdir());
  const sums = has('sha256sum') ? run('sha256sum', ['-c', 'SHA256SUMS'], dir) : undefined;
  const signature = has('openssl')
    ? run('openssl', ['pkeyutl', '-verify', '-pubin', '-inkey', 'device-key.pem', '-rawin', '-in', 'manifest.json', '-sigfile', 'manifest.sig.bin'], dir)
    : undefined;
  return { tamga, sums, signature, files: readdirSync(dir) };
}
