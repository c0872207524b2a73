/**
 * Defends against: misread or mistyped recovery codes (no I/L/O/U, case-insensitive, separators ignored).
 * Follows: Crockford's Base32 alphabet (https://www.crockford.com/base32.html), big-endian bit packing, no padding.
 * Vectors: tests/unit/main/vault/recovery-key.test.ts.
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export function encodeBase32(bytes: Uint8Array): string {
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(buffer >>> (bits - 5)) & 31];
      bits -= 5;
    }
    buffer &= (1 << bits) - 1;
  }
  if (bits > 0) out += ALPHABET[(buffer << (5 - bits)) & 31];
  return out;
}

/** Returns undefined for a character outside the alphabet, so callers can say "mistyped" rather than guess. */
export function decodeBase32(text: string, byteLength: number): Uint8Array | undefined {
  const cleaned = text.toUpperCase().replace(/[\s-]/g, '').replace(/[IL]/g, '1').replace(/O/g, '0');
  if (cleaned.length !== Math.ceil((byteLength * 8) / 5)) return undefined;
  const out = new Uint8Array(byteLength);
  let buffer = 0;
  let bits = 0;
  let index = 0;
  for (const char of cleaned) {
    const value = ALPHABET.indexOf(char);
    if (value < 0) return undefined;
    buffer = (buffer << 5) | value;
    bits += 5;
    if (bits >= 8) {
      if (index < byteLength) out[index++] = (buffer >>> (bits - 8)) & 255;
      bits -= 8;
      buffer &= (1 << bits) - 1;
    }
  }
  return out;
}

/** "ABCDE-FGHIJ-…": short groups are what a person can copy by hand without losing their place. */
export const groupText = (text: string, size: number): string => text.match(new RegExp(`.{1,${size}}`, 'g'))?.join('-') ?? '';
