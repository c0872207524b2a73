// Organisation vocabularies: whatever an organisation adds on top of the shipped catalog (format:
// docs/vocabulary-format.md): violation types, topics and places since format 1; law articles, instruments,
// recommendations and opinions since format 2. Problems come back as VocabularyIssue[], each a path and a message
// key, so the UI can show them in the user's language.
import { z } from 'zod';
import type { Result } from '../result';
import { ArticleNumberSchema, instrumentFamilies, LabelSchema, PartialDateSchema, PlaceNameSchema, RetiredSchema } from './schema';
import { resolveTagTarget, resolvedEntry } from './tag-migration';
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
  'vocabulary.kindNeedsNewerFormat',
  'vocabulary.fieldNotForKind',
  'vocabulary.notAnInstrument',
] as const;
export type VocabularyIssueKey = (typeof vocabularyIssueKeys)[number];
export type VocabularyIssue = { path: (string | number)[]; key: VocabularyIssueKey; params?: Record<string, string> };

/** Format 1 knew these kinds; a file that uses any other must say formatVersion 2, so an older Tamga refuses it plainly. */
const FORMAT_1_KINDS = ['violation-type', 'topic', 'place'] as const;
export const userEntryKinds = [...FORMAT_1_KINDS, 'article', 'instrument', 'recommendation', 'opinion'] as const;
export type UserEntryKind = (typeof userEntryKinds)[number];

const NAMESPACE = /^[A-Z][A-Z0-9-]{1,31}$/;
/** One flat shape for every kind, so a misplaced field is reported by name (FIELDS_OF_KIND) rather than as a failed union. */
const UserEntrySchema = z.strictObject({
  id: z.string().regex(/^[A-Z][A-Z0-9-]{1,31}:[A-Z0-9][A-Z0-9._-]*$/),
  kind: z.enum(userEntryKinds),
  label: LabelSchema,
  aliases: z.array(z.string().min(1)).default([]),
  engages: z.array(z.string()).default([]),
  parent: z.string().optional(),
  names: z.array(PlaceNameSchema).default([]),
  note: z.string().optional(),
  /** An article's instrument: a catalog id ("KZ-LAW-ASSEMBLIES-2020") or one of the vocabulary's own. */
  instrument: z.string().optional(),
  number: ArticleNumberSchema.optional(),
  substantive: z.boolean().optional(),
  family: z.enum(instrumentFamilies).optional(),
  shortName: z.string().min(1).optional(),
  symbol: z.string().min(1).optional(),
  adopted: PartialDateSchema.optional(),
  country: z.string().length(2).optional(),
  url: z.url().optional(),
  concerns: z.array(z.string()).default([]),
  mechanism: z.string().optional(),
  review: z.string().optional(),
  document: z.string().min(1).optional(),
  paragraph: z.string().min(1).optional(),
  response: z.enum(['supported', 'noted']).optional(),
});
type UserEntry = z.infer<typeof UserEntrySchema>;
type KindField = Exclude<keyof UserEntry, 'id' | 'kind' | 'label' | 'aliases' | 'note'>;

const INSTRUMENT_FIELDS: readonly KindField[] = ['engages', 'parent', 'shortName', 'symbol', 'adopted', 'country', 'url'];
const FIELDS_OF_KIND: Record<UserEntryKind, readonly KindField[]> = {
  'violation-type': ['engages'],
  topic: ['engages'],
  place: ['parent', 'names'],
  article: ['instrument', 'number', 'substantive', 'engages'],
  instrument: [...INSTRUMENT_FIELDS, 'family'],
  // An opinion (WGAD, a treaty body's Views) is a document cited for what it says, like the catalog's own.
  opinion: INSTRUMENT_FIELDS,
  recommendation: ['concerns', 'mechanism', 'review', 'document', 'paragraph', 'country', 'response'],
};
const REQUIRED_OF_KIND: Partial<Record<UserEntryKind, readonly KindField[]>> = { article: ['instrument', 'number'] };

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
/** The newest format this build writes about in its docs; every older one still loads. */
export const SUPPORTED_FORMAT_VERSION = 2;
const READABLE_FORMAT_VERSIONS: readonly unknown[] = [1, 2];

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
  if (typeof json === 'object' && json !== null && 'formatVersion' in json && !READABLE_FORMAT_VERSIONS.includes(json.formatVersion)) {
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
    issues.push(...kindIssues(e, i, vocab.formatVersion));
  });
  return issues.length > 0 ? { ok: false, error: issues } : { ok: true, value: vocab };
}

/** Fields the entry's kind does not use or lacks, and kinds its declared format does not have yet. */
function kindIssues(e: UserEntry, i: number, formatVersion: number): VocabularyIssue[] {
  const issues: VocabularyIssue[] = [];
  if (formatVersion < 2 && !(FORMAT_1_KINDS as readonly string[]).includes(e.kind)) {
    issues.push({ path: ['entries', i, 'kind'], key: 'vocabulary.kindNeedsNewerFormat', params: { kind: e.kind, version: '2' } });
  }
  const allowed = FIELDS_OF_KIND[e.kind];
  for (const field of Object.keys(FIELDS_OF_KIND).flatMap((k) => FIELDS_OF_KIND[k as UserEntryKind])) {
    const value = e[field];
    const written = Array.isArray(value) ? value.length > 0 : value !== undefined;
    if (written && !allowed.includes(field) && !issues.some((x) => x.path[2] === field)) {
      issues.push({ path: ['entries', i, field], key: 'vocabulary.fieldNotForKind', params: { field, kind: e.kind } });
    }
  }
  for (const field of REQUIRED_OF_KIND[e.kind] ?? []) {
    if (e[field] === undefined) issues.push({ path: ['entries', i, field], key: 'vocabulary.missingField' });
  }
  return issues;
}

const optional = <K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } =>
  (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };

function toEntry(e: UserEntry): CatalogEntry {
  const common = { id: e.id, label: e.label, aliases: e.aliases, origin: 'user' as const, ...optional('note', e.note) };
  switch (e.kind) {
    case 'place': {
      const names = e.names.length > 0 ? e.names : [{ text: e.label.en, lang: 'en' as const }];
      return { ...common, kind: 'place', type: 'site', names, sources: [], ...optional('parent', e.parent) };
    }
    case 'topic':
    case 'violation-type':
      return { ...common, kind: e.kind, engages: e.engages };
    case 'article':
      // The instrument's own priority is filled in at merge time, once the instrument is known.
      return { ...common, kind: 'article', instrumentId: e.instrument!, number: e.number!, substantive: e.substantive ?? true, engages: e.engages, priority: 0 };
    case 'instrument':
    case 'opinion':
      return {
        ...common,
        kind: 'instrument',
        family: e.kind === 'opinion' ? 'document' : (e.family ?? 'standard'),
        shortName: e.shortName ?? e.label.en,
        engages: e.engages,
        articleIds: [],
        priority: 0,
        articlesComplete: false,
        ...optional('parent', e.parent),
        ...optional('symbol', e.symbol),
        ...optional('adopted', e.adopted),
        ...optional('country', e.country),
        ...optional('url', e.url),
      };
    case 'recommendation':
      return {
        ...common,
        kind: 'recommendation',
        concerns: e.concerns,
        ...optional('mechanism', e.mechanism),
        ...optional('review', e.review),
        ...optional('document', e.document),
        ...optional('paragraph', e.paragraph),
        ...optional('country', e.country),
        ...optional('response', e.response),
      };
  }
}

/** Every id an entry points at, with the path of the field that names it. */
function referencesOf(e: UserEntry, i: number): { path: (string | number)[]; target: string }[] {
  const many = (field: 'engages' | 'concerns') => e[field].map((target, j) => ({ path: ['entries', i, field, j], target }));
  const one = (field: 'parent' | 'instrument' | 'mechanism' | 'review') => (e[field] ? [{ path: ['entries', i, field], target: e[field] }] : []);
  return [...many('engages'), ...many('concerns'), ...one('parent'), ...one('instrument'), ...one('mechanism'), ...one('review')];
}

/**
 * Own articles join their instrument's article list, so the catalog browser shows them under it, including under
 * a shipped instrument that the catalog holds at title level only. Ids of an earlier version of the namespace are
 * dropped from every list first.
 */
function attachArticles(entries: Map<string, CatalogEntry>, prefix: string): void {
  for (const [id, entry] of entries) {
    if (entry.kind === 'instrument' && entry.articleIds.some((a) => a.startsWith(prefix))) {
      entries.set(id, { ...entry, articleIds: entry.articleIds.filter((a) => !a.startsWith(prefix)) });
    }
  }
  for (const [id, entry] of entries) {
    if (entry.kind !== 'article' || !id.startsWith(prefix)) continue;
    const instrument = entries.get(entry.instrumentId);
    if (instrument?.kind !== 'instrument') continue;
    entries.set(instrument.id, { ...instrument, articleIds: [...instrument.articleIds, id] });
    entries.set(id, { ...entry, priority: instrument.priority });
  }
}

/**
 * The catalog plus an organisation's vocabulary. Re-merging a newer version of the same namespace replaces the
 * old entries, but every id the old version had must survive, be renamed or be retired, so no tag is orphaned.
 */
export function mergeVocabulary(catalog: Catalog, vocab: UserVocabulary): Result<Catalog, VocabularyIssue[]> {
  const prefix = `${vocab.namespace}:`;
  const entries = new Map([...catalog.entries].filter(([id]) => !id.startsWith(prefix)));
  const renamedIds = { ...catalog.renamedIds, ...vocab.renamedIds };
  const retiredIds = { ...catalog.retiredIds, ...vocab.retiredIds };
  for (const e of vocab.entries) entries.set(e.id, toEntry(e));
  const merged: Catalog = {
    ...catalog,
    entries,
    renamedIds,
    retiredIds,
    vocabularies: [...catalog.vocabularies.filter((n) => n !== vocab.namespace), vocab.namespace],
  };
  // An article names its instrument as the author knew it; an old id is followed to the current one.
  for (const [id, entry] of entries) {
    if (entry.kind !== 'article' || !id.startsWith(prefix)) continue;
    const instrument = resolvedEntry(resolveTagTarget(entry.instrumentId, merged));
    if (instrument) entries.set(id, { ...entry, instrumentId: instrument.id });
  }
  attachArticles(entries, prefix);
  const issues: VocabularyIssue[] = [];
  vocab.entries.forEach((e, i) => {
    for (const { path, target } of referencesOf(e, i)) {
      const resolution = resolveTagTarget(target, merged);
      if (resolution.status === 'unknown') {
        issues.push({ path, key: 'vocabulary.unknownReference', params: { id: target } });
      } else if (path[2] === 'instrument' && resolvedEntry(resolution)?.kind !== 'instrument') {
        issues.push({ path, key: 'vocabulary.notAnInstrument', params: { id: target } });
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
