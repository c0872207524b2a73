import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Claim, Source } from '../../../shared/model';
import { groupClaims, type ClaimGroup } from './claim-groups';
import { formatClaimValue } from './claim-value';

type Props = { claims: Claim[]; sources: ReadonlyMap<string, Source>; onRemove(id: string): void };

/**
 * Claims grouped by what they are about. Each different value gets a column of its own with the sources that give
 * it, side by side, so "12 + 3 official" per one source and "at least 14" per another read as the disagreement
 * they are, never merged into one number or stacked as if one corrected the other.
 */
export function ClaimsTable({ claims, sources, onRemove }: Props) {
  const { t } = useTranslation('cases');
  if (claims.length === 0) return <p className="muted">{t('claim.none')}</p>;
  return (
    <div className="claims">
      {groupClaims(claims).map((group) => (
        <ClaimGroupView key={group.key} group={group} sources={sources} onRemove={onRemove} />
      ))}
    </div>
  );
}

function ClaimGroupView({ group, sources, onRemove }: { group: ClaimGroup } & Omit<Props, 'claims'>) {
  const { t, i18n } = useTranslation('cases');
  const headingId = useId();
  const qualifierText = (qualifier: string, n: string) => t(`qualifier.${qualifier}`, { n });
  return (
    <section className={group.isConflict ? 'claim-group is-conflict' : 'claim-group'} aria-labelledby={headingId}>
      <h3 id={headingId}>{group.field}</h3>
      {group.isConflict && <p className="claim-conflict">{t('claim.conflict', { count: group.values.length })}</p>}
      <ul className="claim-values" aria-label={t('claim.values', { field: group.field })}>
        {group.values.map(({ key, value, claims }) => {
          const text = formatClaimValue(value, i18n.language, qualifierText);
          return (
            <li key={key} className="claim-value">
              <p className="claim-figure">{text}</p>
              <ul className="claim-sources">
                {claims.map((claim) => {
                  const source = sources.get(claim.sourceId);
                  return (
                    <li key={claim.id}>
                      <span>{t('claim.bySource', { source: source?.name ?? '' })}</span>
                      {source && <span className="muted"> · {t(`perspective.${source.perspective}`)}</span>}{' '}
                      <button
                        type="button"
                        className="link"
                        aria-label={t('claim.remove', { field: group.field, value: text, source: source?.name ?? '' })}
                        onClick={() => onRemove(claim.id)}
                      >
                        {t('claim.removeShort')}
                      </button>
                    </li>
                  );
                })}
              </ul>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
