/**
 * Bytes of a text spreadsheet (CSV, tab-separated "Unicode text") to a string.
 * Monitors' files come from Excel in three shapes: UTF-8 (often with a BOM), UTF-16 with a BOM ("Unicode text"),
 * and Windows-1251, which Russian-locale Excel still writes for "CSV (comma delimited)".
 */

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1251';

export type DecodedText = {
  text: string;
  encoding: TextEncodingName;
  /** Bytes that were not valid in the chosen encoding and became U+FFFD; a person should know text was lost. */
  replacedCount: number;
};

const REPLACEMENT = '\uFFFD';

const countReplacements = (text: string): number => {
  let count = 0;
  for (let i = text.indexOf(REPLACEMENT); i >= 0; i = text.indexOf(REPLACEMENT, i + 1)) count++;
  return count;
};

const decodeAs = (encoding: TextEncodingName, bytes: Uint8Array): DecodedText => {
  const text = new TextDecoder(encoding).decode(bytes);
  return { text, encoding, replacedCount: countReplacements(text) };
};

/**
 * UTF-16 written without a BOM shows up as a NUL in every other byte for Latin and Cyrillic text alike;
 * genuine 8-bit text never has NULs, so a high share of them is a safe signal.
 */
function utf16WithoutBom(bytes: Uint8Array): TextEncodingName | null {
  const sample = Math.min(bytes.length, 4096) & ~1;
  if (sample < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = sample / 2;
  if (oddZeros / pairs > 0.3 && evenZeros === 0) return 'utf-16le';
  if (evenZeros / pairs > 0.3 && oddZeros === 0) return 'utf-16be';
  return null;
}

export function decodeSpreadsheetText(bytes: Uint8Array): DecodedText {
  // A BOM is the writer telling us; believe it. TextDecoder drops the BOM itself.
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decodeAs('utf-8', bytes);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeAs('utf-16le', bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeAs('utf-16be', bytes);

  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return decodeAs(utf16, bytes);

  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', replacedCount: 0 };
  } catch {
    // Not strict UTF-8. Either a UTF-8 file with a few damaged bytes, or an 8-bit file. In Windows-1251 Cyrillic
    // letters sit at 0xC0–0xFF, so two in a row are never valid UTF-8 and nearly every non-ASCII byte fails.
    // Read as UTF-8, a 1251 file is therefore mostly replacement characters (mojibake); a damaged UTF-8 file is not.
    const lenient = decodeAs('utf-8', bytes);
    let decodedNonAscii = 0;
    for (const char of lenient.text) if (char > '\u007f' && char !== REPLACEMENT) decodedNonAscii++;
    const isMostlyMojibake = lenient.replacedCount > decodedNonAscii / 9; // >10% of non-ASCII characters lost
    return isMostlyMojibake ? decodeAs('windows-1251', bytes) : lenient;
  }
}
