// Free text attached to a case, and optionally to one of its events or people.
import { z } from 'zod';
import { LongText, RecordId, recordBase, type Unsaved } from './record-base';

export const Note = z.object({
  ...recordBase,
  caseId: RecordId,
  eventId: RecordId.optional(),
  personId: RecordId.optional(),
  text: LongText.refine((t) => t.trim().length > 0, 'note is empty'),
});
export type Note = z.infer<typeof Note>;
export type NoteInput = Unsaved<z.input<typeof Note>>;
