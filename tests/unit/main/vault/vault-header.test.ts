import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createVaultService } from '../../../../src-main/vault';
import { checkKdfParams, DEFAULT_KDF_COST, MAXIMUM_KDF_COST, MINIMUM_KDF_COST } from '../../../../src-main/vault/kdf';
import { codeOf, openTestVault } from './temp-vault';

async function lockedVault() {
  const vault = openTestVault();
  await vault.create('pass phrase');
  vault.lock('user');
  const path = join(vault.dataDir, 'vault', 'vault.json');
  return { vault, path, original: readFileSync(path) };
}

describe('vault.json header', () => {
  it('declares format 1 and the Argon2id parameters it was made with', async () => {
    const { original } = await lockedVault();
    const header = JSON.parse(original.toString());
    expect(header).toMatchObject({ format: 1, kdf: { id: 'argon2id', memoryKiB: 8, iterations: 1, parallelism: 1 } });
    expect(Buffer.from(header.kdf.salt, 'base64')).toHaveLength(16);
  });

  it.each([
    ['truncated', (b: Buffer) => b.subarray(0, b.length >> 1)],
    ['empty', () => Buffer.alloc(0)],
    ['missing a field', (b: Buffer) => Buffer.from(JSON.stringify({ ...JSON.parse(b.toString()), keyCheck: undefined }))],
    ['with a damaged wrapped recovery key', (b: Buffer) => {
      const header = JSON.parse(b.toString());
      return Buffer.from(JSON.stringify({ ...header, slots: { ...header.slots, recovery: { ...header.slots.recovery, wrappedKey: 42 } } }));
    }],
    ['with a damaged KDF salt', (b: Buffer) => Buffer.from(b.toString().replace(/"salt": "[^"]+"/, '"salt": 42'))],
  ])('reports a %s header as vault.corruptHeader and leaves its bytes unchanged', async (_, damage) => {
    const { vault, path, original } = await lockedVault();
    const damaged = damage(original);
    writeFileSync(path, damaged);
    expect(await codeOf(() => vault.unlock('pass phrase'))).toBe('vault.corruptHeader');
    expect(readFileSync(path).equals(damaged)).toBe(true);
  });

  it('reports an unknown format number as vault.unsupportedFormat', async () => {
    const { vault, path, original } = await lockedVault();
    writeFileSync(path, JSON.stringify({ ...JSON.parse(original.toString()), format: 2 }));
    expect(await codeOf(() => vault.unlock('pass phrase'))).toBe('vault.unsupportedFormat');
  });

  it('refuses KDF cost below the minimum as a possible downgrade attack, whatever the header claims', async () => {
    const { vault } = await lockedVault();
    const strict = createVaultService({ dataDir: vault.dataDir });
    try {
      await strict.unlock('pass phrase');
      expect.unreachable();
    } catch (error) {
      expect(error).toMatchObject({ code: 'vault.weakKdfParameters', details: { threat: 'possible downgrade attack' } });
    } finally {
      strict.dispose();
    }
  });

  it.each([
    ['memory alone', { memoryKiB: MINIMUM_KDF_COST.memoryKiB - 1 }, 'memoryKiB'],
    ['iterations alone', { iterations: MINIMUM_KDF_COST.iterations - 1 }, 'iterations'],
    ['parallelism alone', { parallelism: 0 }, 'parallelism'],
  ])('refuses a header weakened in %s below the floor', (_, weaker, field) => {
    const params = { id: 'argon2id' as const, ...MINIMUM_KDF_COST, salt: Buffer.alloc(16), ...weaker };
    expect(() => checkKdfParams({ id: 'argon2id', ...MINIMUM_KDF_COST, salt: Buffer.alloc(16) })).not.toThrow();
    expect(() => checkKdfParams(params)).toThrow(expect.objectContaining({ code: 'vault.weakKdfParameters', details: expect.objectContaining({ fields: field }) }));
  });

  it.each([
    ['iterations', { iterations: 100_000 }],
    ['memory', { memoryKiB: 64 * 1024 * 1024 }],
    ['parallelism', { parallelism: 255 }],
  ])('fails at once, instead of hanging unlock, on a header asking for absurd %s', async (_, costly) => {
    const { vault, path, original } = await lockedVault();
    const header = JSON.parse(original.toString());
    writeFileSync(path, JSON.stringify({ ...header, kdf: { ...header.kdf, ...costly } }));
    // The header is refused before Argon2id runs: the same unlock at 100000 iterations would take hours.
    expect(await codeOf(() => vault.unlock('pass phrase'))).toBe('vault.kdfTooCostly');
  });

  it('sets the ceiling above every cost Tamga itself writes', () => {
    for (const field of ['memoryKiB', 'iterations', 'parallelism'] as const) expect(MAXIMUM_KDF_COST[field]).toBeGreaterThanOrEqual(DEFAULT_KDF_COST[field]);
  });

  it('rejects a header whose passphrase slot was moved to other KDF parameters (they are bound as AAD)', async () => {
    const { vault, path, original } = await lockedVault();
    const header = JSON.parse(original.toString());
    writeFileSync(path, JSON.stringify({ ...header, kdf: { ...header.kdf, iterations: 2 } }));
    expect(await codeOf(() => vault.unlock('pass phrase'))).toBe('vault.wrongPassphrase');
  });

  it('rejects a header whose key check does not match the master key', async () => {
    const { vault, path, original } = await lockedVault();
    writeFileSync(path, JSON.stringify({ ...JSON.parse(original.toString()), keyCheck: Buffer.alloc(16).toString('base64') }));
    expect(await codeOf(() => vault.unlock('pass phrase'))).toBe('vault.corruptHeader');
  });

  it('reports vault.missing when there is no header', async () => {
    expect(await codeOf(() => openTestVault().unlock('pass phrase'))).toBe('vault.missing');
  });
});
