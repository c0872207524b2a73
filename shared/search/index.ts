// Search over the vault's records, folding names across scripts and romanisations.
export {
  createSearchIndex,
  DEFAULT_FIELD_WEIGHTS,
  DuplicateSearchDocumentError,
  SEARCH_KINDS,
  UnknownSearchFieldError,
  type Hit,
  type Kind,
  type SearchDocument,
  type SearchIndex,
  type SearchIndexOptions,
  type SearchOptions,
} from './search-index';
export { SEARCH_SNAPSHOT_FORMAT, SearchSnapshotError } from './snapshot';
