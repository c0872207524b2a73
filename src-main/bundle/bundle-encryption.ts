/**
 * Defends against: a bundle read by whoever carries, forwards or intercepts it on its way to the one colleague (or
 *   the one legal team) it is for.
 * Follows: age v1 (age-encryption.org/v1) via `age-encryption`, the age authors' TypeScript implementation: X25519
 *   recipients (`age1…`) or one scrypt passphrase; the output is a standard `.age` file that `age -d` opens. Both
 *   directions stream, so a bundle of any size passes in chunks of 64 KiB.
 * Tests: tests/unit/main/bundle/bundle-encryption.test.ts (round trips with the `age` command both ways).
 */
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, open, rm, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { Decrypter, Encrypter } from 'age-encryption';
import { TamgaError } from '../../shared/result';
import { openAtomicFile } from '../fs/atomic-file';
import type { VaultService } from '../vault';

/** To whom a bundle is encrypted: colleagues' age recipients, or one passphrase given to the recipient apart. */
export type EncryptionTarget = { recipients: readonly string[] } | { passphrase: string };

/** What can open a received `.age` bundle: this device's age key, and a passphrase when the person gave one. */
export type DecryptionKeys = { vault?: Pick<VaultService, 'ageDecryptionKey'>; passphrase?: string };

export type EncryptOptions = {
  /** TEST-ONLY: scrypt's log2 work factor for passphrases; age's default (18) everywhere else. */
  scryptWorkFactor?: number;
  /** Replace a file already at `out` (the person chose that name in a save dialog). */
  replace?: boolean;
};

const AGE_MAGIC = 'age-encryption.org/v1\n';
const ARMOR_MAGIC = '-----BEGIN AGE ENCRYPTED FILE-----';
/** An age header is a few lines per recipient; one that has not ended by now is not one this code will read. */
const HEADER_LIMIT = 64 * 1024;

/** Checks each recipient and refuses an empty list, so a typo fails before anything is written. */
function encrypterFor(target: EncryptionTarget, options: EncryptOptions): Encrypter {
  const encrypter = new Encrypter();
  if ('passphrase' in target) {
    if (target.passphrase.normalize('NFC').length === 0) throw new TamgaError('vault.passphraseEmpty');
    if (options.scryptWorkFactor !== undefined) encrypter.setScryptWorkFactor(options.scryptWorkFactor);
    encrypter.setPassphrase(target.passphrase.normalize('NFC'));
    return encrypter;
  }
  if (target.recipients.length === 0) throw new TamgaError('bundle.ageNoRecipient');
  for (const recipient of target.recipients) {
    // Only X25519 recipients: the kind every device has and Debian's age reads.
    if (!/^age1[02-9ac-hj-np-z]{58}$/.test(recipient)) throw new TamgaError('bundle.ageRecipientInvalid', { recipient });
    try {
      encrypter.addRecipient(recipient);
    } catch {
      throw new TamgaError('bundle.ageRecipientInvalid', { recipient });
    }
  }
  return encrypter;
}

/** Throws 'bundle.ageRecipientInvalid' unless `recipient` is an X25519 age recipient with a valid checksum. */
export function checkAgeRecipient(recipient: string): string {
  encrypterFor({ recipients: [recipient] }, {});
  return recipient;
}

/**
 * Encrypts the finished bundle at `plainPath` into `out`, atomically (a temp file beside it, renamed when whole).
 * Returns the SHA-256 of the encrypted file, which is what travels.
 */
export async function encryptBundleFile(plainPath: string, out: string, target: EncryptionTarget, options: EncryptOptions = {}): Promise<{ path: string; sha256: string }> {
  const encrypter = encrypterFor(target, options);
  if (!options.replace && (await exists(out))) throw new TamgaError('bundle.outputExists', { path: out });
  const file = await openAtomicFile(out);
  try {
    const plain = Readable.toWeb(createReadStream(plainPath)) as unknown as ReadableStream<Uint8Array>;
    const sha256 = await writeAll(file.handle, await encrypter.encrypt(plain));
    await file.commit();
    return { path: out, sha256 };
  } catch (error) {
    await file.abort();
    throw error;
  }
}

/** Whether the file starts as an age file does (binary or ASCII-armoured); a zip never does. */
export async function isAgeFile(path: string): Promise<boolean> {
  const head = await readHead(path, ARMOR_MAGIC.length);
  return head.startsWith(AGE_MAGIC) || head.startsWith(ARMOR_MAGIC);
}

/**
 * Decrypts the age file at `agePath` into a new file in `tempDir` (inside the vault's data folder) and returns its
 * path. Which key it needs is read from the header first, and nothing is written until the header has been opened
 * and authenticated: a file for another recipient, or a wrong passphrase, leaves nothing behind. A payload that
 * fails authentication part-way removes what was written.
 */
export async function decryptBundleFile(agePath: string, tempDir: string, keys: DecryptionKeys): Promise<string> {
  const header = await readHead(agePath, HEADER_LIMIT);
  if (header.startsWith(ARMOR_MAGIC)) throw new TamgaError('bundle.ageArmored');
  if (!header.startsWith(AGE_MAGIC) || !/\n--- /.test(header)) throw new TamgaError('bundle.ageDamaged');
  const forPassphrase = /\n-> scrypt /.test(header);
  const decrypter = new Decrypter();
  if (forPassphrase) {
    if (keys.passphrase === undefined) throw new TamgaError('bundle.agePassphraseNeeded');
    decrypter.addPassphrase(keys.passphrase.normalize('NFC'));
  } else {
    if (!keys.vault) throw new TamgaError('vault.locked');
    decrypter.addIdentity(keys.vault.ageDecryptionKey() as Parameters<Decrypter['addIdentity']>[0]);
  }

  const source = Readable.toWeb(createReadStream(agePath)) as unknown as ReadableStream<Uint8Array>;
  let plain: ReadableStream<Uint8Array>;
  try {
    plain = await decrypter.decrypt(source);
  } catch (error) {
    await source.cancel().catch(() => undefined);
    if (/no identity matched/.test(String(error))) throw new TamgaError(forPassphrase ? 'bundle.agePassphraseWrong' : 'bundle.ageNotForThisDevice');
    throw new TamgaError('bundle.ageDamaged');
  }

  await mkdir(tempDir, { recursive: true, mode: 0o700 });
  // A dot-name: never served as a download, and removed by every sweep of the folder (at start and at lock).
  const path = join(tempDir, `.received-${randomBytes(16).toString('hex')}.zip`);
  const handle = await open(path, 'wx', 0o600);
  try {
    await writeAll(handle, plain).catch(() => {
      throw new TamgaError('bundle.ageDamaged');
    });
    await handle.close();
    return path;
  } catch (error) {
    await handle.close().catch(() => undefined);
    await rm(path, { force: true });
    throw error;
  }
}

/**
 * Runs `use` on the plain bundle: the file itself when it is a zip, or its decryption in `tempDir`, which is
 * removed when `use` is done, whether it succeeded or not.
 */
export async function withPlainBundle<T>(path: string, tempDir: string, keys: DecryptionKeys, use: (plainPath: string) => Promise<T>): Promise<T> {
  if (!(await isAgeFile(path))) return use(path);
  const plainPath = await decryptBundleFile(path, tempDir, keys);
  try {
    return await use(plainPath);
  } finally {
    await rm(plainPath, { force: true });
  }
}

async function writeAll(handle: FileHandle, stream: ReadableStream<Uint8Array>): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of stream as unknown as WebReadableStream<Uint8Array>) {
    hash.update(chunk);
    let written = 0;
    while (written < chunk.length) written += (await handle.write(chunk, written, chunk.length - written)).bytesWritten;
  }
  return hash.digest('hex');
}

/** The first `length` bytes (fewer for a shorter file) as Latin-1, which maps every byte to one character. */
async function readHead(path: string, length: number): Promise<string> {
  let handle: FileHandle;
  try {
    handle = await open(path, 'r');
  } catch {
    throw new TamgaError('bundle.unreadable', { path });
  }
  try {
    const buffer = Buffer.alloc(length);
    const { bytesRead } = await handle.read(buffer, 0, length, 0);
    return buffer.subarray(0, bytesRead).toString('latin1');
  } finally {
    await handle.close();
  }
}

async function exists(path: string): Promise<boolean> {
  return open(path, 'r').then(
    async (handle) => {
      await handle.close();
      return true;
    },
    () => false,
  );
}
