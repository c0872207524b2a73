// Defends against: serving a snapshot for a table whose stored rows changed since (a flipped byte, an edited clear
// column, a row added, removed or swapped), since any such change changes this digest. Follows SHA-256 (FIPS
// 180-4, WebCrypto digest) over an unambiguous, length-prefixed encoding of the raw rows. Tested in
// tests/component/records/working-snapshot.test.ts.
//
// Encoding, per table: for each row in key order, the number of columns, then for each column in name order its
// name, a type tag and its value, every variable part prefixed by its byte length, so no two different tables
// encode to the same bytes. Rows are hashed as IndexedDB holds them: nothing is decrypted.

const encoder = new TextEncoder();
const TAG = { bytes: 0x62, string: 0x73, json: 0x6a } as const;

const isBytes = (value: unknown): value is Uint8Array => Object.prototype.toString.call(value) === '[object Uint8Array]';

/** A growing byte buffer: one allocation per doubling, not one per row, since a table can hold 50k rows. */
class ByteSink {
  private buffer = new Uint8Array(1 << 16);
  private length = 0;

  private reserve(extra: number): void {
    if (this.length + extra <= this.buffer.length) return;
    let size = this.buffer.length * 2;
    while (size < this.length + extra) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.buffer.subarray(0, this.length));
    this.buffer = next;
  }

  u32(value: number): void {
    this.reserve(4);
    new DataView(this.buffer.buffer, this.length, 4).setUint32(0, value);
    this.length += 4;
  }

  byte(value: number): void {
    this.reserve(1);
    this.buffer[this.length++] = value;
  }

  bytes(value: Uint8Array): void {
    this.u32(value.length);
    this.reserve(value.length);
    this.buffer.set(value, this.length);
    this.length += value.length;
  }

  text(value: string): void {
    // UTF-8 needs at most three bytes per UTF-16 unit; the length is written once the real size is known.
    this.reserve(4 + value.length * 3);
    const at = this.length;
    this.length += 4;
    const { written } = encoder.encodeInto(value, this.buffer.subarray(this.length));
    new DataView(this.buffer.buffer, at, 4).setUint32(0, written);
    this.length += written;
  }

  view(): Uint8Array<ArrayBuffer> {
    return this.buffer.subarray(0, this.length);
  }
}

function writeRow(sink: ByteSink, row: unknown): void {
  if (row === null || typeof row !== 'object') {
    sink.u32(0xffffffff);
    sink.text(JSON.stringify(row) ?? 'undefined');
    return;
  }
  const columns = Object.keys(row).sort();
  sink.u32(columns.length);
  for (const column of columns) {
    const value = (row as Record<string, unknown>)[column];
    sink.text(column);
    if (isBytes(value)) {
      sink.byte(TAG.bytes);
      sink.bytes(value);
    } else if (typeof value === 'string') {
      sink.byte(TAG.string);
      sink.text(value);
    } else {
      // Blind-index arrays and anything unexpected: JSON is exact for what a row may hold (strings, numbers, arrays).
      sink.byte(TAG.json);
      sink.text(JSON.stringify(value) ?? 'undefined');
    }
  }
}

/** SHA-256 over one table's raw rows, as lowercase hex; the rows must be in key order, as getAll() returns them. */
export async function digestRows(rows: readonly unknown[]): Promise<string> {
  const sink = new ByteSink();
  sink.u32(rows.length);
  for (const row of rows) writeRow(sink, row);
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', sink.view()));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}
