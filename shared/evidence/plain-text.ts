// Text files have no magic bytes, so a .txt statement arrived with no media type and read "Unknown". The WHATWG
// MIME Sniffing rule tells text from binary by content alone (the file name is never trusted): text has none of
// the "binary data bytes" below, or starts with a UTF-16 byte order mark. Windows-1251 and UTF-8 both pass.

/** 0x00–0x08, 0x0B, 0x0E–0x1A, 0x1C–0x1F (mimesniff §7.2); tab, newlines, form feed and escape are text. */
const isBinaryDataByte = (byte: number): boolean => byte <= 0x08 || byte === 0x0b || (byte >= 0x0e && byte <= 0x1a) || (byte >= 0x1c && byte <= 0x1f);

/** True when the first bytes of a file read as text; an empty file says nothing, so it is not called text. */
export function looksLikePlainText(head: Uint8Array): boolean {
  if (head.length === 0) return false;
  if (head.length >= 2 && ((head[0] === 0xfe && head[1] === 0xff) || (head[0] === 0xff && head[1] === 0xfe))) return true;
  return !head.some(isBinaryDataByte);
}
