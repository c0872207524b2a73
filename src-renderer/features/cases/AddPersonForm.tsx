import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CaseRole, Consent, CountQualifier, SizeInWords, type CasePerson, type Person, type PersonInput } from '../../../shared/model';
import { ConsentBadge } from '../people/ConsentBadge';
import { displayName, matchPeople, scriptOf } from '../people/person-names';
import { SelectField } from './SelectField';
import { TextField } from './TextField';

/** Who is being added: one person by name, or a group by how the source describes it and how big it was. */
export type NewParty = Pick<PersonInput, 'form' | 'names' | 'description' | 'groupSize' | 'groupSizeInWords'>;

type Props = {
  people: readonly Person[];
  onLink(person: Person, role: CasePerson['role']): void;
  onCreate(party: NewParty, consent: Consent, role: CasePerson['role']): void;
};

type Form = 'individual' | 'group';
/** A group's size: a figure, or the source's words when it gives none ("a small group"). */
type SizeChoice = 'figure' | SizeInWords;

function partyOf(form: Form, text: string, size: SizeChoice, figure: string, qualifier: CountQualifier): NewParty | undefined {
  if (!text.trim()) return undefined;
  if (form === 'individual') return { form, names: [{ text, script: scriptOf(text), kind: 'primary' }] };
  if (size !== 'figure') return { form, description: text.trim(), groupSizeInWords: size };
  return /^\d{1,7}$/.test(figure.trim()) ? { form, description: text.trim(), groupSize: { value: Number(figure.trim()), qualifier } } : undefined;
}

/** Type a name in any script: existing people who match are offered first, then creating a new one or a group. */
export function AddPersonForm({ people, onLink, onCreate }: Props) {
  const { t } = useTranslation('cases');
  const [form, setForm] = useState<Form>('individual');
  const [name, setName] = useState('');
  const [role, setRole] = useState<CasePerson['role']>('victim');
  const [consent, setConsent] = useState<Consent>('internal-only');
  const [size, setSize] = useState<SizeChoice>('small');
  const [figure, setFigure] = useState('');
  const [qualifier, setQualifier] = useState<CountQualifier>('exact');
  const matches = matchPeople(people, name);
  const party = partyOf(form, name, size, figure, qualifier);
  const reset = () => {
    setName('');
    setFigure('');
  };
  const figureError = form === 'group' && size === 'figure' && figure.trim() !== '' && !/^\d{1,7}$/.test(figure.trim()) ? t('refusal.wholeNumber') : undefined;
  const createLabel = form === 'group' ? (name.trim() ? t('people.createGroup', { name }) : t('people.createGroupEmpty')) : name.trim() ? t('people.create', { name }) : t('people.createEmpty');
  return (
    <div className="stack add-person">
      <div className="row">
        <SelectField label={t('people.form')} value={form} options={(['individual', 'group'] as const).map((f) => [f, t(`partyForm.${f}`)])} onChange={(f) => setForm(f === 'group' ? 'group' : 'individual')} />
        <TextField label={form === 'group' ? t('people.groupDescription') : t('people.name')} value={name} onChange={setName} />
        <SelectField label={t('people.role')} value={role} options={CaseRole.options.map((r) => [r, t(`role.${r}`)])} onChange={(r) => setRole(CaseRole.parse(r))} />
        <SelectField label={t('people.consent')} value={consent} options={Consent.options.map((c) => [c, t(`consent.${c}`)])} onChange={(c) => setConsent(Consent.parse(c))} />
      </div>
      {form === 'group' && (
        <div className="row">
          <SelectField
            label={t('people.size')}
            value={size}
            options={[['figure', t('sizeInWords.figure')], ...SizeInWords.options.map((s) => [s, t(`sizeInWords.${s}`)] as const)]}
            onChange={(s) => setSize(s === 'figure' ? 'figure' : SizeInWords.parse(s))}
          />
          {size === 'figure' && (
            <>
              <SelectField label={t('people.figureIs')} value={qualifier} options={CountQualifier.options.map((q) => [q, t(`countQualifier.${q}`)])} onChange={(q) => setQualifier(CountQualifier.parse(q))} />
              <TextField label={t('people.figure')} value={figure} onChange={setFigure} inputMode="numeric" error={figureError} />
            </>
          )}
        </div>
      )}
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
        disabled={!party}
        onClick={() => {
          if (!party) return;
          onCreate(party, consent, role);
          reset();
        }}
      >
        {createLabel}
      </button>
    </div>
  );
}
