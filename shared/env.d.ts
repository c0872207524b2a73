// The few globals both Node and the browser provide; shared/ may use these and nothing else.
declare class TextEncoder { encode(input?: string): Uint8Array; }
declare class TextDecoder { constructor(label?: string, options?: { fatal?: boolean }); decode(input?: Uint8Array): string; }
declare const crypto: { getRandomValues<T extends ArrayBufferView>(array: T): T };
declare const console: { error(...data: unknown[]): void; warn(...data: unknown[]): void };
/** Both have Blob; shared/ only ever reads one back as bytes (the spreadsheet writer hands one out). */
declare class Blob { readonly size: number; arrayBuffer(): Promise<ArrayBuffer>; }
