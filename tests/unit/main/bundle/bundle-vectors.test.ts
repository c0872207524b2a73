import { createPublicKey, verify } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { verifyBundle, writeBundle } from '../../../../src-main/bundle';
import { spkiOf } from '../../../../src-main/bundle/bundle-layout';
import { parseBundleManifest } from '../../../../shared/format/bundle-manifest';
import { tempDir } from '../vault/temp-vault';
import { VECTOR_BUNDLE_ID, VECTOR_CASES, VECTOR_ITEM_IDS, VECTOR_PUBLIC_KEY, VECTOR_TIME, vectorSource } from './vector-source';

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

  it('the writer still produces every entry byte for byte from the same key, time and items', async () => {
    const out = join(tempDir(), 'again.zip');
    await writeBundle(vectorSource(), { itemIds: VECTOR_ITEM_IDS, cases: VECTOR_CASES, out }, { now: () => VECTOR_TIME, bundleId: () => VECTOR_BUNDLE_ID });
    const entries = unzipSync(readFileSync(out));
    expect(Buffer.from(entries['manifest.json']!).equals(frozenManifest)).toBe(true);
    expect(Object.keys(entries)).toEqual(Object.keys(expected.entries));
    for (const [name, hex] of Object.entries(expected.entries)) expect(Buffer.from(entries[name]!).toString('hex'), name).toBe(hex);
  });
});
