import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ratificationsOf, sourceReportOf, type Ratification } from '../../../shared/catalog';
import { useCatalogStore } from './catalog-store';
import { formatPartialDate } from './partial-date';

const COUNTRY = 'KZ';

/** Kazakhstan's status under one instrument. Sources that disagree are both shown, each with the report it comes from. */
export function RatificationStatus({ instrumentId }: { instrumentId: string }) {
  const { t, i18n } = useTranslation('catalog');
  const catalog = useCatalogStore((s) => s.catalog);
  const headingId = useId();
  const claims = ratificationsOf(COUNTRY, instrumentId, catalog);
  const isConflict = new Set(claims.map((c) => c.status)).size > 1;
  const date = (value: string) => formatPartialDate(value, i18n.language);

  const statusText = (claim: Ratification): string => {
    if (claim.status === 'signatory') return t('browser.status.signatory');
    if (claim.status === 'not-party') return t('browser.status.notParty');
    return claim.accession ? t('browser.status.acceded') : t('browser.status.party');
  };
  const datesText = (claim: Ratification): string =>
    [
      claim.signed ? t('browser.status.signedOn', { date: date(claim.signed) }) : undefined,
      claim.ratificationLaw ? t('browser.status.ratificationLawOn', { date: date(claim.ratificationLaw) }) : undefined,
      claim.ratified && claim.accession ? t('browser.status.accededOn', { date: date(claim.ratified) }) : undefined,
      claim.ratified && !claim.accession ? t('browser.status.ratifiedOn', { date: date(claim.ratified) }) : undefined,
      claim.inForce ? t('browser.status.inForceOn', { date: date(claim.inForce) }) : undefined,
    ]
      .filter(Boolean)
      .join(', ');
  // A report is named by its own (English) title; general knowledge is worded in the UI language.
  const sourcesText = (claim: Ratification): string =>
    claim.sources
      .map((id) => {
        const report = sourceReportOf(id);
        return report ? `${report.title} (${report.author}, ${report.published.slice(0, 4)})` : t('browser.status.generalKnowledge');
      })
      .join('; ');

  return (
    <section className="ratification" aria-labelledby={headingId}>
      <h4 id={headingId}>{t('browser.status.title')}</h4>
      {claims.length === 0 && <p className="muted">{t('browser.status.none')}</p>}
      {isConflict && <p className="notice notice-warning">{t('browser.status.conflict')}</p>}
      {claims.length > 0 && (
        <ul className="ratification-claims">
          {claims.map((claim, index) => (
            <li key={index}>
              <span className={`status-badge status-${claim.status}`}>{statusText(claim)}</span>
              {datesText(claim) && <span> {datesText(claim)}</span>}
              <span className="muted"> · {t('browser.status.source', { sources: sourcesText(claim) })}</span>
              {claim.note && (
                <span className="ratification-note" lang="en">
                  {claim.note}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
