import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decryptBundleFile, encryptBundleFile, isAgeFile, withPlainBundle } from '../../../../src-main/bundle/bundle-encryption';
import { verifyBundle } from '../../../../src-main/bundle/verify-bundle';
import type { VaultService } from '../../../../src-main/vault';
import { codeOf, openTestVault, tempDir } from '../vault/temp-vault';
import { exportedBundle } from './bundle-fixture';

// Debian's `age` is how a recipient without Tamga opens a bundle; without it the interoperability is unproven.
const ageMissing = spawnSync('sh', ['-c', 'command -v age && command -v script']).status !== 0;
const AGE_HINT = 'install age (and bsdutils for script): bash .ci/run does';

/** A low scrypt cost keeps the passphrase tests quick; age accepts any cost up to its own limit. */
const FAST_SCRYPT = { scryptWorkFactor: 10 };

/** Test vaults are disposed after each test, so each test makes the vault it encrypts to. */
async function vault(passphrase = 'recipient passphrase'): Promise<VaultService> {
  const made = openTestVault();
  await made.create(passphrase);
  return made;
}

function age(args: string[], cwd: string) {
  return spawnSync('age', args, { cwd, encoding: 'utf8' });
}

/**
 * age reads a passphrase only from a terminal, never from a pipe; `script` gives it one. The passphrase is typed
 * when age asks for it (twice when encrypting, as age confirms it).
 */
function ageWithPassphrase(args: string[], passphrase: string, cwd: string): Promise<{ status: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn('script', ['-q', '-e', '-c', ['age', ...args].map((a) => `'${a}'`).join(' '), '/dev/null'], { cwd });
    let output = '';
    let asked = 0;
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const prompts = output.split(/passphrase/i).length - 1;
      for (; asked < prompts; asked++) child.stdin.write(`${passphrase}\r`);
    });
    child.on('close', (status) => resolve({ status, output }));
  });
}

const filesIn = (dir: string) => (existsSync(dir) ? readdirSync(dir) : []);

describe('bundles encrypted with age', () => {
  it('ours to a vault’s recipient opens with `age -d -i` and the identity the vault exports in age’s text form', async () => {
    expect(ageMissing, AGE_HINT).toBe(false);
    const { path, dir } = await exportedBundle();
    const recipient = await vault();
    const out = join(dir, 'bundle.zip.age');
    const encrypted = await encryptBundleFile(path, out, { recipients: [recipient.ageRecipient()] });
    expect(await isAgeFile(out)).toBe(true);
    expect(readFileSync(out).subarray(0, 22).toString('latin1')).toBe('age-encryption.org/v1\n');
    expect(spawnSync('sha256sum', [out], { encoding: 'utf8' }).stdout.slice(0, 64)).toBe(encrypted.sha256);

    writeFileSync(join(dir, 'key.txt'), `${await recipient.exportAgeSecretKey()}\n`, { mode: 0o600 });
    const opened = age(['-d', '-i', 'key.txt', '-o', 'opened.zip', 'bundle.zip.age'], dir);
    expect(opened.status, opened.stderr).toBe(0);
    expect(readFileSync(join(dir, 'opened.zip')).equals(readFileSync(path))).toBe(true);
  });

  it('`age -r` to this device decrypts here into the data folder, verifies, and the plain copy is gone afterwards', async () => {
    expect(ageMissing, AGE_HINT).toBe(false);
    const { path, dir } = await exportedBundle();
    const recipient = await vault();
    const sealed = age(['-r', recipient.ageRecipient(), '-o', 'from-age.age', path], dir);
    expect(sealed.status, sealed.stderr).toBe(0);
    const temp = join(tempDir(), 'exports');
    const plain = await decryptBundleFile(join(dir, 'from-age.age'), temp, { vault: recipient });
    expect(plain.startsWith(temp)).toBe(true);
    expect(readFileSync(plain).equals(readFileSync(path))).toBe(true);

    const report = await withPlainBundle(join(dir, 'from-age.age'), temp, { vault: recipient }, (zip) => verifyBundle(zip));
    expect(report.ok).toBe(true);
    expect(filesIn(temp)).toEqual([plain.slice(temp.length + 1)]);
    // A plain zip passes through untouched: nothing is decrypted or written.
    expect((await withPlainBundle(path, temp, {}, async (zip) => zip))).toBe(path);
  });

  it('a passphrase bundle opens both ways: ours with `age -d`, and `age -p` with ours', async () => {
    expect(ageMissing, AGE_HINT).toBe(false);
    const { path, dir } = await exportedBundle();
    const passphrase = 'тау-көл seven ravens';
    await encryptBundleFile(path, join(dir, 'ours.age'), { passphrase }, FAST_SCRYPT);
    const opened = await ageWithPassphrase(['-d', '-o', 'ours.zip', 'ours.age'], passphrase, dir);
    expect(opened.status, opened.output).toBe(0);
    expect(readFileSync(join(dir, 'ours.zip')).equals(readFileSync(path))).toBe(true);

    const made = await ageWithPassphrase(['-p', '-o', 'theirs.age', path], passphrase, dir);
    expect(made.status, made.output).toBe(0);
    const plain = await decryptBundleFile(join(dir, 'theirs.age'), join(dir, 'temp'), { passphrase });
    expect(readFileSync(plain).equals(readFileSync(path))).toBe(true);
  }, 60_000);

  it('refuses a file for another recipient, a wrong or missing passphrase, a cut file and armour, writing nothing', async () => {
    const { path, dir } = await exportedBundle();
    const recipient = await vault();
    const someoneElse = await vault('someone else entirely');
    const temp = join(dir, 'temp');

    await encryptBundleFile(path, join(dir, 'other.age'), { recipients: [someoneElse.ageRecipient()] });
    expect(await codeOf(() => decryptBundleFile(join(dir, 'other.age'), temp, { vault: recipient }))).toBe('bundle.ageNotForThisDevice');
    expect(await codeOf(() => withPlainBundle(join(dir, 'other.age'), temp, { vault: recipient }, () => verifyBundle(path)))).toBe('bundle.ageNotForThisDevice');

    await encryptBundleFile(path, join(dir, 'phrase.age'), { passphrase: 'the right one' }, FAST_SCRYPT);
    expect(await codeOf(() => decryptBundleFile(join(dir, 'phrase.age'), temp, { vault: recipient }))).toBe('bundle.agePassphraseNeeded');
    expect(await codeOf(() => decryptBundleFile(join(dir, 'phrase.age'), temp, { passphrase: 'the wrong one' }))).toBe('bundle.agePassphraseWrong');

    await encryptBundleFile(path, join(dir, 'mine.age'), { recipients: [recipient.ageRecipient()] });
    const whole = readFileSync(join(dir, 'mine.age'));
    writeFileSync(join(dir, 'cut.age'), whole.subarray(0, whole.length - 100));
    expect(await codeOf(() => decryptBundleFile(join(dir, 'cut.age'), temp, { vault: recipient }))).toBe('bundle.ageDamaged');
    const flipped = Buffer.from(whole);
    flipped[flipped.length - 5]! ^= 1;
    writeFileSync(join(dir, 'flipped.age'), flipped);
    expect(await codeOf(() => decryptBundleFile(join(dir, 'flipped.age'), temp, { vault: recipient }))).toBe('bundle.ageDamaged');
    writeFileSync(join(dir, 'armoured.age'), `-----BEGIN AGE ENCRYPTED FILE-----\n${whole.toString('base64')}\n-----END AGE ENCRYPTED FILE-----\n`);
    expect(await codeOf(() => decryptBundleFile(join(dir, 'armoured.age'), temp, { vault: recipient }))).toBe('bundle.ageArmored');
    expect(filesIn(temp)).toEqual([]);

    expect(await codeOf(() => encryptBundleFile(path, join(dir, 'none.age'), { recipients: [] }))).toBe('bundle.ageNoRecipient');
    const typo = `${recipient.ageRecipient().slice(0, -1)}${recipient.ageRecipient().endsWith('q') ? 'p' : 'q'}`;
    expect(await codeOf(() => encryptBundleFile(path, join(dir, 'typo.age'), { recipients: [typo] }))).toBe('bundle.ageRecipientInvalid');
    expect(await codeOf(() => encryptBundleFile(path, join(dir, 'mine.age'), { recipients: [recipient.ageRecipient()] }))).toBe('bundle.outputExists');
    expect(filesIn(dir).filter((name) => name.startsWith('.') || name === 'none.age' || name === 'typo.age')).toEqual([]);
  });

  it('any small payload comes back byte for byte through ours and through age, across the 64 KiB chunk edges', async () => {
    expect(ageMissing, AGE_HINT).toBe(false);
    const recipient = await vault();
    const others = [await vault('other recipient one'), await vault('other recipient two')];
    const dir = tempDir();
    writeFileSync(join(dir, 'key.txt'), `${await recipient.exportAgeSecretKey()}\n`, { mode: 0o600 });
    const edge = fc.constantFrom(0, 1, 65_535, 65_536, 65_537, 131_072, 131_073);
    const size = fc.oneof(fc.nat({ max: 3000 }), edge);
    // fast-check may draw the same values twice; each run gets its own file names all the same.
    let run = 0;
    await fc.assert(
      fc.asyncProperty(size, fc.integer({ min: 0, max: 2 }), fc.nat({ max: 2 ** 31 }), async (length, extra, seed) => {
        const payload = Buffer.alloc(length);
        for (let i = 0; i < length; i++) payload[i] = (seed + i * 131) & 0xff;
        const name = `${run++}-${seed}-${length}-${extra}`;
        const plainPath = join(dir, `plain-${name}`);
        writeFileSync(plainPath, payload);
        const order = [recipient, ...others.slice(0, extra)].reverse();
        const ours = join(dir, `ours-${name}.age`);
        await encryptBundleFile(plainPath, ours, { recipients: order.map((v) => v.ageRecipient()) });
        expect(readFileSync(await decryptBundleFile(ours, join(dir, 'back'), { vault: recipient })).equals(payload)).toBe(true);
        // To standard output: age creates an -o file only once it has a byte to write, and a payload may have none.
        const opened = spawnSync('age', ['-d', '-i', 'key.txt', ours], { cwd: dir, maxBuffer: 1 << 20 });
        expect(opened.status, opened.stderr.toString()).toBe(0);
        expect(opened.stdout.equals(payload)).toBe(true);
        const theirs = join(dir, `theirs-${name}.age`);
        expect(age(['-r', recipient.ageRecipient(), '-o', theirs, plainPath], dir).status).toBe(0);
        expect(readFileSync(await decryptBundleFile(theirs, join(dir, 'back'), { vault: recipient })).equals(payload)).toBe(true);

        // Cut at a chunk boundary, the file still ends in a whole chunk; its last-chunk flag gives the cut away.
        const sealed = readFileSync(ours);
        const payloadStart = sealed.length - (length + 16 * Math.max(1, Math.ceil(length / 65_536)));
        if (length > 65_536) {
          writeFileSync(join(dir, `cut-${name}.age`), sealed.subarray(0, payloadStart + 65_536 + 16));
          expect(await codeOf(() => decryptBundleFile(join(dir, `cut-${name}.age`), join(dir, 'cut'), { vault: recipient }))).toBe('bundle.ageDamaged');
        }
      }),
      { numRuns: 30 },
    );
    expect(filesIn(join(dir, 'cut'))).toEqual([]);
  }, 180_000);
});
