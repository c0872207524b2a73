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

  it('prefixes the reserved Windows names, with any extension, and only those', () => {
    for (const [name, safe] of [
      ['con', '_con'],
      ['com1', '_com1'],
      ['LPT9.txt', '_LPT9.txt'],
      ['aux.tar.gz', '_aux.tar.gz'],
      // Names that merely start or end like a reserved one, or run on past its digit, are left alone.
      ['console.log', 'console.log'],
      ['falcon', 'falcon'],
      ['com10', 'com10'],
      ['con-notes.txt', 'con-notes.txt'],
    ]) {
      expect(safeFileName(name!)).toBe(safe);
    }
  });

  it('trims dots and spaces from the ends only, and names what is left of nothing "file"', () => {
    expect(safeFileName('report v2.final.pdf')).toBe('report v2.final.pdf');
    expect(safeFileName(' .hidden. ')).toBe('hidden');
    expect(safeFileName('...secret...')).toBe('secret');
    expect(safeFileName('...')).toBe('file');
    expect(safeFileName('Cafe\u0301.txt')).toBe('Caf\u00e9.txt');
  });

  it('cuts a long name to 180 bytes from the end of its stem, keeping an extension of up to 15 letters', () => {
    // 2-byte letters: 87 of them and ".jpeg" are 179 bytes, one more would be 181.
    expect(safeFileName(`${'ж'.repeat(200)}.jpeg`)).toBe(`${'ж'.repeat(87)}.jpeg`);
    const fifteen = '.abcdefghijklmno';
    expect(safeFileName(`${'a'.repeat(200)}${fifteen}`)).toBe(`${'a'.repeat(180 - fifteen.length)}${fifteen}`);
    // Past 15 letters it is no extension: the name is cut like any other.
    expect(safeFileName(`${'a'.repeat(200)}.abcdefghijklmnop`)).toBe('a'.repeat(180));
    expect(safeFileName(`${'a'.repeat(100)}.${'b'.repeat(100)}`)).toBe(`${'a'.repeat(100)}.${'b'.repeat(79)}`);
    // A name of exactly 180 bytes is kept whole.
    expect(safeFileName(`${'a'.repeat(175)}.jpeg`)).toBe(`${'a'.repeat(175)}.jpeg`);
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
