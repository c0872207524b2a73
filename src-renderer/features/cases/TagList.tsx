import { useTranslation } from 'react-i18next';

/** Read-only tags, shown until the treaty TagPicker is mounted in the editor's tag slot. */
export function TagList({ tags }: { tags: string[] }) {
  const { t } = useTranslation('cases');
  return (
    <>
      <span className="label">{t('field.tags')}</span>
      {tags.length === 0 ? <span className="muted">{t('field.noTags')}</span> : <span>{tags.join(', ')}</span>}
    </>
  );
}
