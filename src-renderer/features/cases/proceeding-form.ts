// A proceeding as its form holds it (every box is text) and the checked way back to a record. Each sentence
// component stays its own number: one sentence can combine detention, restriction of freedom and a ban.
import type { Proceeding, ProceedingInput } from '../../../shared/model';
import { fail, ok, type Result } from '../../../shared/result';
import { dateTextOf, readDateText } from './date-text';

export type ProceedingFields = {
  type: Proceeding['type'];
  /** Missing from a draft kept before the form had an outcome; the record's own outcome then stands. */
  outcome?: Proceeding['outcome'];
  code: string;
  article: string;
  part: string;
  court: string;
  caseNumber: string;
  detentionDays: string;
  administrativeArrestDays: string;
  restrictionOfFreedomMonths: string;
  communityServiceHours: string;
  banWhat: string;
  banUntil: string;
  fineAmount: string;
  fineUnit: 'KZT' | 'MCI';
};

export const WHOLE_NUMBER_FIELDS = ['detentionDays', 'administrativeArrestDays', 'restrictionOfFreedomMonths', 'communityServiceHours'] as const;

const text = (n: number | undefined) => (n === undefined ? '' : String(n));

export function proceedingFieldsOf(p: Proceeding | undefined, language: string): ProceedingFields {
  const s = p?.sentence;
  const ban = s?.activityBans[0];
  return {
    type: p?.type ?? 'administrative',
    outcome: p?.outcome ?? 'pending',
    code: p?.code ?? '',
    article: p?.article ?? '',
    part: p?.part ?? '',
    court: p?.court ?? '',
    caseNumber: p?.caseNumber ?? '',
    detentionDays: text(s?.detentionDays),
    administrativeArrestDays: text(s?.administrativeArrestDays),
    restrictionOfFreedomMonths: text(s?.restrictionOfFreedomMonths),
    communityServiceHours: text(s?.communityServiceHours),
    banWhat: ban?.what ?? '',
    banUntil: dateTextOf(ban?.until, language),
    fineAmount: text(s?.fine?.amount),
    fineUnit: s?.fine?.unit ?? 'MCI',
  };
}

const refuse = (refusal: string, field: string) => fail('records.invalid', { table: 'proceedings', field, problem: refusal, refusal });

function whole(value: string): number | undefined | null {
  if (!value.trim()) return undefined;
  return /^\d{1,7}$/.test(value.trim()) ? Number(value.trim()) : null;
}

/** Checks the boxes and builds the record; refusals name the box so it can show the reason in place. */
export function proceedingInputOf(fields: ProceedingFields, base: Proceeding | undefined, ids: { id: string; caseId: string }, language: string): Result<ProceedingInput> {
  if (!fields.code.trim() || !fields.article.trim()) return refuse('needsArticle', 'article');
  const numbers: Partial<Record<(typeof WHOLE_NUMBER_FIELDS)[number], number | undefined>> = {};
  for (const key of WHOLE_NUMBER_FIELDS) {
    const n = whole(fields[key]);
    if (n === null) return refuse('wholeNumber', key);
    numbers[key] = n;
  }
  const amount = fields.fineAmount.trim() ? Number(fields.fineAmount.replace(',', '.').replace(/\s/g, '')) : undefined;
  if (amount !== undefined && !(Number.isFinite(amount) && amount >= 0)) return refuse('amount', 'fineAmount');
  const until = readDateText(fields.banUntil, language);
  if (!until.ok) return until;
  if (until.value && !fields.banWhat.trim()) return refuse('banNeedsWhat', 'banWhat');
  // Bans after the first are kept as they were: this form edits one, the record may hold several.
  const laterBans = base?.sentence?.activityBans.slice(1) ?? [];
  const bans = fields.banWhat.trim() ? [{ what: fields.banWhat.trim(), until: until.value }, ...laterBans] : laterBans;
  const opt = (v: string) => (v.trim() ? v.trim() : undefined);
  return ok({
    ...base,
    ...ids,
    type: fields.type,
    outcome: fields.outcome ?? base?.outcome ?? 'pending',
    code: fields.code.trim(),
    article: fields.article.trim(),
    part: opt(fields.part),
    court: opt(fields.court),
    caseNumber: opt(fields.caseNumber),
    sentence: { ...base?.sentence, ...numbers, activityBans: bans, fine: amount === undefined ? undefined : { amount, unit: fields.fineUnit } },
  });
}
