import { useTranslation } from 'react-i18next';
import type { MappedCaseRow } from '../../../shared/spreadsheet/validate-rows';

/** Which source the row's source cell becomes: a recorded one (found by name, alias or initials) or a new one. */
export function SourceMatchText({ source }: { source: NonNullable<MappedCaseRow['source']> }) {
  const { t } = useTranslation('spreadsheet');
  const { written, match } = source;
  if (match.kind === 'existing') return <>{t('preview.sourceExisting', { written, name: match.name })}</>;
  return <>{match.name === written ? t('preview.sourceNew', { name: match.name }) : t('preview.sourceNewAs', { written, name: match.name })}</>;
}
