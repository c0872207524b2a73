import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Consent, type Person, type PersonInput, type PersonName } from '../../../shared/model';
import type { AppError } from '../../../shared/result';
import { ErrorNotice } from '../../app/ErrorNotice';
import { scriptOf } from './person-names';

type Props = { person?: Person; onSave(input: PersonInput): Promise<AppError | undefined> };

const GENDERS = ['unknown', 'female', 'male', 'other'] as const;
const AGE_GROUPS = ['unknown', 'child', 'youth', 'adult', 'older'] as const;

/** Name variants are one per line, kept exactly as written: the spelling on a court paper is evidence too. */
export function PersonForm({ person, onSave }: Props) {
  const { t } = useTranslation('people');
  const ids = { name: useId(), variants: useId(), gender: useId(), age: useId(), affiliation: useId(), consent: useId() };
  const primary = person?.names.find((n) => n.kind === 'primary')?.text ?? person?.names[0]?.text ?? '';
  const [name, setName] = useState(primary);
  const [variants, setVariants] = useState((person?.names ?? []).filter((n) => n.text !== primary).map((n) => n.text).join('\n'));
  const [gender, setGender] = useState<Person['gender']>(person?.gender ?? 'unknown');
  const [ageGroup, setAgeGroup] = useState<Person['ageGroup']>(person?.ageGroup ?? 'unknown');
  const [affiliation, setAffiliation] = useState(person?.affiliation ?? '');
  const [consent, setConsent] = useState<Consent>(person?.consent ?? 'internal-only');
  const [error, setError] = useState<AppError>();

  const submit = async () => {
    const variantNames: PersonName[] = variants
      .split('\n')
      .filter((line) => line.trim())
      .map((text) => ({ text, script: scriptOf(text), kind: scriptOf(text) === scriptOf(name) ? 'variant' : 'transliteration' }));
    const names: PersonName[] = name.trim() ? [{ text: name, script: scriptOf(name), kind: 'primary' }, ...variantNames] : variantNames;
    const failure = await onSave({ ...person, form: person?.form ?? 'individual', names, gender, ageGroup, affiliation: affiliation || undefined, consent });
    setError(failure);
    if (!failure && !person) {
      setName('');
      setVariants('');
      setAffiliation('');
    }
  };

  return (
    <form
      className="stack person-form"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <div className="field">
        <label htmlFor={ids.name}>{t('field.name')}</label>
        <input id={ids.name} type="text" value={name} onChange={(e) => setName(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={ids.variants}>{t('field.variants')}</label>
        <textarea id={ids.variants} rows={3} value={variants} onChange={(e) => setVariants(e.target.value)} />
      </div>
      <div className="row">
        <div className="field">
          <label htmlFor={ids.gender}>{t('field.gender')}</label>
          <select id={ids.gender} value={gender} onChange={(e) => setGender(e.target.value as Person['gender'])}>
            {GENDERS.map((g) => (
              <option key={g} value={g}>
                {t(`gender.${g}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.age}>{t('field.ageGroup')}</label>
          <select id={ids.age} value={ageGroup} onChange={(e) => setAgeGroup(e.target.value as Person['ageGroup'])}>
            {AGE_GROUPS.map((a) => (
              <option key={a} value={a}>
                {t(`ageGroup.${a}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.consent}>{t('field.consent')}</label>
          <select id={ids.consent} value={consent} onChange={(e) => setConsent(e.target.value as Consent)}>
            {Consent.options.map((c) => (
              <option key={c} value={c}>
                {t(`consent.${c}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="field">
        <label htmlFor={ids.affiliation}>{t('field.affiliation')}</label>
        <input id={ids.affiliation} type="text" value={affiliation} onChange={(e) => setAffiliation(e.target.value)} />
      </div>
      <ErrorNotice error={error} />
      <button type="submit" className="primary">
        {person ? t('save') : t('add')}
      </button>
    </form>
  );
}
