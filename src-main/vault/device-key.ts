/**
 * Defends against: forged custody entries, and the device identity being readable on a seized disk.
 * Follows: Ed25519 (RFC 8032) via node:crypto; PKCS#8 private key sealed as "TMGD" ‖ 1 ‖ aes-gcm-box (`device` key).
 * Vectors: tests/fixtures/vault-v1/vault/device.key and tests/unit/main/vault/custody-log.test.ts.
 */
import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { TamgaError } from '../../shared/result';
import { writeFileAtomic } from '../fs/atomic-file';
import { openBox, sealBox, utf8 } from './aes-gcm-box';

const MAGIC = Buffer.from('TMGD\x01', 'latin1');
const AAD = utf8('tamga device key v1');

export class DeviceKey {
  private constructor(
    private readonly privateKey: KeyObject,
    readonly publicKey: KeyObject,
  ) {}

  static generate(): DeviceKey {
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    return new DeviceKey(privateKey, publicKey);
  }

  static async load(path: string, deviceSubkey: Uint8Array): Promise<DeviceKey> {
    const bytes = await readFile(path).catch(() => undefined);
    const der = bytes?.subarray(0, MAGIC.length).equals(MAGIC) ? openBox(deviceSubkey, bytes.subarray(MAGIC.length), AAD) : undefined;
    if (!der) throw new TamgaError('vault.corruptHeader', { file: 'device.key' });
    const privateKey = createPrivateKey({ key: der, format: 'der', type: 'pkcs8' });
    der.fill(0);
    return new DeviceKey(privateKey, createPublicKey(privateKey));
  }

  async save(path: string, deviceSubkey: Uint8Array): Promise<void> {
    const der = this.privateKey.export({ format: 'der', type: 'pkcs8' });
    await writeFileAtomic(path, Buffer.concat([MAGIC, sealBox(deviceSubkey, der, AAD)]));
    der.fill(0);
  }

  /** Short, stable name for this installation in custody entries. */
  get fingerprint(): string {
    const raw = this.publicKey.export({ format: 'der', type: 'spki' });
    return createHash('sha256').update(raw).digest('hex').slice(0, 32);
  }

  sign(message: Uint8Array): Buffer {
    return sign(null, message, this.privateKey);
  }

  verify(message: Uint8Array, signature: Uint8Array): boolean {
    return verify(null, message, this.publicKey, signature);
  }
}
