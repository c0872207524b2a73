/**
 * Defends against: exhibit names that break extraction on the recipient's machine (reserved Windows names, slashes,
 *   control characters), and a signing key that common tools cannot read.
 * Follows: ARCHITECTURE.md §4 layout; GNU coreutils `sha256sum` text format; RFC 8410 (Ed25519 SubjectPublicKeyInfo).
 * Vectors: tests/vectors/bundle/v1/ and tests/unit/main/bundle/bundle-layout.test.ts.
 */
import { createHash } from 'node:crypto';
import type { BundleManifest } from '../../shared/format/bundle-manifest';

export const MANIFEST = 'manifest.json';
/** Signature in base64 (readable, pasteable) and in raw bytes (what `openssl pkeyutl -sigfile` reads). */
export const SIGNATURE = 'manifest.sig';
export const SIGNATURE_BINARY = 'manifest.sig.bin';
export const SUMS = 'SHA256SUMS';

/** DER prefix of an Ed25519 SubjectPublicKeyInfo (RFC 8410 §4); the raw 32-byte key follows it. */
const ED25519_SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

export const spkiOf = (rawPublicKey: Uint8Array): Buffer => Buffer.concat([ED25519_SPKI_PREFIX, rawPublicKey]);

export const rawPublicKeyOf = (spki: Buffer): Buffer => spki.subarray(ED25519_SPKI_PREFIX.length);

/** The same fingerprint custody entries carry (device-key.ts): SHA-256 of the SPKI DER, first 16 bytes, hex. */
export const fingerprintOf = (rawPublicKey: Uint8Array): string => createHash('sha256').update(spkiOf(rawPublicKey)).digest('hex').slice(0, 32);

export function publicKeyPem(rawPublicKey: Uint8Array): string {
  const body = spkiOf(rawPublicKey).toString('base64');
  return `-----BEGIN PUBLIC KEY-----\n${body}\n-----END PUBLIC KEY-----\n`;
}

const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;
const MAX_NAME_BYTES = 180;

/**
 * A name every common filesystem accepts and `sha256sum -c` reads without escapes. The original name is kept,
 * untouched, in the manifest; this is only where the bytes sit inside the zip.
 */
export function safeFileName(originalName: string): string {
  let name = originalName
    .normalize('NFC')
    // eslint-disable-next-line no-control-regex -- control characters are exactly what this pattern must refuse
    .replace(/[\u0000-\u001f\u007f/\\:*?"<>|]/g, '_')
    .replace(/^[\s.]+|[\s.]+$/g, '');
  if (WINDOWS_RESERVED.test(name)) name = `_${name}`;
  // Cut by UTF-8 bytes, not UTF-16 units, and never inside a surrogate pair; keep the extension where possible.
  if (Buffer.byteLength(name) > MAX_NAME_BYTES) {
    const dot = name.lastIndexOf('.');
    const extension = dot > 0 && name.length - dot <= 16 ? name.slice(dot) : '';
    let stem = [...name.slice(0, name.length - extension.length)];
    while (Buffer.byteLength(stem.join('') + extension) > MAX_NAME_BYTES) stem = stem.slice(0, -1);
    name = stem.join('') + extension;
  }
  return name.length > 0 ? name : 'file';
}

export const exhibitPath = (itemId: string, originalName: string): string => `files/${itemId}/${safeFileName(originalName)}`;

/** Every entry but SHA256SUMS itself and the two signature files, in the order they sit in the zip. */
export function sha256SumsText(manifest: BundleManifest, manifestSha256: string): string {
  const lines = [
    `${manifestSha256}  ${MANIFEST}`,
    ...manifest.documents.map((d) => `${d.sha256}  ${d.path}`),
    ...manifest.files.map((f) => `${f.sha256}  ${f.path}`),
  ];
  return `${lines.join('\n')}\n`;
}
