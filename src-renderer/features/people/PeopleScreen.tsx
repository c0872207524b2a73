import { useCallback, useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person, PersonInput } from '../../../shared/model';
import type { AppError } from '../../../shared/result';
import { ErrorNotice } from '../../app/ErrorNotice';
import { useRecords } from '../../records';
import { ConsentBadge } from './ConsentBadge';
import { PersonForm } from './PersonForm';
import { MergePeople } from './MergePeople';
import { displayName } from './person-names';

/** The registry: every person, group and organisation, with their name variants and consent. */
export function PeopleScreen() {
  const { t } = useTranslation('people');
  const records = useRecords((s) => s.records);
  const filterId = useId();
  const [people, setPeople] = useState<Person[]>([]);
  const [selectedId, setSelectedId] = useState<string>();
  const [filter, setFilter] = useState('');
  const [error, setError] = useState<AppError>();

  const reload = useCallback(async () => {
    if (records) setPeople(await records.people.list());
  }, [records]);
  useEffect(() => {
    void reload();
    // Tables served from the unlock snapshot may be replaced once it is proved current; show what was proved.
    const refreshed = records?.onRefreshed(() => void reload());
    return () => refreshed?.dispose();
  }, [records, reload]);

  const shown = useMemo(() => {
    if (!records || !filter.trim()) return people;
    const hits = new Set(records.search(filter, { kinds: ['person'], limit: 500 }).map((hit) => hit.id));
    return people.filter((person) => hits.has(person.id));
  }, [records, people, filter]);
  const selected = people.find((person) => person.id === selectedId);

  const save = async (input: PersonInput): Promise<AppError | undefined> => {
    if (!records) return { code: 'vault.locked' };
    const result = await records.people.save(input);
    if (!result.ok) return result.error;
    setSelectedId(result.value.id);
    await reload();
    return undefined;
  };

  if (!records) return <p role="status">{t('common:status.loading')}</p>;
  return (
    <div className="page stack">
      <h1>{t('title')}</h1>
      <div className="people-layout">
        <section className="card stack" aria-labelledby="people-list-title">
          <h2 id="people-list-title">{t('count', { count: people.length })}</h2>
          <div className="field">
            <label htmlFor={filterId}>{t('filter')}</label>
            <input id={filterId} type="search" value={filter} onChange={(e) => setFilter(e.target.value)} />
          </div>
          <ul className="people-list" aria-label={t('listLabel')}>
            {shown.map((person) => (
              <li key={person.id}>
                <button type="button" aria-current={person.id === selectedId ? 'true' : undefined} onClick={() => setSelectedId(person.id)}>
                  <span className="person-name">{displayName(person)}</span>
                  <span className="person-variants">{person.names.slice(1).map((n) => n.text).join(' · ')}</span>
                  <ConsentBadge consent={person.consent} />
                </button>
              </li>
            ))}
          </ul>
          {shown.length === 0 && <p className="muted">{t('empty')}</p>}
        </section>
        <section className="card stack" aria-labelledby="person-detail-title">
          {selected ? (
            <>
              <h2 id="person-detail-title">{displayName(selected)}</h2>
              <PersonForm key={selected.id + selected.updatedAt} person={selected} onSave={save} />
              <MergePeople
                keep={selected}
                candidates={people.filter((p) => p.id !== selected.id)}
                onMerged={async (result) => {
                  setError(result);
                  await reload();
                }}
              />
            </>
          ) : (
            <>
              <h2 id="person-detail-title">{t('new')}</h2>
              <PersonForm onSave={save} />
            </>
          )}
          {selected && (
            <button type="button" className="link" onClick={() => setSelectedId(undefined)}>
              {t('new')}
            </button>
          )}
          <ErrorNotice error={error} />
        </section>
      </div>
    </div>
  );
}
