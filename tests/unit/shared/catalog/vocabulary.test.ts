import { describe, expect, it } from 'vitest';
import { getEntry, loadCatalog, mergeVocabulary, parseUserVocabulary, resolveTagTarget, suggestArticles, type UserVocabulary } from '../../../../shared/catalog';

const valid = () => ({
  format: 'tamga-vocabulary',
  formatVersion: 1,
  namespace: 'KIBHR',
  version: '2021-06',
  name: { en: 'KIBHR monitoring terms', ru: 'Термины мониторинга КМБПЧ' },
  entries: [
    { id: 'KIBHR:VT-WELDED-DOORS', kind: 'violation-type', label: { en: 'Stairwell doors welded shut', ru: 'Заваренные двери подъездов' }, engages: ['ICCPR-12', 'ICCPR-9'] },
    { id: 'KIBHR:PLACE-SIZO-ATYRAU', kind: 'place', label: { en: 'Atyrau SIZO' }, parent: 'GEO-ATYRAU' },
  ],
});

function parseOk(json: unknown): UserVocabulary {
  const r = parseUserVocabulary(json);
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
}

describe('parseUserVocabulary', () => {
  it('accepts the documented example', () => {
    expect(parseOk(valid()).entries).toHaveLength(2);
  });

  it.each([
    ['not an object', 'nope', [], 'vocabulary.wrongType'],
    ['missing label', { ...valid(), entries: [{ id: 'KIBHR:X', kind: 'topic' }] }, ['entries', 0, 'label'], 'vocabulary.missingField'],
    ['unknown field', { ...valid(), colour: 'red' }, [], 'vocabulary.unknownField'],
    ['bad kind', { ...valid(), entries: [{ id: 'KIBHR:X', kind: 'law', label: { en: 'x' } }] }, ['entries', 0, 'kind'], 'vocabulary.invalidValue'],
    ['bad id', { ...valid(), entries: [{ id: 'lower:x', kind: 'topic', label: { en: 'x' } }] }, ['entries', 0, 'id'], 'vocabulary.badFormat'],
    ['no entries', { ...valid(), entries: [] }, ['entries'], 'vocabulary.empty'],
    ['future format', { ...valid(), formatVersion: 3 }, ['formatVersion'], 'vocabulary.unsupportedVersion'],
    ['foreign namespace', { ...valid(), entries: [{ id: 'OTHER:X', kind: 'topic', label: { en: 'x' } }] }, ['entries', 0, 'id'], 'vocabulary.idOutsideNamespace'],
    ['duplicate id', { ...valid(), entries: [valid().entries[0], valid().entries[0]] }, ['entries', 1, 'id'], 'vocabulary.duplicateId'],
  ])('reports %s with a path and message key', (_name, json, path, key) => {
    const r = parseUserVocabulary(json);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContainEqual(expect.objectContaining({ path, key }));
  });
});

describe('mergeVocabulary', () => {
  it('adds the organisation entries without touching the shipped catalog', () => {
    const r = mergeVocabulary(loadCatalog(), parseOk(valid()));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.entries.get('KIBHR:VT-WELDED-DOORS')).toMatchObject({ kind: 'violation-type', origin: 'user' });
    expect(suggestArticles('KIBHR:VT-WELDED-DOORS', r.value).map((e) => e.id)).toEqual(['ICCPR-12', 'ICCPR-9']);
    expect(r.value.vocabularies).toEqual(['KIBHR']);
    expect(getEntry('KIBHR:VT-WELDED-DOORS')).toBeUndefined();
  });

  it('reports references that resolve nowhere', () => {
    const json = valid();
    json.entries[0]!.engages = ['ICCPR-99'];
    const r = mergeVocabulary(loadCatalog(), parseOk(json));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toEqual([{ path: ['entries', 0, 'engages', 0], key: 'vocabulary.unknownReference', params: { id: 'ICCPR-99' } }]);
  });

  it('refuses a new version that silently drops an id, and accepts it once the id is renamed', () => {
    const first = mergeVocabulary(loadCatalog(), parseOk(valid()));
    if (!first.ok) throw new Error('first merge failed');
    const next = valid();
    next.entries[0]!.id = 'KIBHR:VT-SEALED-ENTRANCES';
    const dropped = mergeVocabulary(first.value, parseOk(next));
    expect(dropped.ok).toBe(false);
    if (!dropped.ok) expect(dropped.error[0]).toMatchObject({ key: 'vocabulary.droppedId', params: { id: 'KIBHR:VT-WELDED-DOORS' } });

    const renamed = mergeVocabulary(first.value, parseOk({ ...next, renamedIds: { 'KIBHR:VT-WELDED-DOORS': 'KIBHR:VT-SEALED-ENTRANCES' } }));
    expect(renamed.ok).toBe(true);
    if (renamed.ok) expect(resolveTagTarget('KIBHR:VT-WELDED-DOORS', renamed.value)).toMatchObject({ status: 'renamed', id: 'KIBHR:VT-SEALED-ENTRANCES' });
  });
});
