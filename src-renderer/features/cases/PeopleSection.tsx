import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CasePerson, Consent, Person, VictimCategory } from '../../../shared/model';
import type { AppError, Result } from '../../../shared/result';
import { AddPersonForm, type NewParty } from './AddPersonForm';
import type { CasesRecords } from './cases-records';
import { PersonLinkRow } from './PersonLinkRow';
import { SaveError } from './SaveError';

type Props = { records: CasesRecords; caseId: string; initialLinks: CasePerson[]; initialPeople: Person[] };

/** People linked to the case with their roles. Each pick is one explicit action, so it is saved at once. */
export function PeopleSection({ records, caseId, initialLinks, initialPeople }: Props) {
  const { t } = useTranslation('cases');
  const [links, setLinks] = useState(() => [...initialLinks].sort((a, b) => a.createdAt.localeCompare(b.createdAt)));
  const [people, setPeople] = useState(initialPeople);
  const [error, setError] = useState<AppError>();
  const byId = new Map(people.map((p) => [p.id, p]));

  function settle<T>(result: Result<T>): T | undefined {
    setError(result.ok ? undefined : result.error);
    return result.ok ? result.value : undefined;
  }

  async function link(person: Person, role: CasePerson['role']) {
    const saved = settle(await records.casePeople.save({ caseId, personId: person.id, role }));
    if (saved) setLinks((list) => [...list, saved]);
  }

  async function create(party: NewParty, consent: Consent, role: CasePerson['role']) {
    const person = settle(await records.people.save({ ...party, consent }));
    if (!person) return;
    setPeople((list) => [...list, person]);
    await link(person, role);
  }

  async function changeRole(current: CasePerson, role: CasePerson['role']) {
    const saved = settle(await records.casePeople.save({ ...current, role }));
    if (saved) setLinks((list) => list.map((l) => (l.id === saved.id ? saved : l)));
  }

  async function changeCategories(current: CasePerson, victimCategories: VictimCategory[]) {
    const saved = settle(await records.casePeople.save({ ...current, victimCategories }));
    if (saved) setLinks((list) => list.map((l) => (l.id === saved.id ? saved : l)));
  }

  async function unlink(id: string) {
    await records.casePeople.delete(id);
    setLinks((list) => list.filter((l) => l.id !== id));
  }

  return (
    <section className="stack" aria-label={t('editor.people')}>
      <h2>{t('editor.people')}</h2>
      {links.length === 0 && <p className="muted">{t('people.none')}</p>}
      <ul className="people stack">
        {links.map((l) => (
          <PersonLinkRow
            key={l.id}
            link={l}
            person={byId.get(l.personId)}
            onRole={(role) => void changeRole(l, role)}
            onCategories={(categories) => void changeCategories(l, categories)}
            onUnlink={() => void unlink(l.id)}
          />
        ))}
      </ul>
      <SaveError error={error} />
      <AddPersonForm people={people} onLink={(p, role) => void link(p, role)} onCreate={(party, consent, role) => void create(party, consent, role)} />
    </section>
  );
}
