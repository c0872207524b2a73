/**
 * Defends against: a bundle read by whoever carries, forwards or intercepts it on its way to the one colleague (or
 *   the one legal team) it is for.
 * Follows: age v1 (age-encryption.org/v1, C2SP age.md). `age-encryption`, the age authors' TypeScript
 *   implementation, writes and authenticates the header (X25519 recipients, header MAC); the payload is age's
 *   STREAM (64 KiB ChaCha20-Poly1305 chunks, 11-byte counter and a last-chunk flag as nonce) done with node:crypto,
 *   as is the scrypt passphrase stanza, since the library's pure-JavaScript versions ran at a twentieth of `age`'s
 *   speed and held the main process for seconds per passphrase. The output is a standard `.age` file.
 * Tests: tests/unit/main/bundle/bundle-encryption.test.ts (round trips with the `age` command both ways, every
 *   chunk edge, cut and altered files).
 */
import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes, scrypt } from 'node:crypto';
import { mkdir, open, rm, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { Decrypter, Encrypter, Stanza, type Identity, type Recipient } from 'age-encryption';
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
const NONCE_BYTES = 16;
const CHUNK = 64 * 1024;
const TAG = 16;
const SEALED_CHUNK = CHUNK + TAG;
/** Encrypted chunks are written in batches of about this size rather than one 64 KiB write each. */
const WRITE_BATCH = 1 << 20;
const SCRYPT_LABEL = 'age-encryption.org/v1/scrypt';
const SCRYPT_DEFAULT_LOG_N = 18;
/** age's own ceiling: 2^20 × 8 × 128 bytes is 1 GiB of memory, and a hostile file must not ask for more. */
const SCRYPT_MAX_LOG_N = 20;

/**
 * Encrypts the finished bundle at `plainPath` into `out`, atomically (a temp file beside it, renamed when whole).
 * Returns the SHA-256 of the encrypted file, which is what travels.
 */
export async function encryptBundleFile(plainPath: string, out: string, target: EncryptionTarget, options: EncryptOptions = {}): Promise<{ path: string; sha256: string }> {
  const recipients = recipientsFor(target, options);
  if (!options.replace && (await exists(out))) throw new TamgaError('bundle.outputExists', { path: out });
  const { head, payloadKey } = await ageHead(recipients);
  const input = await open(plainPath, 'r');
  const file = await openAtomicFile(out);
  try {
    const writer = new BatchWriter(file.handle);
    await writer.write(head);
    // The size fixes which chunk is last; a bundle that changes while it is read fails rather than being cut.
    const size = (await input.stat()).size;
    const read = chunksOf(input, 0, size, CHUNK, () => new TamgaError('bundle.unreadable', { path: plainPath }));
    for await (const chunk of read) await writer.write(sealChunk(payloadKey, chunk.index, chunk.last, chunk.bytes));
    const sha256 = await writer.end();
    await file.commit();
    return { path: out, sha256 };
  } catch (error) {
    await file.abort();
    throw error;
  } finally {
    payloadKey.fill(0);
    await input.close();
  }
}

/** Throws 'bundle.ageRecipientInvalid' unless `recipient` is an X25519 age recipient with a valid checksum. */
export function checkAgeRecipient(recipient: string): string {
  recipientsFor({ recipients: [recipient] }, {});
  return recipient;
}

/** Whether the file starts as an age file does (binary or ASCII-armoured); a zip never does. */
export async function isAgeFile(path: string): Promise<boolean> {
  const head = (await readHead(path, ARMOR_MAGIC.length)).toString('latin1');
  return head.startsWith(AGE_MAGIC) || head.startsWith(ARMOR_MAGIC);
}

/**
 * Decrypts the age file at `agePath` into a new file in `tempDir` (inside the vault's data folder) and returns its
 * path. Which key it needs is read from the header first, and nothing is written until the header has been opened
 * and authenticated: a file for another recipient, or a wrong passphrase, leaves nothing behind. A payload that
 * fails authentication part-way removes what was written.
 */
export async function decryptBundleFile(agePath: string, tempDir: string, keys: DecryptionKeys): Promise<string> {
  const head = await readHead(agePath, HEADER_LIMIT);
  const text = head.toString('latin1');
  if (text.startsWith(ARMOR_MAGIC)) throw new TamgaError('bundle.ageArmored');
  const macLine = text.indexOf('\n--- ');
  const headerEnd = macLine < 0 ? -1 : text.indexOf('\n', macLine + 1) + 1;
  if (!text.startsWith(AGE_MAGIC) || headerEnd <= 0 || head.length < headerEnd + NONCE_BYTES) throw new TamgaError('bundle.ageDamaged');
  const forPassphrase = /\n-> scrypt /.test(text.slice(0, headerEnd));
  const decrypter = new Decrypter();
  if (forPassphrase) {
    if (keys.passphrase === undefined) throw new TamgaError('bundle.agePassphraseNeeded');
    decrypter.addIdentity(new ScryptPassphrase(keys.passphrase));
  } else {
    if (!keys.vault) throw new TamgaError('vault.locked');
    decrypter.addIdentity(keys.vault.ageDecryptionKey() as Parameters<Decrypter['addIdentity']>[0]);
  }

  let fileKey: Uint8Array;
  try {
    // Parses the header and checks its MAC with the file key it unwraps.
    fileKey = await decrypter.decryptHeader(head.subarray(0, headerEnd));
  } catch (error) {
    if (/no identity matched/.test(String(error))) throw new TamgaError(forPassphrase ? 'bundle.agePassphraseWrong' : 'bundle.ageNotForThisDevice');
    throw new TamgaError('bundle.ageDamaged');
  }
  const payloadKey = payloadKeyOf(fileKey, head.subarray(headerEnd, headerEnd + NONCE_BYTES));
  fileKey.fill(0);

  await mkdir(tempDir, { recursive: true, mode: 0o700 });
  // A dot-name: never served as a download, and removed by every sweep of the folder (at start and at lock).
  const path = join(tempDir, `.received-${randomBytes(16).toString('hex')}.zip`);
  const input = await open(agePath, 'r');
  const output = await open(path, 'wx', 0o600);
  try {
    const payloadStart = headerEnd + NONCE_BYTES;
    const payloadSize = (await input.stat()).size - payloadStart;
    const chunks = Math.ceil(payloadSize / SEALED_CHUNK);
    const lastSize = payloadSize - (chunks - 1) * SEALED_CHUNK;
    // The final chunk holds at least its tag, and is empty only when it is the only one (an empty payload).
    if (chunks < 1 || lastSize < TAG || (chunks > 1 && lastSize === TAG)) throw new TamgaError('bundle.ageDamaged');
    const writer = new BatchWriter(output);
    const read = chunksOf(input, payloadStart, payloadSize, SEALED_CHUNK, () => new TamgaError('bundle.ageDamaged'));
    for await (const chunk of read) await writer.write(openChunk(payloadKey, chunk.index, chunk.last, chunk.bytes));
    await writer.end();
    await output.close();
    return path;
  } catch (error) {
    await output.close().catch(() => undefined);
    await rm(path, { force: true });
    throw error;
  } finally {
    payloadKey.fill(0);
    await input.close();
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

/** The recipients a header is written for; each recipient is checked so a typo fails before anything is written. */
function recipientsFor(target: EncryptionTarget, options: EncryptOptions): Array<string | Recipient> {
  if ('passphrase' in target) {
    if (target.passphrase.normalize('NFC').length === 0) throw new TamgaError('vault.passphraseEmpty');
    return [new ScryptPassphrase(target.passphrase, options.scryptWorkFactor ?? SCRYPT_DEFAULT_LOG_N)];
  }
  if (target.recipients.length === 0) throw new TamgaError('bundle.ageNoRecipient');
  for (const recipient of target.recipients) {
    // Only X25519 recipients: the kind every device has and Debian's age reads.
    if (!/^age1[02-9ac-hj-np-z]{58}$/.test(recipient)) throw new TamgaError('bundle.ageRecipientInvalid', { recipient });
    try {
      new Encrypter().addRecipient(recipient);
    } catch {
      throw new TamgaError('bundle.ageRecipientInvalid', { recipient });
    }
  }
  return [...target.recipients];
}

/**
 * The header and payload nonce, written by `age-encryption` for an empty file, and the payload key they commit to.
 * The file key is read through the library's own Recipient interface: one more recipient that writes no stanza
 * and keeps the key it is handed.
 */
async function ageHead(recipients: Array<string | Recipient>): Promise<{ head: Uint8Array; payloadKey: Buffer }> {
  let fileKey: Uint8Array | undefined;
  const keeper: Recipient = {
    wrapFileKey(key) {
      fileKey = Uint8Array.from(key);
      return [];
    },
  };
  const encrypter = new Encrypter();
  for (const recipient of [...recipients, keeper]) encrypter.addRecipient(recipient);
  const empty = await encrypter.encrypt(new Uint8Array(0));
  if (!fileKey) throw new TamgaError('internal');
  // What follows the header: the 16-byte nonce, then the one (empty, final) chunk's tag, which is dropped.
  const head = empty.subarray(0, empty.length - TAG);
  const payloadKey = payloadKeyOf(fileKey, head.subarray(head.length - NONCE_BYTES));
  fileKey.fill(0);
  return { head, payloadKey };
}

const payloadKeyOf = (fileKey: Uint8Array, nonce: Uint8Array): Buffer => Buffer.from(hkdfSync('sha256', fileKey, nonce, 'payload', 32));

/** STREAM's nonce: an 11-byte big-endian chunk counter, then 1 for the last chunk and 0 for every other. */
function chunkNonce(counter: number, last: boolean): Buffer {
  const nonce = Buffer.alloc(12);
  nonce.writeUIntBE(counter, 5, 6);
  nonce[11] = last ? 1 : 0;
  return nonce;
}

function sealChunk(key: Buffer, counter: number, last: boolean, plain: Uint8Array): Buffer {
  const cipher = createCipheriv('chacha20-poly1305', key, chunkNonce(counter, last), { authTagLength: TAG });
  return Buffer.concat([cipher.update(plain), cipher.final(), cipher.getAuthTag()]);
}

function openChunk(key: Buffer, counter: number, last: boolean, sealed: Uint8Array): Buffer {
  const decipher = createDecipheriv('chacha20-poly1305', key, chunkNonce(counter, last), { authTagLength: TAG });
  decipher.setAuthTag(sealed.subarray(sealed.length - TAG));
  try {
    return Buffer.concat([decipher.update(sealed.subarray(0, sealed.length - TAG)), decipher.final()]);
  } catch {
    throw new TamgaError('bundle.ageDamaged');
  }
}

/**
 * The `size` bytes from `start` as chunks of `chunkSize` (the last may be shorter, and is empty only when `size` is
 * 0), each with its index and whether it is the last, read sixteen chunks at a time.
 */
async function* chunksOf(handle: FileHandle, start: number, size: number, chunkSize: number, cut: () => Error): AsyncGenerator<{ index: number; last: boolean; bytes: Buffer }> {
  const chunks = Math.max(1, Math.ceil(size / chunkSize));
  const block = Buffer.alloc(16 * chunkSize);
  for (let first = 0; first < chunks; first += 16) {
    const length = Math.min(block.length, size - first * chunkSize);
    const { bytesRead } = await handle.read(block, 0, length, start + first * chunkSize);
    if (bytesRead !== length) throw cut();
    for (let i = first; i < Math.min(chunks, first + 16); i++) {
      const offset = (i - first) * chunkSize;
      yield { index: i, last: i === chunks - 1, bytes: block.subarray(offset, Math.min(length, offset + chunkSize)) };
    }
  }
}

/** Collects output into writes of about a mebibyte and hashes it on the way. */
class BatchWriter {
  private readonly hash = createHash('sha256');
  private parts: Uint8Array[] = [];
  private bytes = 0;

  constructor(private readonly handle: FileHandle) {}

  async write(part: Uint8Array): Promise<void> {
    this.parts.push(part);
    this.bytes += part.length;
    if (this.bytes >= WRITE_BATCH) await this.flush();
  }

  /** Writes what is left and returns the SHA-256 (hex) of everything written. */
  async end(): Promise<string> {
    await this.flush();
    return this.hash.digest('hex');
  }

  private async flush(): Promise<void> {
    if (this.bytes === 0) return;
    const batch = Buffer.concat(this.parts, this.bytes);
    this.parts = [];
    this.bytes = 0;
    this.hash.update(batch);
    let written = 0;
    while (written < batch.length) written += (await this.handle.write(batch, written, batch.length - written)).bytesWritten;
  }
}

/**
 * age's scrypt recipient and identity (one passphrase, alone in its header), with node:crypto's scrypt, which runs
 * off the main thread. Stanza: `scrypt <salt, base64 without padding> <log2 N>`, body the file key sealed with
 * ChaCha20-Poly1305 under scrypt(passphrase, label ‖ salt, N, r = 8, p = 1) and a zero nonce.
 */
class ScryptPassphrase implements Recipient, Identity {
  private readonly passphrase: string;

  constructor(
    passphrase: string,
    private readonly logN = SCRYPT_DEFAULT_LOG_N,
  ) {
    this.passphrase = passphrase.normalize('NFC');
  }

  async wrapFileKey(fileKey: Uint8Array): Promise<Stanza[]> {
    const salt = randomBytes(16);
    const key = await this.derive(salt, this.logN);
    const cipher = createCipheriv('chacha20-poly1305', key, Buffer.alloc(12), { authTagLength: TAG });
    const body = Buffer.concat([cipher.update(fileKey), cipher.final(), cipher.getAuthTag()]);
    key.fill(0);
    return [new Stanza(['scrypt', salt.toString('base64').replace(/=+$/, ''), String(this.logN)], body)];
  }

  /** Null when no stanza is a scrypt one or the passphrase does not open it; a malformed stanza is an error. */
  async unwrapFileKey(stanzas: Stanza[]): Promise<Uint8Array | null> {
    const stanza = stanzas.find((s) => s.args[0] === 'scrypt');
    if (!stanza) return null;
    const [, saltText = '', logNText = ''] = stanza.args;
    const salt = Buffer.from(saltText, 'base64');
    const logN = Number(logNText);
    const canonical = salt.length === 16 && salt.toString('base64').replace(/=+$/, '') === saltText;
    if (stanzas.length !== 1 || stanza.args.length !== 3 || !canonical || !/^[1-9][0-9]*$/.test(logNText) || logN > SCRYPT_MAX_LOG_N || stanza.body.length !== 32) {
      throw new Error('invalid scrypt stanza');
    }
    const key = await this.derive(salt, logN);
    const decipher = createDecipheriv('chacha20-poly1305', key, Buffer.alloc(12), { authTagLength: TAG });
    decipher.setAuthTag(stanza.body.subarray(16));
    try {
      return Buffer.concat([decipher.update(stanza.body.subarray(0, 16)), decipher.final()]);
    } catch {
      return null;
    } finally {
      key.fill(0);
    }
  }

  private derive(salt: Buffer, logN: number): Promise<Buffer> {
    const N = 2 ** logN;
    return new Promise((resolve, reject) => {
      scrypt(this.passphrase, Buffer.concat([Buffer.from(SCRYPT_LABEL), salt]), 32, { N, r: 8, p: 1, maxmem: 128 * 8 * N + (1 << 20) }, (error, key) =>
        error ? reject(error) : resolve(key),
      );
    });
  }
}

async function readHead(path: string, length: number): Promise<Buffer> {
  let handle: FileHandle;
  try {
    handle = await open(path, 'r');
  } catch {
    throw new TamgaError('bundle.unreadable', { path });
  }
  try {
    const buffer = Buffer.alloc(length);
    const { bytesRead } = await handle.read(buffer, 0, length, 0);
    return buffer.subarray(0, bytesRead);
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
