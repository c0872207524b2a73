// The part of the records layer the cases screens use: naming it keeps the screens (and their tests) honest about
// what they touch, and leaves importBatch, merge and damaged() to the features that own them.
import type { Records } from '../../records';

export type CasesRecords = Pick<Records, 'cases' | 'events' | 'people' | 'casePeople' | 'notes' | 'sources' | 'claims' | 'proceedings' | 'drafts' | 'search' | 'caseItems' | 'itemTexts' | 'excerpts' | 'onRefreshed'>;
