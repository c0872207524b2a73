// One source's statement of a figure or date ("≥12 deaths" vs "≥14"; "19 May 2020" vs "June 2020"). Claims are
// never reconciled into one value: each stays attributed, side by side, for the legal team to weigh.
import { z } from 'zod';
import { ApproximateDate } from './approximate-date';
import { Count } from './person';
import { RecordId, recordBase, ShortText, type Unsaved } from './record-base';

export const ClaimValue = z.discriminatedUnion('type', [
  z.object({ type: z.literal('count'), count: Count }),
  z.object({ type: z.literal('date'), date: ApproximateDate }),
  z.object({ type: z.literal('text'), text: ShortText }),
]);

export const Claim = z.object({
  ...recordBase,
  caseId: RecordId,
  eventId: RecordId.optional(),
  /** What the claim is about, e.g. "deaths", "ban.date", "article"; a free key so new questions need no migration. */
  field: z.string().trim().min(1).max(200),
  value: ClaimValue,
  sourceId: RecordId,
  quote: ShortText.optional(),
  /** Page, paragraph or footnote in the source. */
  locator: z.string().max(500).optional(),
});
export type Claim = z.infer<typeof Claim>;
export type ClaimInput = Unsaved<z.input<typeof Claim>>;

/** All claims about one field, in the order given, so conflicting values are shown together. */
export function claimsAbout(claims: readonly Claim[], field: string, eventId?: string): Claim[] {
  return claims.filter((c) => c.field === field && (eventId === undefined || c.eventId === eventId));
}
