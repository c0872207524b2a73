import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { discloseCase, type CaseRecords, type DisclosedPerson } from '../../../shared/export/case-disclosure';
import { displayName } from '../people/person-names';

type Outcome = 'named' | 'anonymised' | 'withheld';

const outcomeOf = (person: DisclosedPerson): Outcome => (person.withheld ? 'withheld' : person.names.length > 0 ? 'named' : 'anonymised');

/**
 * Before anything leaves: for each person on the case, what each audience's bundle will say about them. Computed by
 * the same discloseCase the export runs, so the table cannot promise less than the bundle reveals.
 */
export function DisclosurePreview({ records: unordered }: { records: CaseRecords }) {
  const { t } = useTranslation(['export', 'cases', 'people']);
  const headingId = useId();
  // People in the order they were added, as the case's People section lists them.
  const records = { ...unordered, links: [...unordered.links].sort((a, b) => a.createdAt.localeCompare(b.createdAt)) };
  const legalTeam = discloseCase(records, 'legal-team').people;
  const publication = discloseCase(records, 'publication').people;
  // discloseCase lists one entry per link whose person exists, in link order; the names here are the team's own.
  const people = new Map(records.people.map((person) => [person.id, person]));
  const linked = records.links.flatMap((link) => (people.has(link.personId) ? [people.get(link.personId)] : []));
  const outcomeText = (outcome: Outcome): string => {
    switch (outcome) {
      case 'named':
        return t('preview.named');
      case 'anonymised':
        return t('preview.anonymised');
      case 'withheld':
        return t('preview.withheld');
    }
  };

  return (
    <section aria-labelledby={headingId} className="stack">
      <h3 id={headingId}>{t('preview.heading')}</h3>
      {legalTeam.length === 0 ? (
        <p className="muted">{t('preview.noPeople')}</p>
      ) : (
        <table className="evidence-table disclosure-preview">
          <thead>
            <tr>
              <th scope="col">{t('preview.person')}</th>
              <th scope="col">{t('preview.consent')}</th>
              <th scope="col">{t('preview.legalTeam')}</th>
              <th scope="col">{t('preview.publication')}</th>
            </tr>
          </thead>
          <tbody>
            {legalTeam.map((person, index) => {
              const published = publication[index]!;
              return (
                <tr key={`${person.ref}-${person.role}-${index}`}>
                  <th scope="row">
                    {displayName(linked[index])} <span className="muted">({t(`cases:role.${person.role}`)})</span>
                  </th>
                  <td>{t(`people:consent.${person.consent}`)}</td>
                  <td>{outcomeText(outcomeOf(person))}</td>
                  <td className={`disclosure-${outcomeOf(published)}`}>{outcomeText(outcomeOf(published))}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <p className="muted">{t('preview.notes')}</p>
    </section>
  );
}
