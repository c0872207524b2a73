import { createPublicKey, generateKeyPairSync, sign, verify } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exhibitPath, fingerprintOf, publicKeyPem, rawPublicKeyOf, safeFileName, spkiOf } from '../../../../src-main/bundle/bundle-layout';
import { DeviceKey } from '../../../../src-main/vault/device-key';

describe('bundle layout', () => {
  it('gives every name a form every common filesystem and `sha256sum -c` accept, for any input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (original) => {
        const name = safeFileName(original);
        return (
          name.length > 0 &&
          // eslint-disable-next-line no-control-regex -- the property is exactly that no control character survives
          !/[\u0000-\u001f\u007f/\\:*?"<>|]/.test(name) &&
          !/^[\s.]|[\s.]$/.test(name) &&
          !/^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i.test(name) &&
          Buffer.byteLength(name) <= 180 &&
          name === name.normalize('NFC')
        );
      }),
    );
  });

  it('keeps Cyrillic and Kazakh names and their extension, and names exhibits by item id', () => {
    expect(safeFileName('Решение суда: Қаулы №5.pdf')).toBe('Решение суда_ Қаулы №5.pdf');
    expect(safeFileName('CON.txt')).toBe('_CON.txt');
    expect(safeFileName('../../etc/passwd')).toBe('_.._etc_passwd');
    const long = `${'ж'.repeat(200)}.jpeg`;
    expect(safeFileName(long)).toMatch(/^ж+\.jpeg$/);
    expect(exhibitPath('a'.repeat(32), 'a/b.pdf')).toBe(`files/${'a'.repeat(32)}/a_b.pdf`);
  });

  it('writes a public key openssl and Node read back, with the fingerprint custody entries carry', () => {
    const device = DeviceKey.generate();
    const spki = device.publicKey.export({ format: 'der', type: 'spki' });
    const raw = rawPublicKeyOf(spki);
    expect(spkiOf(raw).equals(spki)).toBe(true);
    expect(fingerprintOf(raw)).toBe(device.fingerprint);
    const key = createPublicKey(publicKeyPem(raw));
    const message = Buffer.from('manifest bytes');
    expect(verify(null, message, key, device.sign(message))).toBe(true);
    const other = generateKeyPairSync('ed25519');
    expect(verify(null, message, key, sign(null, message, other.privateKey))).toBe(false);
  });
});
