// Runtime shapes of the catalog: every entry has a kind, a stable id and a label; tags point at ids.
import type { z } from 'zod';
import type {
  InstrumentDataSchema,
  Label,
  MechanismDataSchema,
  PlaceDataSchema,
  Ratification,
  RecommendationDataSchema,
  ReviewDataSchema,
  RetiredSchema,
  ViolationTypeDataSchema,
} from './schema';

export type Origin = 'catalog' | 'user';
type Common = { id: string; label: Label; aliases: string[]; origin: Origin; note?: string; verify?: string };

type InstrumentData = z.infer<typeof InstrumentDataSchema>;
export type InstrumentEntry = Common &
  Omit<InstrumentData, 'articles' | 'title' | 'aliases' | 'engages'> & {
    kind: 'instrument';
    articleIds: string[];
    engages: string[];
  };

export type ArticleEntry = Common & {
  kind: 'article';
  instrumentId: string;
  number: string;
  substantive: boolean;
  /** Id of the enclosing entry (an SDG goal for a target). */
  partOf?: string;
  /** International article ids a domestic provision is typically reviewed against. */
  engages: string[];
  priority: number;
  sources?: string[];
};

export type MechanismEntry = Common & Omit<z.infer<typeof MechanismDataSchema>, 'aliases' | 'label'> & { kind: 'mechanism' };
export type ReviewEntry = Common & Omit<z.infer<typeof ReviewDataSchema>, 'label'> & { kind: 'review' };
export type RecommendationEntry = Common &
  Omit<z.infer<typeof RecommendationDataSchema>, 'summary'> & { kind: 'recommendation' };
export type ViolationTypeEntry = Common & Omit<z.infer<typeof ViolationTypeDataSchema>, 'label'> & { kind: 'violation-type' };
export type PlaceEntry = Common & Omit<z.infer<typeof PlaceDataSchema>, 'label'> & { kind: 'place' };
/** A user vocabulary's own term (a local right, campaign or theme) that is none of the above. */
export type TopicEntry = Common & { kind: 'topic'; engages: string[] };

export type CatalogEntry =
  | InstrumentEntry
  | ArticleEntry
  | MechanismEntry
  | ReviewEntry
  | RecommendationEntry
  | ViolationTypeEntry
  | PlaceEntry
  | TopicEntry;
export type EntryKind = CatalogEntry['kind'];

export type Retired = z.infer<typeof RetiredSchema>;

export type Catalog = {
  catalogVersion: string;
  entries: ReadonlyMap<string, CatalogEntry>;
  ratifications: readonly Ratification[];
  renamedIds: Readonly<Record<string, string>>;
  retiredIds: Readonly<Record<string, Retired>>;
  /** Namespaces of the user vocabularies merged in, in merge order. */
  vocabularies: readonly string[];
};
