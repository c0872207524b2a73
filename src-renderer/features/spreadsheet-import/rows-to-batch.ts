import { newRecordId, parseApproximateDate, type Person } from '../../../shared/model';
import type { MappedCaseRow } from '../../../shared/spreadsheet/validate-rows';
import { searchKey } from '../../../shared/text';
import type { ImportBatch } from '../../records';
import { scriptOf } from '../people/person-names';

/**
 * Spreadsheet rows become cases, one incident event per dated or placed row, people linked as victims, and one
 * source record per distinct source. A name already in the registry (any spelling that folds the same) is
 * linked, not duplicated; an unreadable date stays in the summary as written rather than being guessed.
 */
export function rowsToBatch(rows: readonly MappedCaseRow[], existingPeople: readonly Person[], language: 'en' | 'ru' | 'kk'): ImportBatch {
  const batch: Required<ImportBatch> = { cases: [], people: [], sources: [], events: [], casePeople: [] };
  const peopleByKey = new Map<string, string>();
  for (const person of existingPeople) for (const name of person.names) peopleByKey.set(searchKey(name.text), person.id);
  const sourcesByName = new Map<string, string>();

  for (const row of rows) {
    const caseId = newRecordId();
    const parsed = row.dateText ? parseApproximateDate(row.dateText, language) : undefined;
    const unreadDate = row.dateText && !parsed?.ok ? row.dateText : undefined;
    batch.cases.push({
      id: caseId,
      title: row.title,
      summary: [row.summary, unreadDate].filter(Boolean).join('\n\n'),
      status: row.status === 'closed' ? 'closed' : 'open',
      places: row.place ? [{ text: row.place }] : [],
      tags: row.tags,
      ...(parsed?.ok ? { period: parsed.value } : {}),
    });

    let sourceId: string | undefined;
    if (row.source) {
      sourceId = sourcesByName.get(row.source);
      if (!sourceId) {
        sourceId = newRecordId();
        sourcesByName.set(row.source, sourceId);
        batch.sources.push({ id: sourceId, kind: 'other', name: row.source });
      }
    }
    if (parsed?.ok || row.place) {
      batch.events.push({
        caseId,
        type: 'incident',
        ...(parsed?.ok ? { when: parsed.value } : {}),
        ...(row.place ? { place: { text: row.place } } : {}),
        sourceIds: sourceId ? [sourceId] : [],
      });
    }
    for (const name of row.people) {
      const key = searchKey(name);
      let personId = peopleByKey.get(key);
      if (!personId) {
        personId = newRecordId();
        peopleByKey.set(key, personId);
        batch.people.push({ id: personId, names: [{ text: name, script: scriptOf(name), kind: 'primary' }] });
      }
      if (!batch.casePeople.some((link) => link.caseId === caseId && link.personId === personId)) {
        batch.casePeople.push({ caseId, personId, role: 'victim' });
      }
    }
  }
  return batch;
}
