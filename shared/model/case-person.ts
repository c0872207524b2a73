// A person's role in one case; the same person can be a witness in one case and a victim in another.
import { z } from 'zod';
import { RecordId, recordBase, ShortText, type Unsaved } from './record-base';

export const CaseRole = z.enum(['victim', 'witness', 'alleged-perpetrator', 'official', 'lawyer', 'source']);
/**
 * What a victim was targeted as, which SDG indicator 16.10.1 counts: journalists and associated media personnel,
 * trade unionists and human-rights defenders; lawyers too, as the reports track them. Distinct from the role
 * `lawyer`, which is counsel on the case.
 */
export const VictimCategory = z.enum(['journalist', 'media-worker', 'human-rights-defender', 'trade-unionist', 'lawyer']);
export type VictimCategory = z.infer<typeof VictimCategory>;

export const CasePerson = z.object({
  ...recordBase,
  caseId: RecordId,
  personId: RecordId,
  role: CaseRole,
  victimCategories: z.array(VictimCategory).max(VictimCategory.options.length).optional(),
  note: ShortText.optional(),
});
export type CasePerson = z.infer<typeof CasePerson>;
export type CasePersonInput = Unsaved<z.input<typeof CasePerson>>;
