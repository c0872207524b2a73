import { useTranslation } from 'react-i18next';
import type { Claim, Source } from '../../../shared/model';
import { formatClaimValue } from './claim-value';

type Props = { claims: Claim[]; sources: ReadonlyMap<string, Source>; onRemove(id: string): void };

/** Claims grouped by what they are about, each value next to its source: never merged into one number. */
export function ClaimsTable({ claims, sources, onRemove }: Props) {
  const { t, i18n } = useTranslation('cases');
  const fields = [...new Set(claims.map((c) => c.field))];
  const qualifierText = (qualifier: string, n: string) => t(`qualifier.${qualifier}`, { n });
  if (claims.length === 0) return <p className="muted">{t('claim.none')}</p>;
  return (
    <dl className="claims">
      {fields.map((field) => (
        <div key={field} className="claim-group">
          <dt>{field}</dt>
          {claims
            .filter((c) => c.field === field)
            .map((claim) => {
              const source = sources.get(claim.sourceId);
              const value = formatClaimValue(claim.value, i18n.language, qualifierText);
              return (
                <dd key={claim.id} className="row">
                  <span>{t('claim.perSource', { value, source: source?.name ?? '' })}</span>
                  {source && <span className="muted">{t(`perspective.${source.perspective}`)}</span>}
                  <button type="button" className="link" onClick={() => onRemove(claim.id)}>
                    {t('claim.remove', { field, value })}
                  </button>
                </dd>
              );
            })}
        </div>
      ))}
    </dl>
  );
}
