// Zod schemas for the catalog's JSON data files. The files are the source of truth; these schemas are what a
// data edit must satisfy before it ships (loadCatalog refuses anything else).
import { z } from 'zod';

export const languages = ['en', 'ru', 'kk'] as const;
export type Lang = (typeof languages)[number];

/** English is always present; the UI falls back to it visibly when ru or kk is missing. */
export const LabelSchema = z.strictObject({
  en: z.string().min(1),
  ru: z.string().min(1).optional(),
  kk: z.string().min(1).optional(),
});
/** Shipped catalog data must carry Russian too; only Kazakh may be missing. */
export const CatalogLabelSchema = LabelSchema.extend({ ru: z.string().min(1) });
export type Label = z.infer<typeof LabelSchema>;

/** Seed reports 000–003, or general knowledge (GK) that the entry's `verify` field should qualify. */
export const SourceIdSchema = z.enum(['000', '001', '002', '003', 'GK']);
export const PartialDateSchema = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'YYYY, YYYY-MM or YYYY-MM-DD');
const IdSchema = z.string().regex(/^[A-Z][A-Z0-9.-]*[A-Za-z0-9]$/, 'upper-case id of letters, digits, - and .');
const optionalText = z.string().min(1).optional();
/** Languages whose heading or title here was translated without the official text at hand, for a reviewer to check. */
const unverifiedLanguages = z.array(z.enum(languages)).optional();

/**
 * An article number as the text numbers it: "19", "IV", "9.2" (a numbered paragraph of a document), or a Kazakh
 * inserted article such as "460-1", which is its own article and never paragraph 1 of article 460.
 */
export const ArticleNumberSchema = z.string().regex(/^[0-9IVXL]+(-[0-9]+)*(\.[0-9a-z]+)*$/);

export const ArticleDataSchema = z.strictObject({
  number: ArticleNumberSchema,
  substantive: z.boolean(),
  heading: CatalogLabelSchema,
  partOf: z.string().optional(),
  engages: z.array(z.string()).optional(),
  note: optionalText,
  verify: optionalText,
  unverified: unverifiedLanguages,
  sources: z.array(SourceIdSchema).optional(),
});

/**
 * un-core: the nine core UN human-rights treaties; treaty: any other binding treaty (refugees, humanitarian law,
 * crime, disarmament); standard: declarations, principles, resolutions and general recommendations; document: a
 * report, opinion or resolution cited for what it says (a special rapporteur's report, a WGAD opinion).
 */
export const instrumentFamilies = ['un-core', 'un-op', 'ilo', 'osce', 'coe', 'treaty', 'standard', 'document', 'sdg', 'domestic'] as const;
export const InstrumentDataSchema = z.strictObject({
  id: IdSchema,
  family: z.enum(instrumentFamilies),
  parent: IdSchema.optional(),
  country: z.string().length(2).optional(),
  shortName: z.string().min(1),
  number: z.string().optional(),
  /** The document symbol, e.g. A/RES/217(III) or CEDAW/C/GC/28; search finds the entry by it as typed. */
  symbol: z.string().min(1).optional(),
  aliases: z.array(z.string().min(1)).default([]),
  title: CatalogLabelSchema,
  adopted: PartialDateSchema.optional(),
  url: z.url().optional(),
  note: optionalText,
  verify: optionalText,
  unverified: unverifiedLanguages,
  sources: z.array(SourceIdSchema).optional(),
  engages: z.array(z.string()).optional(),
  /** Higher ranks first in the tag picker when several entries match equally well. */
  priority: z.number().int().min(0).max(100),
  /** True when every article is listed; the integrity test then checks the count against the real text. */
  articlesComplete: z.boolean(),
  articles: z.array(ArticleDataSchema),
});

export const MechanismDataSchema = z.strictObject({
  id: IdSchema,
  type: z.enum(['treaty-body', 'charter-body', 'special-procedure', 'ilo', 'osce', 'coe', 'eu']),
  shortName: z.string().min(1),
  aliases: z.array(z.string()).default([]),
  label: CatalogLabelSchema,
  unverified: unverifiedLanguages,
  reviews: z.array(IdSchema),
});

const DocumentSchema = z.strictObject({
  symbol: z.string().min(1),
  kind: z.enum(['state-report', 'concluding-observations', 'working-group-report', 'state-replies', 'decision']),
  /** The date the document bears (its issue date), which is often weeks after the body adopted it. */
  date: PartialDateSchema.optional(),
  /** The date the body adopted the text, when a source gives it. */
  adopted: PartialDateSchema.optional(),
  note: optionalText,
  verify: optionalText,
});

export const ReviewDataSchema = z.strictObject({
  id: IdSchema,
  mechanism: IdSchema,
  country: z.string().length(2),
  instrument: IdSchema.optional(),
  cycle: z.number().int().positive().optional(),
  label: CatalogLabelSchema,
  unverified: unverifiedLanguages,
  reviewed: PartialDateSchema.optional(),
  /** The date the Council or committee adopted its outcome; a document's issue date goes on the document. */
  decisionDate: PartialDateSchema.optional(),
  documents: z.array(DocumentSchema),
  tally: z.strictObject({ received: z.number(), supported: z.number(), noted: z.number() }).optional(),
  followUp: z
    .strictObject({
      replies: z.array(PartialDateSchema).optional(),
      paragraphs: z.array(z.string()),
      withinMonths: z.number().optional(),
    })
    .optional(),
  sessions: z.array(z.string()).optional(),
  nextReportDue: PartialDateSchema.optional(),
  note: optionalText,
  verify: optionalText,
  sources: z.array(SourceIdSchema),
});

export const RecommendationDataSchema = z.strictObject({
  id: IdSchema,
  review: IdSchema.optional(),
  mechanism: IdSchema.optional(),
  country: z.string().length(2).optional(),
  document: z.string().optional(),
  paragraph: z.string().optional(),
  recommendationNumber: z.string().optional(),
  /** null = the seed does not name the recommending State. */
  recommendingState: z.string().nullable().optional(),
  response: z.enum(['supported', 'noted']).optional(),
  summary: CatalogLabelSchema,
  unverified: unverifiedLanguages,
  grades: z
    .array(z.strictObject({ part: z.string().optional(), grade: z.enum(['A', 'B', 'C', 'D', 'E']), note: optionalText }))
    .optional(),
  concerns: z.array(z.string()),
  note: optionalText,
  verify: optionalText,
  sources: z.array(SourceIdSchema).optional(),
});

export const RecommendationGroupSchema = z.strictObject({
  review: IdSchema,
  mechanism: IdSchema,
  country: z.string().length(2),
  document: z.string(),
  note: optionalText,
  recommendations: z.array(RecommendationDataSchema),
});

export const ViolationTypeDataSchema = z.strictObject({
  id: IdSchema,
  huridocs: z.string().optional(),
  label: CatalogLabelSchema,
  unverified: unverifiedLanguages,
  engages: z.array(z.string()),
});
export const ViolationTypeFileSchema = z.strictObject({
  note: optionalText,
  verify: optionalText,
  types: z.array(ViolationTypeDataSchema),
});

export const RatificationSchema = z.strictObject({
  country: z.string().length(2),
  instrument: IdSchema,
  signed: PartialDateSchema.optional(),
  /** Date of the domestic law or decree approving ratification or accession, when it differs from the deposit. */
  ratificationLaw: PartialDateSchema.optional(),
  /** Date the depositary records the ratification or accession (the deposit of the instrument). */
  ratified: PartialDateSchema.optional(),
  /** Date the instrument entered into force for the country. */
  inForce: PartialDateSchema.optional(),
  accession: z.boolean().optional(),
  declarations: z.array(z.string()).optional(),
  status: z.enum(['party', 'signatory', 'not-party']),
  sources: z.array(SourceIdSchema).min(1),
  note: optionalText,
  verify: optionalText,
});
export type Ratification = z.infer<typeof RatificationSchema>;

export const PlaceNameSchema = z.strictObject({
  text: z.string().min(1),
  lang: z.enum(['en', 'ru', 'kk', 'kk-Latn']),
  system: z.enum(['kk-latn-2017', 'kk-latn-2018', 'kk-latn-2021']).optional(),
  from: PartialDateSchema.optional(),
  to: PartialDateSchema.optional(),
  note: optionalText,
});
export type PlaceName = z.infer<typeof PlaceNameSchema>;

export const PlaceDataSchema = z.strictObject({
  id: IdSchema,
  type: z.enum(['country', 'region', 'city', 'town', 'village', 'district', 'city-district', 'site']),
  parent: IdSchema.optional(),
  label: CatalogLabelSchema,
  names: z.array(PlaceNameSchema).min(1),
  validFrom: PartialDateSchema.optional(),
  validTo: PartialDateSchema.optional(),
  note: optionalText,
  verify: optionalText,
  sources: z.array(SourceIdSchema),
});

export const RetiredSchema = z.strictObject({ replacedBy: z.string().optional(), note: z.string() });
export const ManifestSchema = z.strictObject({
  catalogVersion: z.string().regex(/^\d{4}\.\d+\.\d+$/),
  note: optionalText,
  renamedIds: z.record(z.string(), z.string()),
  retiredIds: z.record(z.string(), RetiredSchema),
});

/** Everything the catalog is built from, as the JSON files hold it. */
export const CatalogDataSchema = z.strictObject({
  manifest: ManifestSchema,
  instruments: z.array(InstrumentDataSchema),
  mechanisms: z.array(MechanismDataSchema),
  reviews: z.array(ReviewDataSchema),
  recommendationGroups: z.array(RecommendationGroupSchema),
  recommendations: z.array(RecommendationDataSchema),
  violationTypes: ViolationTypeFileSchema,
  ratifications: z.array(RatificationSchema),
  places: z.array(PlaceDataSchema),
});
export type CatalogData = z.infer<typeof CatalogDataSchema>;
export type CatalogDataInput = z.input<typeof CatalogDataSchema>;
