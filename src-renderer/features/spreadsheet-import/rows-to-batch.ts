import { newRecordId, stricterConsent, type Person } from '../../../shared/model';
import type { MappedCaseRow } from '../../../shared/spreadsheet/validate-rows';
import { searchKey } from '../../../shared/text';
import type { ImportBatch } from '../../records';
import { scriptOf } from '../people/person-names';

/** Summary lines for what a row said but no field can hold, in the reader's language. */
export type KeptAsWritten = { date(text: string): string; tags(codes: string): string };

/**
 * Spreadsheet rows become cases, one incident event per dated or placed row, people linked as victims, and one
 * source record per distinct source. Everything here was already read by validateRows, so the case gets exactly
 * what the preview showed: the date it read, the tags it resolved, the recorded source it matched. A name already
 * in the registry (any spelling that folds the same) is linked, not duplicated, and keeps its recorded consent.
 * What could not be read (a date, an article code) stays in the summary as written rather than being guessed.
 */
export function rowsToBatch(rows: readonly MappedCaseRow[], existingPeople: readonly Person[], kept: KeptAsWritten): ImportBatch {
  const batch: Required<ImportBatch> = { cases: [], people: [], sources: [], events: [], casePeople: [] };
  const peopleByKey = new Map<string, string>();
  for (const person of existingPeople) for (const name of person.names) peopleByKey.set(searchKey(name.text), person.id);
  const newPeople = new Map<string, (typeof batch.people)[number]>();
  const newSources = new Map<string, (typeof batch.sources)[number]>();

  for (const row of rows) {
    const caseId = newRecordId();
    const tagIds = [...new Set(row.tags.flatMap((tag) => (tag.kind === 'tag' ? [tag.id] : [])))];
    const untagged = row.tags.filter((tag) => tag.kind !== 'tag').map((tag) => tag.written);
    // A date with a time keeps its cell too: the case holds the day, the summary the hour.
    const keptDate = row.dateText !== undefined && (!row.date || row.time !== undefined) ? kept.date(row.dateText) : undefined;
    batch.cases.push({
      id: caseId,
      title: row.title,
      summary: [row.summary, keptDate, untagged.length > 0 ? kept.tags(untagged.join('; ')) : undefined]
        .filter(Boolean)
        .join('\n\n'),
      status: row.status === 'closed' ? 'closed' : 'open',
      places: row.place ? [{ text: row.place }] : [],
      tags: tagIds,
      ...(row.date ? { period: row.date } : {}),
    });

    let sourceId: string | undefined;
    const match = row.source?.match;
    if (match?.kind === 'existing') sourceId = match.id;
    if (match?.kind === 'new') {
      const source = newSources.get(match.name) ?? { id: newRecordId(), kind: 'other' as const, name: match.name, caseIds: [] };
      if (!newSources.has(match.name)) {
        newSources.set(match.name, source);
        batch.sources.push(source);
      }
      // Recorded for the case even when no event cites it, so the case's sources list shows it.
      source.caseIds = [...(source.caseIds ?? []), caseId];
      sourceId = source.id;
    }
    if (row.date || row.place) {
      batch.events.push({
        caseId,
        type: 'incident',
        ...(row.date ? { when: row.date } : {}),
        ...(row.place ? { place: { text: row.place } } : {}),
        sourceIds: sourceId ? [sourceId] : [],
      });
    }
    const consent = row.consent ?? 'internal-only';
    for (const name of row.people) {
      const key = searchKey(name);
      let personId = peopleByKey.get(key);
      const added = personId ? newPeople.get(personId) : undefined;
      // Named again in another row with a different consent: the more protective one holds.
      if (added) added.consent = stricterConsent(added.consent ?? 'internal-only', consent);
      if (!personId) {
        personId = newRecordId();
        peopleByKey.set(key, personId);
        const person = { id: personId, names: [{ text: name, script: scriptOf(name), kind: 'primary' as const }], consent };
        newPeople.set(personId, person);
        batch.people.push(person);
      }
      if (!batch.casePeople.some((link) => link.caseId === caseId && link.personId === personId)) {
        batch.casePeople.push({ caseId, personId, role: 'victim' });
      }
    }
  }
  return batch;
}
