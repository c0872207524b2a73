// An incident or procedural step on a case's timeline (domain-notes §1: a case is a timeline of typed events).
import { z } from 'zod';
import { ApproximateDate } from './approximate-date';
import { Place, TagNotes } from './case';
import { Duration } from './duration';
import { LongText, RecordId, recordBase, type Unsaved } from './record-base';

export const EventType = z.enum([
  'incident', 'summons', 'search', 'detention', 'charge', 'hearing', 'verdict', 'appeal', 'complaint', 'release',
  'hunger-strike', 'health', 'threat', 'un-communication', 'other',
]);

export const ActorKind = z.enum([
  'police', 'special-forces', 'akimat', 'court', 'knb', 'prosecutor', 'tax-authority', 'prison-staff',
  'unknown-persons', 'company', 'online-group', 'other',
  'national-guard', 'election-commission', 'sanitary-authority', 'registrar', 'parliament',
]);
export const Actor = z.object({ kind: ActorKind, name: z.string().trim().max(500).optional(), personId: RecordId.optional() });

export const CaseEvent = z.object({
  ...recordBase,
  caseId: RecordId,
  type: EventType.default('incident'),
  description: LongText.default(''),
  when: ApproximateDate.optional(),
  /** How long it lasted: a kettle, an interrogation, a detention before release. */
  duration: Duration.optional(),
  place: Place.optional(),
  actors: z.array(Actor).default([]),
  sourceIds: z.array(RecordId).default([]),
  /** Catalog ids this event engages on its own (a dispersal engages ICCPR 21 even if the case is about 19). */
  tags: z.array(z.string().min(1).max(200)).default([]),
  tagNotes: TagNotes,
});
export type CaseEvent = z.infer<typeof CaseEvent>;
export type CaseEventInput = Unsaved<z.input<typeof CaseEvent>>;
