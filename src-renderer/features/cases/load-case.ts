// Everything the editor shows for one case, read in one go so the sections start from a consistent picture.
import type { Case, CaseEvent, CasePerson, Claim, Note, Person, Proceeding, Source } from '../../../shared/model';
import type { CasesRecords } from './cases-records';

export type LoadedCase = {
  record: Case | undefined;
  events: CaseEvent[];
  links: CasePerson[];
  notes: Note[];
  claims: Claim[];
  proceedings: Proceeding[];
  people: Person[];
  sources: Source[];
};

export async function loadCase(records: CasesRecords, caseId: string): Promise<LoadedCase> {
  const [record, events, links, notes, claims, proceedings, people, sources] = await Promise.all([
    records.cases.get(caseId),
    records.events.listByCase(caseId),
    records.casePeople.listByCase(caseId),
    records.notes.listByCase(caseId),
    records.claims.listByCase(caseId),
    records.proceedings.listByCase(caseId),
    records.people.list(),
    records.sources.list(),
  ]);
  return { record, events, links, notes, claims, proceedings, people, sources };
}
