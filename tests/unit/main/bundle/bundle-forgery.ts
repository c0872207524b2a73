/**
 * What a forger with the bundle in hand can do: edit entries, then recompute every hash, SHA256SUMS and both
 * signatures with a key of their own (or a stolen one), so that only checks beyond "is it signed" can catch it.
 * No vitest imports: tests/fixtures/hostile/make-hostile-bundles.ts uses this too.
 */
import { createHash, createPrivateKey, createPublicKey, sign } from 'node:crypto';
import { SUMS_SIGNATURE } from '../../../../src-main/bundle/bundle-documents';
import { fingerprintOf, MANIFEST, publicKeyPem, sha256SumsText, SIGNATURE, SIGNATURE_BINARY, SUMS } from '../../../../src-main/bundle/bundle-layout';
import { canonicalJson, canonicalJsonBytes } from '../../../../shared/format/canonical-json';
import type { BundleManifest } from '../../../../shared/format/bundle-manifest';
import type { CustodyEvent } from '../../../../shared/ipc/channels/vault';

export type Entries = Record<string, Uint8Array>;
export type Signer = { sign(bytes: Uint8Array): Buffer; publicKey: Buffer; fingerprint: string };

const PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** An Ed25519 key from a 32-byte seed (hex), so forged fixtures come out the same on every run. */
export function signerFromSeed(seedHex: string): Signer {
  const privateKey = createPrivateKey({ key: Buffer.concat([PKCS8_PREFIX, Buffer.from(seedHex, 'hex')]), format: 'der', type: 'pkcs8' });
  const spki = createPublicKey(privateKey).export({ format: 'der', type: 'spki' });
  const publicKey = spki.subarray(spki.length - 32);
  return { sign: (bytes) => sign(null, bytes, privateKey), publicKey, fingerprint: fingerprintOf(publicKey) };
}

/** RFC 8032 §7.1 test 2: a key that is not the vault's, for the forger. */
export const FORGER_SEED = '4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb';

export const manifestOf = (entries: Entries): BundleManifest => JSON.parse(Buffer.from(entries[MANIFEST]!).toString('utf8')) as BundleManifest;

export function custodyEventsOf(entries: Entries): CustodyEvent[] {
  const text = Buffer.from(entries['custody.jsonl']!).toString('utf8');
  return text.split('\n').filter(Boolean).map((line) => (JSON.parse(line) as { event: CustodyEvent }).event);
}

/** Writes `events` as a fresh, internally whole custody chain (bundle-custody.ts format). */
export function setCustody(entries: Entries, events: CustodyEvent[]): void {
  let prev = '0'.repeat(64);
  const lines: string[] = [];
  for (const event of events) {
    const line = canonicalJson({ event, prev });
    lines.push(`${line}\n`);
    prev = createHash('sha256').update(line, 'utf8').digest('hex');
  }
  entries['custody.jsonl'] = Buffer.from(lines.join(''), 'utf8');
}

/**
 * Re-signs the bundle with `signer`: the manifest's hashes and sizes are recomputed from the entries as they now are,
 * the custody head from custody.jsonl, device-key.pem replaced, then SHA256SUMS and both signatures redone.
 * `claim` lets the forger name a creator other than the key that signs (the fingerprint-vs-key case).
 */
export function resign(entries: Entries, signer: Signer, options: { claim?: { publicKey: string; fingerprint: string } } = {}): void {
  const manifest = manifestOf(entries);
  entries['device-key.pem'] = Buffer.from(publicKeyPem(signer.publicKey));
  manifest.creator = { algorithm: 'Ed25519', ...(options.claim ?? { publicKey: signer.publicKey.toString('base64'), fingerprint: signer.fingerprint }) };
  manifest.documents = manifest.documents.map((d) => ({ ...d, size: entries[d.path]!.length, sha256: sha256(entries[d.path]!) }));
  manifest.files = manifest.files.map((f) => ({ ...f, size: entries[f.path]!.length, sha256: sha256(entries[f.path]!) }));
  const lines = Buffer.from(entries['custody.jsonl']!).toString('utf8').split('\n').filter(Boolean);
  manifest.custody = { entries: lines.length, head: lines.length ? createHash('sha256').update(lines.at(-1)!, 'utf8').digest('hex') : '0'.repeat(64) };
  const manifestBytes = canonicalJsonBytes(manifest);
  const signature = signer.sign(manifestBytes);
  const sums = Buffer.from(sha256SumsText(manifest, sha256(manifestBytes)));
  entries[MANIFEST] = manifestBytes;
  entries[SIGNATURE] = Buffer.from(`${signature.toString('base64')}\n`);
  entries[SIGNATURE_BINARY] = signature;
  entries[SUMS] = sums;
  entries[SUMS_SIGNATURE] = signer.sign(sums);
}
