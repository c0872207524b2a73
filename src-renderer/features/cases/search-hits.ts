// Search hits as the search box lists them: one option per (hit, case), because a person in three cases can be
// opened into any of the three, and the case title tells the options apart.
import type { CasesRecords } from './cases-records';
import type { RecordHit } from '../../records';
import { displayName } from '../people/person-names';

import type { Consent } from '../../../shared/model';

export type HitOption = { key: string; hit: RecordHit; caseId: string; caseTitle: string; label: string; consent?: Consent };

const excerpt = (text: string, max = 120) => (text.length > max ? `${text.slice(0, max)}…` : text);

export async function hitOptions(records: CasesRecords, query: string, limit = 30): Promise<HitOption[]> {
  if (!query.trim()) return [];
  const hits = await records.search(query, { kinds: ['case', 'person', 'event', 'note', 'evidence', 'excerpt'], limit });
  const options: HitOption[] = [];
  for (const hit of hits) {
    const { label, consent } = await labelOf(records, hit);
    for (const caseId of hit.caseIds) {
      const title = (await records.cases.get(caseId))?.title ?? '';
      options.push({ key: `${hit.kind}:${hit.id}:${caseId}`, hit, caseId, caseTitle: title, label, consent });
    }
  }
  return options;
}

async function labelOf(records: CasesRecords, hit: RecordHit): Promise<{ label: string; consent?: Consent }> {
  switch (hit.kind) {
    case 'case':
      return { label: (await records.cases.get(hit.id))?.title ?? '' };
    case 'person': {
      const person = await records.people.get(hit.id);
      return { label: displayName(person), consent: person?.consent };
    }
    case 'event':
      return { label: excerpt((await records.events.get(hit.id))?.description ?? '') };
    case 'note':
      return { label: excerpt((await records.notes.get(hit.id))?.text ?? '') };
    case 'evidence': {
      // Words inside an attached file: name the file, not the page of text the word came from.
      const [attached] = await records.caseItems.listByItem(hit.id);
      return { label: attached?.snapshot?.originalName ?? '' };
    }
    case 'excerpt':
      return { label: excerpt((await records.excerpts.get(hit.id))?.quote ?? '') };
    default:
      return { label: '' };
  }
}
