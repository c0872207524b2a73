import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../../shared/format/canonical-json';
import { parseBundleManifest, type BundleManifest } from '../../../../shared/format/bundle-manifest';

const manifest: BundleManifest = {
  format: 1,
  kind: 'tamga.evidence-bundle',
  bundleId: '0123456789abcdef0123456789abcdef',
  createdAt: '2025-03-01T10:00:00.000Z',
  creator: { algorithm: 'Ed25519', publicKey: 'A'.repeat(43) + '=', fingerprint: 'f'.repeat(32) },
  files: [{ itemId: 'a'.repeat(32), path: `files/${'a'.repeat(32)}/photo.jpg`, size: 3, sha256: 'b'.repeat(64), originalName: 'photo.jpg', importedAt: '2025-03-01T09:00:00.000Z' }],
  documents: [{ path: 'cases.json', size: 3, sha256: 'c'.repeat(64) }],
  custody: { entries: 0, head: '0'.repeat(64) },
};
const bytes = (value: unknown) => new TextEncoder().encode(typeof value === 'string' ? value : canonicalJson(value));

describe('bundle manifest format 1', () => {
  it('reads a canonical manifest back to the same value', () => {
    const parsed = parseBundleManifest(bytes(manifest));
    expect(parsed).toEqual({ ok: true, value: manifest });
  });

  it('refuses a manifest that is valid JSON but not canonical (it would not be the signed bytes)', () => {
    const parsed = parseBundleManifest(bytes(JSON.stringify(manifest, null, 2)));
    expect(parsed).toMatchObject({ ok: false, error: { code: 'bundle.manifestInvalid', details: { reason: expect.stringMatching(/canonical/) } } });
  });

  it('names a newer format instead of calling it invalid', () => {
    expect(parseBundleManifest(bytes({ ...manifest, format: 2 }))).toMatchObject({ ok: false, error: { code: 'bundle.unsupportedFormat' } });
  });

  it.each([
    ['not JSON', '{"format":1,'],
    ['a path outside files/', { ...manifest, files: [{ ...manifest.files[0]!, path: '../etc/passwd' }] }],
    ['an unknown field', { ...manifest, extra: true }],
    ['a duplicated exhibit', { ...manifest, files: [manifest.files[0]!, manifest.files[0]!] }],
    ['no format marker', { ...manifest, format: undefined }],
  ])('refuses %s', (_, value) => {
    const input = typeof value === 'string' ? bytes(value) : bytes(JSON.parse(JSON.stringify(value)));
    expect(parseBundleManifest(input)).toMatchObject({ ok: false, error: { code: 'bundle.manifestInvalid' } });
  });
});
