// A person's role in one case; the same person can be a witness in one case and a victim in another.
import { z } from 'zod';
import { RecordId, recordBase, ShortText, type Unsaved } from './record-base';

export const CaseRole = z.enum(['victim', 'witness', 'alleged-perpetrator', 'official', 'lawyer', 'source']);

export const CasePerson = z.object({
  ...recordBase,
  caseId: RecordId,
  personId: RecordId,
  role: CaseRole,
  note: ShortText.optional(),
});
export type CasePerson = z.infer<typeof CasePerson>;
export type CasePersonInput = Unsaved<z.input<typeof CasePerson>>;
