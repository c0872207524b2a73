// How long something lasted: kettled for up to 6 hours, interrogated for 5 hours, 15 days of administrative arrest.
// Two units only, each with one meaning in every language: an hour, and a day of 24 hours ("сутки", «тәулік»), the
// way arrest and detention are counted. The qualifier keeps what the source said ("up to", "about", "at least").
import { z } from 'zod';
import { fail, ok, type Result } from '../result';
import type { DateLanguage } from './date-words';
import { CountQualifier } from './person';

export const DurationUnit = z.enum(['hour', 'day']);
export type DurationUnit = z.infer<typeof DurationUnit>;

const Amount = z.number().int().min(1).max(100_000);

export const Duration = z
  .object({
    amount: Amount,
    unit: DurationUnit,
    qualifier: CountQualifier.default('exact'),
    /** The upper end of a span the source gives ("3 to 10 hours"); amount is then the lower end. */
    upTo: Amount.optional(),
  })
  .refine((d) => d.upTo === undefined || (d.upTo > d.amount && d.qualifier === 'exact'), { message: 'a span runs from the smaller figure to the larger, with no qualifier', path: ['upTo'] });
export type Duration = z.infer<typeof Duration>;

/** Russian agrees the noun with the figure: 1 час, 2 часа, 5 часов, 21 час; сутки likewise (1 сутки, 2 суток). */
function ruNoun(n: number, unit: DurationUnit, isGenitive: boolean): string {
  const one = n % 10 === 1 && n % 100 !== 11;
  const few = [2, 3, 4].includes(n % 10) && ![12, 13, 14].includes(n % 100);
  if (unit === 'day') return one && !isGenitive ? 'сутки' : 'суток';
  if (isGenitive) return one ? 'часа' : 'часов';
  return one ? 'час' : few ? 'часа' : 'часов';
}

const EN_NOUN = { hour: ['hour', 'hours'], day: ['day', 'days'] } as const;
const KK_NOUN = { hour: 'сағат', day: 'тәулік' } as const;
const KK_DATIVE = { hour: 'сағатқа', day: 'тәулікке' } as const;

/** Text a person can read and parseDuration reads back to the same value, from any of the three languages. */
export function formatDuration(d: Duration, lang: DateLanguage): string {
  const figure = d.upTo === undefined ? String(d.amount) : `${d.amount}–${d.upTo}`;
  const last = d.upTo ?? d.amount;
  if (lang === 'en') {
    const noun = EN_NOUN[d.unit][last === 1 ? 0 : 1];
    const prefix = { exact: '', 'at-least': 'at least ', about: 'about ', 'at-most': 'up to ' }[d.qualifier];
    return `${prefix}${figure} ${noun}`;
  }
  if (lang === 'ru') {
    // «около», «не менее» and «до» take the genitive.
    const prefix = { exact: '', 'at-least': 'не менее ', about: 'около ', 'at-most': 'до ' }[d.qualifier];
    return `${prefix}${figure} ${ruNoun(last, d.unit, d.qualifier !== 'exact')}`;
  }
  switch (d.qualifier) {
    case 'exact': return `${figure} ${KK_NOUN[d.unit]}`;
    case 'about': return `шамамен ${figure} ${KK_NOUN[d.unit]}`;
    case 'at-least': return `кемінде ${figure} ${KK_NOUN[d.unit]}`;
    case 'at-most': return `${figure} ${KK_DATIVE[d.unit]} дейін`;
  }
}

const UNIT_WORDS = new Map<string, DurationUnit>([
  ...['h', 'hr', 'hrs', 'hour', 'hours', 'ч', 'час', 'часа', 'часов', 'сағ', 'сағат', 'сағатқа', 'сағаттай'].map((w) => [w, 'hour'] as const),
  ...['d', 'day', 'days', 'сут', 'сутки', 'суток', 'день', 'дня', 'дней', 'дн', 'тәулік', 'тәулікке', 'күн', 'күнге'].map((w) => [w, 'day'] as const),
]);

// Longest phrases first, so "up to" is not read as a stray "to".
const QUALIFIER_BEFORE: [RegExp, CountQualifier][] = [
  [/^(?:about|around|approximately|approx\.?|roughly|some|около|примерно|приблизительно|порядка|шамамен|шамасы|~|≈)\s*/u, 'about'],
  [/^(?:at least|no less than|not less than|не менее|не меньше|по меньшей мере|как минимум|кемінде|ең кемі|≥|>=)\s*/u, 'at-least'],
  [/^(?:up to|at most|no more than|not more than|до|не более|не больше|ең көбі|≤|<=)\s*/u, 'at-most'],
];

/**
 * Reads "5 hours", "a 5-hour", "up to 6 hours", "6–8 часов", «около 10 часов», «15 суток», «6 сағатқа дейін»,
 * «кемінде 3 тәулік». Every language's words are read whatever `lang` says. Never throws: anything else is
 * `duration.unrecognised`.
 */
export function parseDuration(text: string, _lang: DateLanguage): Result<Duration> {
  const refuse = () => fail('duration.unrecognised', { text: text.slice(0, 200) });
  if (text.length > 200) return refuse();
  let rest = text.trim().toLowerCase().replace(/\s+/gu, ' ').replace(/^(?:a|an|for|в течение|на|за)\s+/u, '');
  let qualifier: CountQualifier = 'exact';
  for (const [pattern, meaning] of QUALIFIER_BEFORE) {
    const found = pattern.exec(rest);
    if (found) {
      qualifier = meaning;
      rest = rest.slice(found[0].length);
      break;
    }
  }
  // Kazakh says "up to" after the noun: «6 сағатқа дейін».
  const dein = /\s+дейін$/u.exec(rest);
  if (dein) {
    if (qualifier !== 'exact') return refuse();
    qualifier = 'at-most';
    rest = rest.slice(0, dein.index);
  }
  const match = /^(?:from |between |от |с )?(\d{1,6})(?:\s*(?:-|–|—|to|and|до|по)\s*(\d{1,6}))?[\s-]*(\p{L}+\.?)$/u.exec(rest);
  if (!match) return refuse();
  const unit = UNIT_WORDS.get(match[3]!.replace(/\.$/, ''));
  if (!unit) return refuse();
  const amount = Number(match[1]);
  const upTo = match[2] === undefined ? undefined : Number(match[2]);
  const parsed = Duration.safeParse(upTo === undefined ? { amount, unit, qualifier } : { amount, unit, qualifier, upTo });
  return parsed.success ? ok(parsed.data) : refuse();
}
