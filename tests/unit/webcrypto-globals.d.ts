// Node has WebCrypto's CryptoKey but @types/node does not name it globally; unit tests that run the renderer's
// WebCrypto code beside main's (record-row.test.ts) need the browser's global name for it.
declare type CryptoKey = import('node:crypto').webcrypto.CryptoKey;
