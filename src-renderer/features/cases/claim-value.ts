// What a source says, typed as text: "≥12" or "не менее 12" is a count with its qualifier, "19.05.2020" or
// "June 2020" a date, anything else text. Keeping counts and dates typed is what lets conflicting claims be
// compared ("12 vs 14"), while the qualifier keeps exactly what the source claimed.
import type { z } from 'zod';
import { formatNumber } from '../../../shared/i18n/format';
import { formatApproximateDate, type ClaimValue } from '../../../shared/model';
import { dateLanguage, readDateText } from './date-text';

type Value = z.infer<typeof ClaimValue>;
type Qualifier = Extract<Value, { type: 'count' }>['count']['qualifier'];

const QUALIFIERS: [RegExp, Qualifier][] = [
  [/^(?:≥|>=|at least|not less than|не менее|как минимум|кем дегенде|кемінде)\s*/iu, 'at-least'],
  [/^(?:~|≈|about|around|approximately|около|примерно|шамамен|жуық)\s*/iu, 'about'],
  [/^(?:≤|<=|at most|up to|не более|до|ең көбі)\s*/iu, 'at-most'],
];

export function readClaimValue(text: string, language: string): Value {
  const trimmed = text.trim();
  let qualifier: Qualifier = 'exact';
  let rest = trimmed;
  for (const [pattern, q] of QUALIFIERS) {
    if (pattern.test(rest)) {
      qualifier = q;
      rest = rest.replace(pattern, '');
      break;
    }
  }
  const digits = rest.replace(/[\s\u00a0,]/g, '');
  const isNumber = /^\d{1,9}$/.test(digits);
  // A bare four-digit number reads as a year ("2020"); with a qualifier ("≥2000") it is a count.
  if (isNumber && (qualifier !== 'exact' || digits.length !== 4)) return { type: 'count', count: { value: Number(digits), qualifier } };
  const date = readDateText(trimmed, language);
  if (date.ok && date.value) return { type: 'date', date: date.value };
  return { type: 'text', text: trimmed };
}

/** The value in the reader's language; `qualifierText` translates at-least/about/at-most. */
export function formatClaimValue(value: Value, language: string, qualifierText: (q: Qualifier, n: string) => string): string {
  if (value.type === 'count') return qualifierText(value.count.qualifier, formatNumber(value.count.value, language));
  if (value.type === 'date') return formatApproximateDate(value.date, dateLanguage(language));
  return value.text;
}
