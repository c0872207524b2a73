import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkKdfParams, deriveKek, MAXIMUM_KDF_COST, MINIMUM_KDF_COST, normalizePassphrase } from '../../../../src-main/vault/kdf';

const SMALL = { id: 'argon2id' as const, memoryKiB: 8, iterations: 1, parallelism: 1, salt: Buffer.from('saltsaltsaltsalt') };
/** From the reference implementation (Debian's `argon2` command), not from this code: see the test below. */
const REFERENCE = '0a32dad19f402276293c7cbe207c2e0d24a5eae4d790dc1b31be59d4b3367c80';

describe('kdf', () => {
  // echo -n 'тамга ұзақ жол' | argon2 saltsaltsaltsalt -id -t 1 -k 8 -p 1 -l 32 -r
  it('derives the key the Argon2id reference implementation derives for the same passphrase and parameters', async () => {
    const kek = await deriveKek('тамга ұзақ жол', SMALL);
    expect(kek.toString('hex')).toBe(REFERENCE);
  });

  it('derives the same key from the NFC and NFD forms of a Kazakh passphrase, and another from another salt', async () => {
    const composed = 'Әйгерім ё й';
    expect(normalizePassphrase(composed.normalize('NFD'))).toBe(composed.normalize('NFC'));
    const a = await deriveKek(composed.normalize('NFD'), SMALL);
    expect(a.equals(await deriveKek(composed.normalize('NFC'), SMALL))).toBe(true);
    expect(a.equals(await deriveKek(composed, { ...SMALL, salt: Buffer.alloc(16, 2) }))).toBe(false);
    expect(a.equals(await deriveKek(composed, { ...SMALL, iterations: 2 }))).toBe(false);
  });

  it('accepts every cost between the floor and the ceiling, and nothing outside', () => {
    const cost = fc.record({ memoryKiB: fc.integer({ min: 1, max: 4 * 1024 * 1024 }), iterations: fc.integer({ min: 1, max: 200 }), parallelism: fc.integer({ min: 0, max: 64 }) });
    fc.assert(
      fc.property(cost, (c) => {
        const inside = (Object.keys(c) as Array<keyof typeof c>).every((f) => c[f] >= MINIMUM_KDF_COST[f] && c[f] <= MAXIMUM_KDF_COST[f]);
        let accepted = true;
        try {
          checkKdfParams({ id: 'argon2id', ...c, salt: Buffer.alloc(16) });
        } catch {
          accepted = false;
        }
        return accepted === inside;
      }),
    );
  });

  it('refuses a salt shorter than 16 bytes', () => {
    expect(() => checkKdfParams({ id: 'argon2id', ...MINIMUM_KDF_COST, salt: Buffer.alloc(15) })).toThrow(expect.objectContaining({ code: 'vault.weakKdfParameters' }));
  });
});
