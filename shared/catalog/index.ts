// Public surface of the treaty catalog. Id scheme and data layout: docs/vocabulary-format.md.
export { loadCatalog, catalogFromData, CatalogDataError } from './load-catalog';
export { getEntry, documentSymbolsOf, articlesOf, recommendationsFor, suggestArticles, labelOf, ratificationsOf, type LabelText } from './lookup';
export { missingNumber, searchCatalog, type CatalogHit, type MissingNumber } from './search-catalog';
export { gazetteerSynonyms, placesOf } from './gazetteer';
export { resolveTagTarget, resolvedEntry, type TagResolution } from './tag-migration';
export { findIntegrityProblems, type IntegrityProblem } from './integrity';
export {
  parseUserVocabulary,
  mergeVocabulary,
  vocabularyIssueKeys,
  SUPPORTED_FORMAT_VERSION,
  type UserVocabulary,
  type VocabularyIssue,
  type VocabularyIssueKey,
} from './user-vocabulary';
export { sourceReports, sourceReportOf, type SourceId, type SourceReport } from './source-reports';
export { languages, type Lang, type Label, type Ratification, type PlaceName } from './schema';
export type * from './types';
