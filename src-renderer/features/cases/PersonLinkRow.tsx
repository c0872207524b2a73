import { useTranslation } from 'react-i18next';
import { CaseRole, VictimCategory, type CasePerson, type Person } from '../../../shared/model';
import { ConsentBadge } from '../people/ConsentBadge';
import { displayName } from '../people/person-names';
import { SelectField } from './SelectField';

type Props = {
  link: CasePerson;
  person: Person | undefined;
  onRole(role: CasePerson['role']): void;
  onCategories(categories: VictimCategory[]): void;
  onUnlink(): void;
};

/**
 * A person on this case: name as written, role (saved as soon as it is picked) and consent. A victim also says what
 * they were targeted as (journalist, trade unionist…), which SDG indicator 16.10.1 counts.
 */
export function PersonLinkRow({ link, person, onRole, onCategories, onUnlink }: Props) {
  const { t } = useTranslation('cases');
  const name = displayName(person);
  // A group shows how big the source said it was: a figure with its qualifier, or the source's words.
  const size = person?.groupSize
    ? t(`qualifier.${person.groupSize.qualifier}`, { n: person.groupSize.value })
    : person?.groupSizeInWords
      ? t(`sizeInWords.${person.groupSizeInWords}`)
      : undefined;
  return (
    <li className="person-row row">
      <span className="person-name">
        {name}
        {size && <span className="muted"> {t('people.sizeShown', { size })}</span>}
      </span>
      {person && <ConsentBadge consent={person.consent} />}
      <SelectField
        label={t('people.roleOf', { name })}
        value={link.role}
        options={CaseRole.options.map((role) => [role, t(`role.${role}`)])}
        onChange={(role) => onRole(CaseRole.parse(role))}
      />
      <button type="button" className="link" onClick={onUnlink}>
        {t('people.unlink', { name })}
      </button>
      {link.role === 'victim' && (
        <fieldset className="victim-categories">
          <legend>{t('people.targetedAs', { name })}</legend>
          {VictimCategory.options.map((category) => {
            const chosen = link.victimCategories ?? [];
            return (
              <label key={category} className="checkbox">
                <input
                  type="checkbox"
                  checked={chosen.includes(category)}
                  onChange={(event) =>
                    onCategories(event.target.checked ? VictimCategory.options.filter((c) => c === category || chosen.includes(c)) : chosen.filter((c) => c !== category))
                  }
                />{' '}
                {t(`victimCategory.${category}`)}
              </label>
            );
          })}
        </fieldset>
      )}
    </li>
  );
}
