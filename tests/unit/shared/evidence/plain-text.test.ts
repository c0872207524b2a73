import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { looksLikePlainText } from '../../../../shared/evidence/plain-text';

const bytes = (text: string) => new TextEncoder().encode(text);
// mimesniff's binary data bytes; in UTF-8 they only ever stand for themselves.
const BINARY_DATA_BYTES = new Set([0, 1, 2, 3, 4, 5, 6, 7, 8, 0x0b, ...Array.from({ length: 13 }, (_, i) => 0x0e + i), 0x1c, 0x1d, 0x1e, 0x1f]);

describe('looksLikePlainText', () => {
  it('calls text in any script, with tabs, newlines and form feeds, text', () => {
    expect(looksLikePlainText(bytes('Kettling in Almaty\tminus 20 °C\r\n'))).toBe(true);
    expect(looksLikePlainText(bytes('Жаңаөзен, 16 желтоқсан 2011 ж.\f'))).toBe(true);
    expect(looksLikePlainText(new Uint8Array([0xff, 0xfe, 0x41, 0x00]))).toBe(true);
  });

  it('calls nothing text that has no bytes, or a binary data byte', () => {
    expect(looksLikePlainText(new Uint8Array())).toBe(false);
    expect(looksLikePlainText(bytes('%PDF-1.7\n\u0000'))).toBe(false);
    expect(looksLikePlainText(new Uint8Array([0x41, 0x0b, 0x42]))).toBe(false);
  });

  it('calls any printable string text, and any string with a NUL not', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, unit: 'grapheme' }).filter((s) => ![...s].some((c) => BINARY_DATA_BYTES.has(c.charCodeAt(0)))), (s) => {
        expect(looksLikePlainText(bytes(s))).toBe(true);
      }),
    );
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        expect(looksLikePlainText(bytes(`${a}\u0000${b}`))).toBe(false);
      }),
    );
  });
});
