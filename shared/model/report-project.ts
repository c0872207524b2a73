// A shadow report or UPR stakeholder submission in the making: whom it reports to, on which country and period,
// who submits it, what falls in scope, and the narrative written so far. Sealed and journaled like every record.
import { z } from 'zod';
import { Place } from './case';
import { Narrative } from './narrative';
import { recordBase, type Unsaved } from './record-base';

const CatalogId = z.string().min(1).max(200);

/**
 * A UPR cycle (themes, a word limit, the period since the last review); a treaty body's review of one instrument
 * (the instrument's article order); or a free thematic report.
 */
export const ReportTarget = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('upr'), cycle: z.number().int().min(1).max(20) }),
  z.object({ kind: z.literal('treaty-body'), mechanismId: CatalogId, instrumentId: CatalogId }),
  z.object({ kind: z.literal('thematic'), theme: z.string().trim().min(1).max(500) }),
]);
export type ReportTarget = z.infer<typeof ReportTarget>;

/** English and Russian are UN official languages; Kazakh is for domestic use. */
export const ReportLanguage = z.enum(['en', 'ru', 'kk']);
export type ReportLanguage = z.infer<typeof ReportLanguage>;

export const CalendarDate = z.iso.date();
export const DateRange = z
  .object({ from: CalendarDate, to: CalendarDate })
  .refine((range) => range.from <= range.to, { message: 'the range ends before it starts', path: ['to'] });
export type DateRange = z.infer<typeof DateRange>;

export const ReportScope = z.object({
  /** Treaty articles, other catalog entries or recommendations the report covers; sections follow from them. */
  articles: z.array(CatalogId).max(1_000).default([]),
  /** Narrows the reporting period; absent, the period itself is the range. */
  dateRange: DateRange.optional(),
  places: z.array(Place).max(500).default([]),
  /** Only cases carrying one of these tags, besides the articles; empty means no such filter. */
  tags: z.array(CatalogId).max(500).default([]),
  /** A submission cites verified cases unless the team chooses otherwise. */
  verifiedOnly: z.boolean().default(true),
});
export type ReportScope = z.infer<typeof ReportScope>;

/**
 * One part of the report and its narrative. Treaty-body sections are one article each, keyed by its catalog id;
 * a UPR or thematic section is a theme gathering one or more catalog entries under its own title.
 */
export const ReportSection = z.object({
  key: z.string().min(1).max(200),
  title: z.string().trim().max(500).optional(),
  articles: z.array(CatalogId).max(200).default([]),
  narrative: Narrative,
});
export type ReportSection = z.infer<typeof ReportSection>;

export const ReportProject = z.object({
  ...recordBase,
  title: z.string().trim().min(1, 'title is required').max(500),
  target: ReportTarget,
  /** ISO 3166-1 alpha-2, as the catalog's ratifications and reviews name countries. */
  country: z.string().regex(/^[A-Z]{2}$/, 'a two-letter country code'),
  period: DateRange,
  /** Names exactly as the organisations write them, in any script; one makes an individual submission. */
  organisations: z.array(z.string().trim().min(1).max(500)).min(1, 'at least one organisation submits the report').max(100),
  language: ReportLanguage.default('en'),
  scope: ReportScope.default({ articles: [], places: [], tags: [], verifiedOnly: true }),
  keywords: z.array(z.string().trim().min(1).max(200)).max(50).default([]),
  executiveSummary: Narrative.optional(),
  sections: z.array(ReportSection).max(1_000).default([]),
});
export type ReportProject = z.infer<typeof ReportProject>;
export type ReportProjectInput = Unsaved<z.input<typeof ReportProject>>;

/** Several organisations make a joint submission, which UPR presets allow twice the words of an individual one. */
export const isJointSubmission = (project: Pick<ReportProject, 'organisations'>): boolean => project.organisations.length > 1;
