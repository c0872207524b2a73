import { createHash, createPublicKey, verify } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { verifyBundle, writeBundle } from '../../../../src-main/bundle';
import { spkiOf } from '../../../../src-main/bundle/bundle-layout';
import { parseBundleManifest, type BundleManifest } from '../../../../shared/format/bundle-manifest';
import { canonicalJsonBytes } from '../../../../shared/format/canonical-json';
import { tempDir } from '../vault/temp-vault';
import { VECTOR_BUNDLE_ID, VECTOR_CASES, VECTOR_ITEM_IDS, VECTOR_PUBLIC_KEY, VECTOR_TIME, vectorSource } from './vector-source';

/**
 * index.html is the reading copy (bundle-index-html.ts): words for people, which no check reads beyond its hash, so
 * better wording is not a new format. It and the five entries that carry its hash are left out of the byte-for-byte
 * comparison below and held to the frozen ones in every other byte. The frozen zip itself still verifies whole.
 */
const READING_COPY = 'index.html';
const NAMING_READING_COPY = new Set([READING_COPY, 'manifest.json', 'manifest.sig', 'manifest.sig.bin', 'SHA256SUMS', 'SHA256SUMS.sig.bin']);

const VECTORS = join(__dirname, '..', '..', '..', 'vectors', 'bundle', 'v1');
const expected = JSON.parse(readFileSync(join(VECTORS, 'expected.json'), 'utf8')) as { signature: string; entries: Record<string, string> };
const frozenManifest = readFileSync(join(VECTORS, 'manifest.json'));

describe('bundle format 1 vectors (frozen)', () => {
  it('the frozen bundle verifies whole', async () => {
    const report = await verifyBundle(join(VECTORS, 'tiny-bundle.zip'));
    expect(report).toMatchObject({ ok: true, bundleId: VECTOR_BUNDLE_ID, filesChecked: 7 });
  });

  it('the frozen manifest parses and its signature checks against the RFC 8032 test key', () => {
    expect(parseBundleManifest(frozenManifest).ok).toBe(true);
    const key = createPublicKey({ key: spkiOf(Buffer.from(VECTOR_PUBLIC_KEY, 'hex')), format: 'der', type: 'spki' });
    expect(verify(null, frozenManifest, key, Buffer.from(expected.signature, 'hex'))).toBe(true);
  });

  it('the writer still produces every entry byte for byte from the same key, time and items, apart from the reading copy', async () => {
    const out = join(tempDir(), 'again.zip');
    await writeBundle(vectorSource(), { itemIds: VECTOR_ITEM_IDS, cases: VECTOR_CASES, out }, { now: () => VECTOR_TIME, bundleId: () => VECTOR_BUNDLE_ID });
    const entries = unzipSync(readFileSync(out));
    expect(Object.keys(entries)).toEqual(Object.keys(expected.entries));
    for (const [name, hex] of Object.entries(expected.entries)) {
      if (!NAMING_READING_COPY.has(name)) expect(Buffer.from(entries[name]!).toString('hex'), name).toBe(hex);
    }
    // Put the frozen index.html's hash and size back into the new manifest, and it is the frozen manifest to the byte.
    const frozenCopy = Buffer.from(expected.entries[READING_COPY]!, 'hex');
    const manifest = JSON.parse(Buffer.from(entries['manifest.json']!).toString('utf8')) as BundleManifest;
    const documents = manifest.documents.map((d) => (d.path === READING_COPY ? { ...d, size: frozenCopy.length, sha256: createHash('sha256').update(frozenCopy).digest('hex') } : d));
    expect(Buffer.from(canonicalJsonBytes({ ...manifest, documents })).equals(frozenManifest)).toBe(true);
    // SHA256SUMS lists the same entries in the same order; only the lines for the manifest and index.html differ.
    const sums = (bytes: Uint8Array) => Buffer.from(bytes).toString('utf8').split('\n').map((line) => line.slice(66));
    expect(sums(entries['SHA256SUMS']!)).toEqual(sums(Buffer.from(expected.entries['SHA256SUMS']!, 'hex')));
    const changed = (bytes: Uint8Array) => Buffer.from(bytes).toString('utf8').split('\n').filter((line) => !/ {2}(manifest\.json|index\.html)$/.test(line));
    expect(changed(entries['SHA256SUMS']!)).toEqual(changed(Buffer.from(expected.entries['SHA256SUMS']!, 'hex')));
    const key = createPublicKey({ key: spkiOf(Buffer.from(VECTOR_PUBLIC_KEY, 'hex')), format: 'der', type: 'spki' });
    expect(verify(null, entries['manifest.json']!, key, entries['manifest.sig.bin']!)).toBe(true);
    expect(verify(null, entries['SHA256SUMS']!, key, entries['SHA256SUMS.sig.bin']!)).toBe(true);
  });
});
