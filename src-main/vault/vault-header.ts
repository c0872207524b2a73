/**
 * Defends against: a truncated, edited or foreign vault.json being half-read, and KDF downgrades on disk.
 * Follows: STYLE.md §2.3, "format": 1, one reader that switches on the version; zod validates every field.
 * Vectors: tests/fixtures/vault-v1/ (a frozen v1 vault) and tests/unit/main/vault/vault-header.test.ts.
 */
import { z } from 'zod';
import { TamgaError } from '../../shared/result';
import { checkKdfParams, type KdfCost, type KdfParams } from './kdf';

const Base64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/);

const KdfSection = z.object({
  id: z.literal('argon2id'),
  memoryKiB: z.number().int().positive(),
  iterations: z.number().int().positive(),
  parallelism: z.number().int().positive(),
  salt: Base64,
});

export const VaultHeaderV1 = z.object({
  format: z.literal(1),
  createdAt: z.iso.datetime(),
  kdf: KdfSection,
  slots: z.object({
    /** nonce ‖ AES-256-GCM(KEK from Argon2id, master key) ‖ tag. */
    passphrase: z.object({ wrappedKey: Base64 }),
    /** Same master key under a KEK from the recovery key; its salt is separate so slots never share a KEK. */
    recovery: z.object({ salt: Base64, wrappedKey: Base64 }),
  }),
  /** HMAC of a fixed label under the `check` subkey: proves both slots opened the same master key. */
  keyCheck: Base64,
});
export type VaultHeader = z.infer<typeof VaultHeaderV1>;

export const kdfParamsOf = (header: VaultHeader): KdfParams => ({
  id: 'argon2id',
  memoryKiB: header.kdf.memoryKiB,
  iterations: header.kdf.iterations,
  parallelism: header.kdf.parallelism,
  salt: Buffer.from(header.kdf.salt, 'base64'),
});

/**
 * Parses vault.json. Never returns a half-filled header: bad JSON or a schema miss is 'vault.corruptHeader', a
 * format number we do not know is 'vault.unsupportedFormat', and weak KDF cost is 'vault.weakKdfParameters'.
 */
export function parseVaultHeader(bytes: Uint8Array, kdfFloor?: KdfCost): VaultHeader {
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(bytes).toString('utf8'));
  } catch {
    throw new TamgaError('vault.corruptHeader', { reason: 'not JSON' });
  }
  const format = (json as { format?: unknown } | null)?.format;
  if (typeof format === 'number' && format !== 1) throw new TamgaError('vault.unsupportedFormat', { format });
  const parsed = VaultHeaderV1.safeParse(json);
  if (!parsed.success) {
    throw new TamgaError('vault.corruptHeader', { reason: parsed.error.issues[0]?.path.join('.') || 'schema' });
  }
  checkKdfParams(kdfParamsOf(parsed.data), kdfFloor);
  return parsed.data;
}

export const serializeVaultHeader = (header: VaultHeader): string => `${JSON.stringify(header, null, 2)}\n`;
