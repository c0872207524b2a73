// The schema every stored record of each table must pass: the renderer's saves and the records main writes itself
// (received in a bundle) are held to the same models.
import { z } from 'zod';
import { Case, CaseEvent, CaseItem, CasePerson, Claim, Excerpt, ItemText, Note, Person, Proceeding, ReportProject, Source, Timestamp } from '../model';

/**
 * The viewer makes an excerpt once (createdAt only); stored, its tags are edited, so the records layer stamps an
 * updatedAt like every other record and lists and merges sort it the same way.
 */
export const StoredExcerpt = Excerpt.extend({ updatedAt: Timestamp });
export type StoredExcerpt = z.infer<typeof StoredExcerpt>;

export const MODEL_SCHEMAS = {
  cases: Case,
  events: CaseEvent,
  people: Person,
  casePeople: CasePerson,
  notes: Note,
  sources: Source,
  claims: Claim,
  proceedings: Proceeding,
  caseItems: CaseItem,
  itemTexts: ItemText,
  excerpts: StoredExcerpt,
  reportProjects: ReportProject,
} as const;
