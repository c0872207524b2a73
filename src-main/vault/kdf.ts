/**
 * Defends against: offline guessing of the passphrase from a seized disk, and downgrade of the KDF cost on disk.
 * Follows: Argon2id (RFC 9106) via hash-wasm; the passphrase is NFC-normalised UTF-8 so keyboards agree.
 * Vectors: tests/unit/main/vault/kdf.test.ts (RFC 9106-style parameters checked against minimums and NFC forms).
 */
import { argon2id } from 'hash-wasm';
import { TamgaError } from '../../shared/result';

export type KdfCost = { memoryKiB: number; iterations: number; parallelism: number };
export type KdfParams = KdfCost & { id: 'argon2id'; salt: Uint8Array };

/** ~0.6 s on the 2-core reference machine (bench/vault-import.bench.ts prints the figure each run). */
export const DEFAULT_KDF_COST: KdfCost = { memoryKiB: 96 * 1024, iterations: 3, parallelism: 1 };

/** The floor a header read from disk must meet; below it an attacker who can write the disk weakened it. */
export const MINIMUM_KDF_COST: KdfCost = { memoryKiB: 64 * 1024, iterations: 2, parallelism: 1 };
export const SALT_BYTES = 16;

/**
 * The ceiling a header read from disk must stay under: far above anything Tamga writes, low enough that a header
 * edited to ask for 100000 iterations or 64 GiB fails at once instead of hanging unlock.
 */
export const MAXIMUM_KDF_COST: KdfCost = { memoryKiB: 2 * 1024 * 1024, iterations: 64, parallelism: 16 };

/** Rejects cost below `floor`. Only tests lower the floor, through an explicit in-code option, never from disk. */
export function checkKdfParams(params: KdfParams, floor: KdfCost = MINIMUM_KDF_COST): void {
  const weak: string[] = [];
  if (params.memoryKiB < floor.memoryKiB) weak.push('memoryKiB');
  if (params.iterations < floor.iterations) weak.push('iterations');
  if (params.parallelism < floor.parallelism) weak.push('parallelism');
  if (params.salt.length < SALT_BYTES) weak.push('salt');
  if (weak.length > 0) {
    throw new TamgaError('vault.weakKdfParameters', { threat: 'possible downgrade attack', fields: weak.join(',') });
  }
  const costly = (Object.keys(MAXIMUM_KDF_COST) as Array<keyof KdfCost>).filter((field) => params[field] > MAXIMUM_KDF_COST[field]);
  if (costly.length > 0) throw new TamgaError('vault.kdfTooCostly', { fields: costly.join(',') });
}

export const normalizePassphrase = (passphrase: string): string => passphrase.normalize('NFC');

export async function deriveKek(passphrase: string, params: KdfParams): Promise<Buffer> {
  const hash = await argon2id({
    password: Buffer.from(normalizePassphrase(passphrase), 'utf8'),
    salt: params.salt,
    memorySize: params.memoryKiB,
    iterations: params.iterations,
    parallelism: params.parallelism,
    hashLength: 32,
    outputType: 'binary',
  });
  return Buffer.from(hash.buffer, hash.byteOffset, hash.byteLength);
}
