import { useTranslation } from 'react-i18next';
import type { ArticleReading } from '../../../shared/spreadsheet/article-code';
import { useEntryLabel } from '../catalog/use-entry-label';

/** Each code as the sheet wrote it and the catalog tag it becomes, named as the tag picker names it. */
export function TagReadingList({ tags }: { tags: readonly ArticleReading[] }) {
  const { t } = useTranslation('spreadsheet');
  const describe = useEntryLabel();
  if (tags.length === 0) return null;
  return (
    <ul className="cell-list">
      {tags.map((tag, index) => (
        <li key={index} className={tag.kind === 'tag' ? undefined : 'issue-warning'}>
          {tag.kind === 'tag' ? t('preview.tagAs', { written: tag.written, tag: describe(tag.id).name }) : t('preview.tagKept', { written: tag.written })}
        </li>
      ))}
    </ul>
  );
}
