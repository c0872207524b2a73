// Text folding for search: one key per spelling family of a name, across Cyrillic, Kazakh and every Latin habit.
export { searchKey } from './search-key';
export { tokenize, tokenizeQuery } from './tokenize';
