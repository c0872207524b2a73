import { useTranslation } from 'react-i18next';
import { CaseRole, type CasePerson, type Person } from '../../../shared/model';
import { ConsentBadge } from '../people/ConsentBadge';
import { displayName } from '../people/person-names';
import { SelectField } from './SelectField';

type Props = { link: CasePerson; person: Person | undefined; onRole(role: CasePerson['role']): void; onUnlink(): void };

/** A person on this case: name as written, role (saved as soon as it is picked) and consent. */
export function PersonLinkRow({ link, person, onRole, onUnlink }: Props) {
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
      <span className="person-name">{name}</span>
      {size && <span className="muted">{t('people.sizeShown', { size })}</span>}
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
    </li>
  );
}
