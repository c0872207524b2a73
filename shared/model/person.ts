// An affected party or actor: a named person, an anonymous one ("a civic activist from Shymkent"), a counted
// group (">=350 protesters"), a family or an organisation. Names stay exactly as written, in any script.
import { z } from 'zod';
import { RecordId, recordBase, ShortText, type Unsaved } from './record-base';

export const PersonName = z.object({
  // Not trimmed or normalised: the spelling on a court document is evidence in itself.
  text: z.string().min(1).max(500).refine((t) => t.trim().length > 0, 'name is blank'),
  script: z.enum(['cyrillic', 'latin', 'other']),
  kind: z.enum(['primary', 'variant', 'transliteration']),
});
export type PersonName = z.infer<typeof PersonName>;

/** Exports obey this; the order is from most to least protective. */
export const Consent = z.enum(['internal-only', 'anonymised-publication', 'named-publication']);
export type Consent = z.infer<typeof Consent>;

export const Vulnerability = z.enum(['disability', 'pregnancy', 'minor', 'homeless', 'migrant', 'lgbtq', 'other']);
export const PartyForm = z.enum(['individual', 'anonymous', 'group', 'family', 'organisation']);
export const OrganisationKind = z.enum(['ngo', 'union', 'media', 'company', 'party', 'religious', 'state-body', 'other']);
/** How sure a figure is: "≥350" and "about 20" are figures too, and the qualifier keeps what the source said. */
export const CountQualifier = z.enum(['exact', 'at-least', 'about', 'at-most']);
export type CountQualifier = z.infer<typeof CountQualifier>;
export const Count = z.object({ value: z.number().int().min(0), qualifier: CountQualifier });
/** A group's size when the source gives no figure: "a small group", "dozens", "hundreds", or nothing at all. */
export const SizeInWords = z.enum(['small', 'dozens', 'hundreds', 'thousands', 'unknown']);
export type SizeInWords = z.infer<typeof SizeInWords>;

export const Person = z
  .object({
    ...recordBase,
    form: PartyForm.default('individual'),
    names: z.array(PersonName).default([]),
    /** For anonymous persons and groups: how the source describes them. */
    description: ShortText.optional(),
    gender: z.enum(['female', 'male', 'other', 'unknown']).default('unknown'),
    ageGroup: z.enum(['child', 'youth', 'adult', 'older', 'unknown']).default('unknown'),
    affiliation: ShortText.optional(),
    vulnerabilities: z.array(Vulnerability).default([]),
    groupSize: Count.optional(),
    /** Instead of groupSize when no figure is known; a group keeps its words rather than an invented number. */
    groupSizeInWords: SizeInWords.optional(),
    organisationKind: OrganisationKind.optional(),
    consent: Consent.default('internal-only'),
    mergedInto: RecordId.optional(),
  })
  .refine((p) => p.form !== 'individual' || p.names.length > 0, { message: 'a named person needs a name', path: ['names'] })
  .refine((p) => p.form !== 'group' || p.groupSize !== undefined || p.groupSizeInWords !== undefined, { message: 'a group needs a size, in figures or in words', path: ['groupSize'] });
export type Person = z.infer<typeof Person>;
export type PersonInput = Unsaved<z.input<typeof Person>>;

const CONSENT_ORDER: readonly Consent[] = Consent.options;
/** When two records of one person disagree, the more protective consent wins. */
export function stricterConsent(a: Consent, b: Consent): Consent {
  return CONSENT_ORDER.indexOf(a) <= CONSENT_ORDER.indexOf(b) ? a : b;
}
