// A court or administrative proceeding with each sentence component kept apart: one sentence can combine
// prison, "restriction of freedom", community service, an activity ban and damages (domain-notes §1).
import { z } from 'zod';
import { ApproximateDate } from './approximate-date';
import { RecordId, recordBase, ShortText, type Unsaved } from './record-base';

export const ProceedingType = z.enum(['administrative', 'criminal', 'civil', 'economic', 'tax']);
/**
 * `suspended` is an organisation's suspension (a union or NGO stopped for months), never a sentence: a suspended
 * sentence is `suspended-sentence`. `pardoned` and `plea-agreement` end a criminal case without the usual verdict.
 */
export const Outcome = z.enum([
  'pending', 'convicted', 'acquitted', 'dismissed', 'fined', 'suspended', 'liquidated', 'settled', 'reduced-on-appeal', 'other',
  'suspended-sentence', 'pardoned', 'plea-agreement',
]);
const Whole = z.number().int().min(0);

/** KZT is tenge; MCI is the monthly calculation index that CAO fines are set in. */
export const Money = z.object({ amount: z.number().min(0), unit: z.enum(['KZT', 'MCI']) });

export const ActivityBan = z.object({
  what: z.string().trim().min(1).max(500),
  until: ApproximateDate.optional(),
  years: z.number().min(0).max(100).optional(),
});

export const Sentence = z.object({
  detentionDays: Whole.optional(),
  administrativeArrestDays: Whole.optional(),
  restrictionOfFreedomMonths: Whole.optional(),
  communityServiceHours: Whole.optional(),
  activityBans: z.array(ActivityBan).default([]),
  fine: Money.optional(),
  damages: Money.optional(),
});

export const Proceeding = z.object({
  ...recordBase,
  caseId: RecordId,
  personId: RecordId.optional(),
  type: ProceedingType,
  /** The code the article belongs to, e.g. "CC" (Criminal Code) or "CAO" (Code of Administrative Offences). */
  code: z.string().trim().min(1).max(40),
  article: z.string().trim().min(1).max(40),
  part: z.string().trim().max(40).optional(),
  paragraph: z.string().trim().max(40).optional(),
  court: ShortText.optional(),
  judge: ShortText.optional(),
  caseNumber: z.string().trim().max(200).optional(),
  startedOn: ApproximateDate.optional(),
  decidedOn: ApproximateDate.optional(),
  outcome: Outcome.default('pending'),
  sentence: Sentence.optional(),
  /** The proceeding this one appeals. */
  appealOf: RecordId.optional(),
});
export type Proceeding = z.infer<typeof Proceeding>;
export type ProceedingInput = Unsaved<z.input<typeof Proceeding>>;
