import { useTranslation } from 'react-i18next';
import type { ReportScope } from '../../../shared/model';
import { TagPicker } from '../catalog/TagPicker';

type Props = { scope: ReportScope; onChange(scope: ReportScope): void };

/** What the report covers, changeable while writing: sections follow the articles, narratives stay with their keys. */
export function ScopeEditor({ scope, onChange }: Props) {
  const { t } = useTranslation('report');
  return (
    <details className="report-scope">
      <summary>{t('scope.title')}</summary>
      <div className="stack">
        <TagPicker label={t('form.articles')} value={scope.articles.map((target) => ({ target }))} onChange={(tags) => onChange({ ...scope, articles: tags.map((tag) => tag.target) })} allowNotes={false} />
        <label className="checkbox">
          <input type="checkbox" checked={scope.verifiedOnly} onChange={(event) => onChange({ ...scope, verifiedOnly: event.target.checked })} /> {t('form.verifiedOnly')}
        </label>
      </div>
    </details>
  );
}
