// Text folding for search: one key per spelling family of a name, across Cyrillic, Kazakh and every Latin habit.
export { searchKey } from './search-key';
export { termSpans, tokenize, tokenizeQuery, type TermSpan } from './tokenize';
