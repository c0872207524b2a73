import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Claim, Source, SourceInput } from '../../../shared/model';
import type { AppError, Result } from '../../../shared/result';
import { AddClaimForm } from './AddClaimForm';
import { AddSourceForm } from './AddSourceForm';
import { readClaimValue } from './claim-value';
import type { CasesRecords } from './cases-records';
import { ClaimsTable } from './ClaimsTable';
import { SaveError } from './SaveError';

type Props = {
  records: CasesRecords;
  caseId: string;
  /** This case and any merged into it: a source recorded for either belongs here. */
  caseIds: readonly string[];
  initialClaims: Claim[];
  caseSourceIds: string[];
  allSources: Source[];
};

/**
 * Sources and what each claims. A source can serve many cases, so the case's sources are those recorded for it
 * and those its claims and events cite.
 */
export function SourcesSection({ records, caseId, caseIds, initialClaims, caseSourceIds, allSources }: Props) {
  const { t, i18n } = useTranslation('cases');
  const [claims, setClaims] = useState(() => [...initialClaims].sort((a, b) => a.createdAt.localeCompare(b.createdAt)));
  const [sources, setSources] = useState(allSources);
  const [error, setError] = useState<AppError>();
  const byId = new Map(sources.map((s) => [s.id, s]));
  const recordedHere = sources.filter((s) => s.caseIds.some((id) => caseIds.includes(id))).map((s) => s.id);
  const onCase = new Set([...caseSourceIds, ...claims.map((c) => c.sourceId), ...recordedHere]);
  const caseSources = sources.filter((s) => onCase.has(s.id));

  function settle<T>(result: Result<T>): T | undefined {
    setError(result.ok ? undefined : result.error);
    return result.ok ? result.value : undefined;
  }

  async function addSource(input: SourceInput) {
    const saved = settle(await records.sources.save({ ...input, caseIds: [caseId] }));
    if (saved) setSources((list) => [...list, saved]);
  }

  async function addClaim({ field, text, sourceId }: { field: string; text: string; sourceId: string }) {
    const saved = settle(await records.claims.save({ caseId, field, sourceId, value: readClaimValue(text, i18n.language) }));
    if (saved) setClaims((list) => [...list, saved]);
  }

  async function removeClaim(id: string) {
    await records.claims.delete(id);
    setClaims((list) => list.filter((c) => c.id !== id));
  }

  return (
    <section className="stack" aria-label={t('editor.sources')}>
      <h2>{t('editor.sources')}</h2>
      <ul className="sources">
        {caseSources.map((s) => (
          <li key={s.id}>
            {t('source.line', {
              // Sources saved before aliases existed have none.
              name: s.aliases?.length ? t('source.nameWithAliases', { name: s.name, aliases: s.aliases.join(', ') }) : s.name,
              kind: t(`sourceKind.${s.kind}`),
              perspective: t(`perspective.${s.perspective}`),
            })}
          </li>
        ))}
      </ul>
      <ClaimsTable claims={claims} sources={byId} onRemove={(id) => void removeClaim(id)} />
      <SaveError error={error} />
      <AddClaimForm
        sources={[...caseSources, ...sources.filter((s) => !onCase.has(s.id))]}
        fields={[...new Set(claims.map((c) => c.field))]}
        onAdd={(claim) => void addClaim(claim)}
      />
      <AddSourceForm onAdd={(source) => void addSource(source)} />
    </section>
  );
}
