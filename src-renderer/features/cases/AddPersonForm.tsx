import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CaseRole, Consent, type CasePerson, type Person } from '../../../shared/model';
import { ConsentBadge } from '../people/ConsentBadge';
import { displayName, matchPeople } from '../people/person-names';
import { SelectField } from './SelectField';
import { TextField } from './TextField';

type Props = {
  people: readonly Person[];
  onLink(person: Person, role: CasePerson['role']): void;
  onCreate(name: string, consent: Consent, role: CasePerson['role']): void;
};

/** Type a name in any script: existing people who match are offered first, then creating a new one. */
export function AddPersonForm({ people, onLink, onCreate }: Props) {
  const { t } = useTranslation('cases');
  const [name, setName] = useState('');
  const [role, setRole] = useState<CasePerson['role']>('victim');
  const [consent, setConsent] = useState<Consent>('internal-only');
  const matches = matchPeople(people, name);
  const reset = () => setName('');
  return (
    <div className="stack add-person">
      <div className="row">
        <TextField label={t('people.name')} value={name} onChange={setName} />
        <SelectField label={t('people.role')} value={role} options={CaseRole.options.map((r) => [r, t(`role.${r}`)])} onChange={(r) => setRole(CaseRole.parse(r))} />
        <SelectField label={t('people.consent')} value={consent} options={Consent.options.map((c) => [c, t(`consent.${c}`)])} onChange={(c) => setConsent(Consent.parse(c))} />
      </div>
      {matches.length > 0 && (
        <ul className="matches" aria-label={t('people.matches')}>
          {matches.map((person) => (
            <li key={person.id} className="row">
              <button
                type="button"
                onClick={() => {
                  onLink(person, role);
                  reset();
                }}
              >
                {t('people.linkExisting', { name: displayName(person) })}
              </button>
              <ConsentBadge consent={person.consent} />
            </li>
          ))}
        </ul>
      )}
      <button
        type="button"
        disabled={!name.trim()}
        onClick={() => {
          onCreate(name, consent, role);
          reset();
        }}
      >
        {name.trim() ? t('people.create', { name }) : t('people.createEmpty')}
      </button>
    </div>
  );
}
