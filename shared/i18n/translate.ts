// What shared code needs from i18next without depending on it: a key (with its namespace, 'cases:role.victim') and
// the values to fill in. The renderer passes i18next's own t; the CLI and tests pass one made for a language.
export type Translate = (key: string, values?: Record<string, string | number>) => string;
