// Organisation vocabularies: extra violation types, topics and places an organisation adds on top of the
// shipped catalog (format: docs/vocabulary-format.md). Problems come back as VocabularyIssue[], each a path and
// a message key, so the UI can show them in the user's language.
import { z } from 'zod';
import type { Result } from '../result';
import { LabelSchema, PlaceNameSchema, RetiredSchema } from './schema';
import { resolveTagTarget } from './tag-migration';
import type { Catalog, CatalogEntry } from './types';

export const vocabularyIssueKeys = [
  'vocabulary.wrongType',
  'vocabulary.missingField',
  'vocabulary.unknownField',
  'vocabulary.invalidValue',
  'vocabulary.badFormat',
  'vocabulary.empty',
  'vocabulary.unsupportedVersion',
  'vocabulary.duplicateId',
  'vocabulary.idOutsideNamespace',
  'vocabulary.unknownReference',
  'vocabulary.droppedId',
] as const;
export type VocabularyIssueKey = (typeof vocabularyIssueKeys)[number];
export type VocabularyIssue = { path: (string | number)[]; key: VocabularyIssueKey; params?: Record<string, string> };

const NAMESPACE = /^[A-Z][A-Z0-9-]{1,31}$/;
const UserEntrySchema = z.strictObject({
  id: z.string().regex(/^[A-Z][A-Z0-9-]{1,31}:[A-Z0-9][A-Z0-9._-]*$/),
  kind: z.enum(['violation-type', 'topic', 'place']),
  label: LabelSchema,
  aliases: z.array(z.string().min(1)).default([]),
  engages: z.array(z.string()).default([]),
  parent: z.string().optional(),
  names: z.array(PlaceNameSchema).default([]),
  note: z.string().optional(),
});
const UserVocabularySchema = z.strictObject({
  format: z.literal('tamga-vocabulary'),
  formatVersion: z.number().int(),
  namespace: z.string().regex(NAMESPACE),
  version: z.string().min(1),
  name: LabelSchema,
  entries: z.array(UserEntrySchema).min(1),
  renamedIds: z.record(z.string(), z.string()).default({}),
  retiredIds: z.record(z.string(), RetiredSchema).default({}),
});
export type UserVocabulary = z.infer<typeof UserVocabularySchema>;
export const SUPPORTED_FORMAT_VERSION = 1;

function keyOf(issue: z.core.$ZodIssue): VocabularyIssueKey {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'vocabulary.missingField' : 'vocabulary.wrongType';
    case 'unrecognized_keys':
      return 'vocabulary.unknownField';
    case 'invalid_value':
      return 'vocabulary.invalidValue';
    case 'too_small':
      return 'vocabulary.empty';
    default:
      return 'vocabulary.badFormat';
  }
}

const toPath = (path: readonly PropertyKey[]) => path.map((p) => (typeof p === 'number' ? p : String(p)));

export function parseUserVocabulary(json: unknown): Result<UserVocabulary, VocabularyIssue[]> {
  if (typeof json === 'object' && json !== null && 'formatVersion' in json && json.formatVersion !== SUPPORTED_FORMAT_VERSION) {
    return { ok: false, error: [{ path: ['formatVersion'], key: 'vocabulary.unsupportedVersion', params: { supported: String(SUPPORTED_FORMAT_VERSION) } }] };
  }
  // reportInput lets a missing field (input undefined) be told from a wrong type.
  const parsed = UserVocabularySchema.safeParse(json, { reportInput: true });
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i): VocabularyIssue => {
      const path = toPath(i.path);
      return i.code === 'unrecognized_keys' ? { path, key: keyOf(i), params: { fields: i.keys.join(', ') } } : { path, key: keyOf(i) };
    });
    return { ok: false, error: issues };
  }
  const vocab = parsed.data;
  const issues: VocabularyIssue[] = [];
  const seen = new Set<string>();
  vocab.entries.forEach((e, i) => {
    if (!e.id.startsWith(`${vocab.namespace}:`)) issues.push({ path: ['entries', i, 'id'], key: 'vocabulary.idOutsideNamespace', params: { namespace: vocab.namespace } });
    if (seen.has(e.id)) issues.push({ path: ['entries', i, 'id'], key: 'vocabulary.duplicateId', params: { id: e.id } });
    seen.add(e.id);
  });
  return issues.length > 0 ? { ok: false, error: issues } : { ok: true, value: vocab };
}

function toEntry(e: UserVocabulary['entries'][number]): CatalogEntry {
  const common = { id: e.id, label: e.label, aliases: e.aliases, origin: 'user' as const, ...(e.note ? { note: e.note } : {}) };
  if (e.kind === 'place') {
    const names = e.names.length > 0 ? e.names : [{ text: e.label.en, lang: 'en' as const }];
    return { ...common, kind: 'place', type: 'site', names, sources: [], ...(e.parent ? { parent: e.parent } : {}) };
  }
  return e.kind === 'topic' ? { ...common, kind: 'topic', engages: e.engages } : { ...common, kind: 'violation-type', engages: e.engages };
}

/**
 * The catalog plus an organisation's vocabulary. Re-merging a newer version of the same namespace replaces the
 * old entries, but every id the old version had must survive, be renamed or be retired, so no tag is orphaned.
 */
export function mergeVocabulary(catalog: Catalog, vocab: UserVocabulary): Result<Catalog, VocabularyIssue[]> {
  const prefix = `${vocab.namespace}:`;
  const entries = new Map([...catalog.entries].filter(([id]) => !id.startsWith(prefix)));
  for (const e of vocab.entries) entries.set(e.id, toEntry(e));
  const merged: Catalog = {
    ...catalog,
    entries,
    renamedIds: { ...catalog.renamedIds, ...vocab.renamedIds },
    retiredIds: { ...catalog.retiredIds, ...vocab.retiredIds },
    vocabularies: [...catalog.vocabularies.filter((n) => n !== vocab.namespace), vocab.namespace],
  };
  const issues: VocabularyIssue[] = [];
  vocab.entries.forEach((e, i) => {
    const refs: [string, string, number?][] = e.engages.map((t, j) => ['engages', t, j]);
    if (e.parent) refs.push(['parent', e.parent]);
    for (const [field, target, j] of refs) {
      if (resolveTagTarget(target, merged).status === 'unknown') {
        issues.push({ path: j === undefined ? ['entries', i, field] : ['entries', i, field, j], key: 'vocabulary.unknownReference', params: { id: target } });
      }
    }
  });
  for (const id of catalog.entries.keys()) {
    if (id.startsWith(prefix) && resolveTagTarget(id, merged).status === 'unknown') {
      issues.push({ path: ['entries'], key: 'vocabulary.droppedId', params: { id } });
    }
  }
  return issues.length > 0 ? { ok: false, error: issues } : { ok: true, value: merged };
}
