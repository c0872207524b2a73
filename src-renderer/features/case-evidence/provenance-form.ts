// The provenance form as typed (all text) and the record it becomes. Every field is optional; a date that cannot be
// read or a URL that is not one is reported against its field rather than silently dropped.
import { HowObtained, ItemProvenance, parseApproximateDate, type DateLanguage } from '../../../shared/model';

export type ProvenanceForm = {
  url: string;
  personId: string;
  fromText: string;
  device: string;
  how: HowObtained | '';
  obtainedOn: string;
  note: string;
};

export const EMPTY_PROVENANCE: ProvenanceForm = { url: '', personId: '', fromText: '', device: '', how: '', obtainedOn: '', note: '' };
export const HOW_OBTAINED = HowObtained.options;

export type ProvenanceResult = { ok: true; value: ItemProvenance } | { ok: false; field: 'url' | 'obtainedOn' };

export function provenanceOf(form: ProvenanceForm, lang: DateLanguage): ProvenanceResult {
  const text = (value: string) => (value.trim() ? value.trim() : undefined);
  let obtainedOn;
  if (text(form.obtainedOn)) {
    const date = parseApproximateDate(form.obtainedOn, lang);
    if (!date.ok) return { ok: false, field: 'obtainedOn' };
    obtainedOn = date.value;
  }
  const candidate = {
    url: text(form.url),
    personId: text(form.personId),
    fromText: text(form.fromText),
    device: text(form.device),
    how: form.how || undefined,
    obtainedOn,
    note: text(form.note),
  };
  const parsed = ItemProvenance.safeParse(Object.fromEntries(Object.entries(candidate).filter(([, v]) => v !== undefined)));
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, field: 'url' };
}

export const dateLanguageOf = (language: string): DateLanguage => (language.startsWith('ru') ? 'ru' : language.startsWith('kk') ? 'kk' : 'en');
