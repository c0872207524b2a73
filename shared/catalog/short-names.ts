// An instrument's short name in the reader's language. Treaty abbreviations (ICCPR, C087) read the same in every
// language, but a Kazakh code is named in Russian or Kazakh by those who cite it (vocabulary/short-names.json).
import { z } from 'zod';
import { shortNamesData } from './data';
import type { Lang } from './schema';
import type { InstrumentEntry } from './types';

const ShortNamesFileSchema = z.strictObject({
  note: z.string(),
  shortNames: z.record(z.string(), z.strictObject({ ru: z.string().min(1).optional(), kk: z.string().min(1).optional() })),
});

let parsed: z.infer<typeof ShortNamesFileSchema>['shortNames'] | undefined;

/** Ids with a localised short name; the integrity test checks each is an instrument. */
export function localisedShortNames(): Readonly<Record<string, { ru?: string; kk?: string }>> {
  parsed ??= ShortNamesFileSchema.parse(shortNamesData).shortNames;
  return parsed;
}

export function shortNameOf(instrument: Pick<InstrumentEntry, 'id' | 'shortName'>, lang: Lang): string {
  return (lang === 'en' ? undefined : localisedShortNames()[instrument.id]?.[lang]) ?? instrument.shortName;
}
