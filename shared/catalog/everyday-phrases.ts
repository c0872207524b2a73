// Everyday names of rights ("freedom of assembly", «свобода собраний», «төтенше жағдай») that the articles'
// formal headings do not use. The tag picker's search reads them as extra keywords of their article.
import { z } from 'zod';
import { everydayPhrasesData } from './data';
import { languages } from './schema';

const PhrasesSchema = z.array(z.string().min(1)).min(1);
const EverydayPhraseSchema = z.strictObject({ target: z.string().min(1), en: PhrasesSchema, ru: PhrasesSchema, kk: PhrasesSchema });
const EverydayPhrasesFileSchema = z.strictObject({ note: z.string(), phrases: z.array(EverydayPhraseSchema) });
export type EverydayPhrase = z.infer<typeof EverydayPhraseSchema>;

let parsed: EverydayPhrase[] | undefined;

/** The shipped phrase list, validated once. A malformed file is a bug in the shipped data, so it throws. */
export function everydayPhrases(): EverydayPhrase[] {
  parsed ??= EverydayPhrasesFileSchema.parse(everydayPhrasesData).phrases;
  return parsed;
}

let byTarget: Map<string, string[]> | undefined;

/** A target's phrases in every language together: a monitor types in whichever language comes to mind. */
export function phrasesFor(targetId: string): readonly string[] {
  byTarget ??= new Map(everydayPhrases().map((p) => [p.target, languages.flatMap((lang) => p[lang])]));
  return byTarget.get(targetId) ?? [];
}
