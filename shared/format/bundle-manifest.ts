/**
 * Defends against: a bundle whose list of exhibits, hashes or creator can be edited without the signature noticing.
 * Follows: manifest.json = RFC 8785 canonical JSON of BundleManifestV1 (format 1), signed with Ed25519 (RFC 8032)
 *   over exactly those bytes. Vectors: tests/vectors/bundle/v1/ (frozen once shipped; a format 2 gets its own folder).
 */
import { z } from 'zod';
import type { ErrorCode } from '../errors';
import type { Result } from '../result';
import { canonicalJson } from './canonical-json';

export const BUNDLE_FORMAT = 1;
export const BUNDLE_KIND = 'tamga.evidence-bundle';

const Sha256Hex = z.string().regex(/^[0-9a-f]{64}$/);
const Id = z.string().regex(/^[0-9a-f]{32}$/);
const Size = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);

/** The entries every bundle has besides its exhibits; each is listed with its hash in `documents`. */
export const DOCUMENT_PATHS = ['cases.json', 'custody.jsonl', 'index.html', 'VERIFY.txt', 'device-key.pem'] as const;
export type DocumentPath = (typeof DOCUMENT_PATHS)[number];

/** One exhibit. The path's name part is a filesystem-safe form of originalName, which keeps the name as imported. */
export const BundleFile = z
  .object({
    itemId: Id,
    // eslint-disable-next-line no-control-regex -- control characters are exactly what this pattern must refuse
    path: z.string().regex(/^files\/[0-9a-f]{32}\/[^/\\\u0000-\u001f]{1,200}$/),
    size: Size,
    sha256: Sha256Hex,
    originalName: z.string().max(4096),
    mediaType: z.string().max(255).optional(),
    importedAt: z.iso.datetime(),
  })
  .strict();
export type BundleFile = z.infer<typeof BundleFile>;

export const BundleDocument = z.object({ path: z.enum(DOCUMENT_PATHS), size: Size, sha256: Sha256Hex }).strict();
export type BundleDocument = z.infer<typeof BundleDocument>;

export const BundleManifestV1 = z
  .object({
    format: z.literal(1),
    kind: z.literal(BUNDLE_KIND),
    bundleId: Id,
    createdAt: z.iso.datetime(),
    creator: z
      .object({
        algorithm: z.literal('Ed25519'),
        /** Raw 32-byte Ed25519 public key, base64. device-key.pem holds the same key for openssl. */
        publicKey: z.string().regex(/^[A-Za-z0-9+/]{43}=$/),
        /** First 16 bytes of SHA-256 over the key's DER SubjectPublicKeyInfo, hex: the name custody entries use. */
        fingerprint: Id,
      })
      .strict(),
    files: z.array(BundleFile),
    documents: z.array(BundleDocument),
    /** custody.jsonl's own chain: how many lines and the SHA-256 of the last, so a cut tail is detected. */
    custody: z.object({ entries: Size, head: Sha256Hex }).strict(),
  })
  .strict()
  .superRefine((manifest, context) => {
    const unique = (values: string[], what: string) => {
      if (new Set(values).size !== values.length) context.addIssue({ code: 'custom', message: `duplicate ${what}` });
    };
    unique(manifest.files.map((f) => f.path), 'file path');
    unique(manifest.files.map((f) => f.itemId), 'item id');
    unique(manifest.documents.map((d) => d.path), 'document path');
  });
export type BundleManifest = z.infer<typeof BundleManifestV1>;

export type ManifestError = { code: Extract<ErrorCode, 'bundle.manifestInvalid' | 'bundle.unsupportedFormat'>; details: { reason: string } };

/**
 * The one reader for manifest.json; it switches on `format`. The bytes must already be canonical: a signature is
 * only meaningful over one agreed serialisation, and a re-serialised manifest may hide a second value for a key.
 */
export function parseBundleManifest(bytes: Uint8Array): Result<BundleManifest, ManifestError> {
  const invalid = (reason: string): Result<never, ManifestError> => ({ ok: false, error: { code: 'bundle.manifestInvalid', details: { reason } } });
  let text: string;
  let json: unknown;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    json = JSON.parse(text);
  } catch {
    return invalid('not JSON');
  }
  const format = typeof json === 'object' && json !== null ? (json as { format?: unknown }).format : undefined;
  if (typeof format === 'number' && Number.isInteger(format) && format > BUNDLE_FORMAT) {
    return { ok: false, error: { code: 'bundle.unsupportedFormat', details: { reason: `format ${format}` } } };
  }
  if (format !== 1) return invalid('no format 1 marker');
  const parsed = BundleManifestV1.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return invalid(`${issue?.path.join('.') || 'manifest'}: ${issue?.message ?? 'invalid'}`);
  }
  if (!isCanonical(json, text)) return invalid('not in canonical form (RFC 8785)');
  return { ok: true, value: parsed.data };
}

function isCanonical(json: unknown, text: string): boolean {
  try {
    return canonicalJson(json) === text;
  } catch {
    return false; // e.g. an escaped lone surrogate: valid JSON, not I-JSON
  }
}
