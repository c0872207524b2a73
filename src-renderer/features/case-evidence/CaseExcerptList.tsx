import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { StoredExcerpt } from '../../records';
import { TagPicker } from '../catalog/TagPicker';

type Props = {
  excerpts: readonly StoredExcerpt[];
  nameOf(itemId: string): string;
  onTags(excerpt: StoredExcerpt, tags: string[]): void;
  /** The excerpt just drawn in the viewer: brought into view with its tag field focused, so tagging is one step. */
  freshId?: string;
};

/** Excerpts, each taggable on its own: a paragraph of a ruling can engage an article the case does not. */
export function CaseExcerptList({ excerpts, nameOf, onTags, freshId }: Props) {
  const { t } = useTranslation('case-evidence');
  const fresh = useRef<HTMLLIElement>(null);
  const isListed = excerpts.some((excerpt) => excerpt.id === freshId);
  useEffect(() => {
    if (!isListed || !fresh.current) return;
    fresh.current.scrollIntoView?.({ block: 'nearest' });
    fresh.current.querySelector<HTMLInputElement>('input[role="combobox"]')?.focus({ preventScroll: true });
  }, [freshId, isListed]);
  if (excerpts.length === 0) return null;
  return (
    <section className="stack" aria-labelledby="case-excerpts-title">
      <h3 id="case-excerpts-title">{t('excerpts.title')}</h3>
      <ul className="case-excerpts">
        {excerpts.map((excerpt) => {
          const where = excerpt.page ? t('excerpts.page', { name: nameOf(excerpt.itemId), page: excerpt.page }) : nameOf(excerpt.itemId);
          const isFresh = excerpt.id === freshId;
          return (
            <li key={excerpt.id} ref={isFresh ? fresh : undefined} className={isFresh ? 'stack fresh-excerpt' : 'stack'} data-testid="case-excerpt">
              {isFresh && <p className="notice notice-success">{t('excerpts.fresh')}</p>}
              <p className="muted">{where}</p>
              {excerpt.quote ? <blockquote>{excerpt.quote}</blockquote> : <p className="muted">{t('excerpts.region')}</p>}
              <TagPicker
                label={t('excerpts.tags')}
                value={excerpt.tags.map((target) => ({ target }))}
                onChange={(tags) => onTags(excerpt, tags.map((tag) => tag.target))}
                allowNotes={false}
              />
            </li>
          );
        })}
      </ul>
    </section>
  );
}
