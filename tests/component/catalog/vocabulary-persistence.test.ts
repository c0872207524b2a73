import { afterEach, describe, expect, it } from 'vitest';
import { waitFor } from '@testing-library/react';
import { getEntry, parseUserVocabulary } from '../../../shared/catalog';
import { bindVocabulariesToRecords } from '../../../src-renderer/features/catalog/vocabulary-persistence';
import { useCatalogStore } from '../../../src-renderer/features/catalog/catalog-store';
import { openRecords, useRecords } from '../../../src-renderer/records';
import { makeRecordKeys, readRawRows, uniqueDatabaseName } from '../records/record-test-kit';

const vocabulary = {
  format: 'tamga-vocabulary',
  formatVersion: 1,
  namespace: 'KIBHR',
  version: '2021-06',
  name: { en: 'KIBHR monitoring terms' },
  entries: [{ id: 'KIBHR:VT-WELDED-DOORS', kind: 'violation-type', label: { en: 'Stairwell doors welded shut' }, engages: ['ICCPR-12'] }],
};

const binding = bindVocabulariesToRecords();
afterEach(() => {
  useRecords.getState().records?.dispose();
  useRecords.setState({ records: undefined });
});

describe('organisation vocabularies across lock and unlock', () => {
  it('keeps an added vocabulary sealed in the records and brings it back after the next unlock', async () => {
    const keys = await makeRecordKeys();
    const name = uniqueDatabaseName('vocabulary');
    useRecords.setState({ records: await openRecords(keys, { name }) });
    const parsed = parseUserVocabulary(vocabulary);
    if (!parsed.ok) throw new Error('fixture vocabulary is invalid');
    expect(useCatalogStore.getState().addVocabulary(parsed.value).ok).toBe(true);
    expect(getEntry('KIBHR:VT-WELDED-DOORS', useCatalogStore.getState().catalog)).toBeDefined();
    await waitFor(async () => expect(await useRecords.getState().records!.drafts.get('catalog:vocabularies')).toHaveLength(1));

    // Lock: the records close and the organisation's terms leave memory.
    useRecords.getState().records!.dispose();
    useRecords.setState({ records: undefined });
    expect(useCatalogStore.getState().vocabularies).toEqual([]);
    expect(getEntry('KIBHR:VT-WELDED-DOORS', useCatalogStore.getState().catalog)).toBeUndefined();
    expect(JSON.stringify(await readRawRows(name))).not.toContain('Stairwell doors');

    useRecords.setState({ records: await openRecords(keys, { name }) });
    await waitFor(() => expect(getEntry('KIBHR:VT-WELDED-DOORS', useCatalogStore.getState().catalog)).toBeDefined());
    binding.dispose();
  });
});
