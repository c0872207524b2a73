// Search hits as the search box lists them: one option per (hit, case), because a person in three cases can be
// opened into any of the three, and the case title tells the options apart. Words inside a file give one option
// per page they are on (the first few), each with the words around them, and open the file at that page.
import type { CasesRecords } from './cases-records';
import type { RecordHit } from '../../records';
import { displayName } from '../people/person-names';
import { findTerms, pageSnippets, type PageSnippet } from '../../../shared/evidence';
import type { Consent } from '../../../shared/model';

/** Where an evidence hit's words are: the vault item, a page of it, and the words around them there. */
export type EvidencePlace = { itemId: string; page: number; snippet?: PageSnippet };

export type HitOption = { key: string; hit: RecordHit; caseId: string; caseTitle: string; label: string; consent?: Consent; evidence?: EvidencePlace };

// Pages listed per file: enough to see that a name recurs, few enough that one long file does not fill the list.
const SNIPPET_PAGES = 3;

const excerpt = (text: string, max = 120) => (text.length > max ? `${text.slice(0, max)}…` : text);

export async function hitOptions(records: CasesRecords, query: string, limit = 30): Promise<HitOption[]> {
  if (!query.trim()) return [];
  const hits = await records.search(query, { kinds: ['case', 'person', 'event', 'note', 'evidence', 'excerpt'], limit });
  const options: HitOption[] = [];
  for (const hit of hits) {
    if (hit.kind === 'evidence') {
      options.push(...(await evidenceOptions(records, hit)));
      continue;
    }
    const { label, consent } = await labelOf(records, hit);
    for (const caseId of hit.caseIds) {
      const title = (await records.cases.get(caseId))?.title ?? '';
      options.push({ key: `${hit.kind}:${hit.id}:${caseId}`, hit, caseId, caseTitle: title, label, consent });
    }
  }
  return options;
}

/** The file's name, then one option per case and matching page, each with the words the index matched marked. */
async function evidenceOptions(records: CasesRecords, hit: RecordHit): Promise<HitOption[]> {
  const text = await records.itemTexts.get(hit.id);
  if (!text) return [];
  const [attached] = await records.caseItems.listByItem(text.itemId);
  const label = attached?.snapshot?.originalName ?? '';
  const snippets = pageSnippets(text.pages, findTerms(text.pages, hit.terms, SNIPPET_PAGES), { pages: SNIPPET_PAGES });
  // A hit the index found only approximately may name no word as written; it still opens the file.
  const places: EvidencePlace[] = snippets.length ? snippets.map((snippet) => ({ itemId: text.itemId, page: snippet.page, snippet })) : [{ itemId: text.itemId, page: 1 }];
  const options: HitOption[] = [];
  for (const caseId of hit.caseIds) {
    const title = (await records.cases.get(caseId))?.title ?? '';
    for (const evidence of places) options.push({ key: `evidence:${hit.id}:${caseId}:${evidence.page}`, hit, caseId, caseTitle: title, label, evidence });
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
    case 'excerpt':
      return { label: excerpt((await records.excerpts.get(hit.id))?.quote ?? '') };
    default:
      return { label: '' };
  }
}
