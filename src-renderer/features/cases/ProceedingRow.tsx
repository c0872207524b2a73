import { useTranslation } from 'react-i18next';
import { Outcome, ProceedingType, type Proceeding } from '../../../shared/model';
import { ok } from '../../../shared/result';
import type { CasesRecords } from './cases-records';
import { proceedingFieldsOf, proceedingInputOf, type ProceedingFields } from './proceeding-form';
import { SaveError } from './SaveError';
import { SelectField } from './SelectField';
import { SentenceFields } from './SentenceFields';
import { TextField } from './TextField';
import { useAutosave } from './use-autosave';
import { useErrorText } from './use-error-text';

type Props = { records: CasesRecords; caseId: string; id: string; proceeding: Proceeding | undefined; position: number; onRemove(): void };

/** One proceeding; stored once it has a code and an article, autosaved after that. */
export function ProceedingRow({ records, caseId, id, proceeding, position, onRemove }: Props) {
  const { t, i18n } = useTranslation('cases');
  const errorText = useErrorText();
  const language = i18n.language;
  const form = useAutosave<ProceedingFields>({
    drafts: records.drafts,
    draftKey: `proceeding:${id}`,
    initial: proceedingFieldsOf(proceeding, language),
    validate: (fields) => {
      const input = proceedingInputOf(fields, proceeding, { id, caseId }, language);
      return input.ok ? undefined : input.error;
    },
    async save(fields) {
      const input = proceedingInputOf(fields, proceeding, { id, caseId }, language);
      if (!input.ok) return input;
      const saved = await records.proceedings.save(input.value);
      return saved.ok ? ok(saved.value) : saved;
    },
  });
  const { value, change } = form;
  const set = <K extends keyof ProceedingFields>(key: K) => (next: ProceedingFields[K]) => change((previous) => ({ ...previous, [key]: next }));
  const error = form.state.phase === 'error' ? form.state.error : undefined;
  const articleError = error?.details?.field === 'article' ? errorText(error) : undefined;
  const shownInPlace = error && (error.details?.field !== undefined || error.code.startsWith('date.'));
  return (
    <li className="card stack">
      <h3>{t('proceeding.heading', { n: position })}</h3>
      <div className="row">
        <SelectField label={t('proceeding.type')} value={value.type} options={ProceedingType.options.map((p) => [p, t(`proceedingType.${p}`)])} onChange={(p) => set('type')(ProceedingType.parse(p))} />
        <TextField label={t('proceeding.code')} value={value.code} onChange={set('code')} />
        <TextField label={t('proceeding.article')} value={value.article} onChange={set('article')} error={articleError} />
        <TextField label={t('proceeding.part')} value={value.part} onChange={set('part')} />
      </div>
      <div className="row">
        <TextField label={t('proceeding.court')} value={value.court} onChange={set('court')} />
        <TextField label={t('proceeding.caseNumber')} value={value.caseNumber} onChange={set('caseNumber')} />
        <SelectField label={t('proceeding.outcome')} value={value.outcome ?? 'pending'} options={Outcome.options.map((o) => [o, t(`outcome.${o}`)])} onChange={(o) => set('outcome')(Outcome.parse(o))} />
      </div>
      <SentenceFields fields={value} error={error} set={set} />
      {!shownInPlace && <SaveError error={error} />}
      <button type="button" className="link" onClick={onRemove}>
        {t('proceeding.remove', { n: position })}
      </button>
    </li>
  );
}
