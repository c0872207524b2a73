// shared/model stores a record's tags as bare catalog ids (Case.tags: string[]); the picker also carries the
// monitor's reason for each one, so it works on this richer shape and the records layer maps it on save.
/** One tag on a record: a catalog id (article, paragraph such as "ICCPR-20.2", violation type…) and why it applies. */
export type Tag = { target: string; note?: string };
