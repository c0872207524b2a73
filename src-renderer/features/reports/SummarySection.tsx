import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { emptyNarrative, type Narrative } from '../../../shared/model';
import { NarrativeEditor, useNarrativeEditor } from './NarrativeEditor';

type Props = { narrative: Narrative | undefined; onChange(narrative: Narrative): void; keywords: string; onKeywords(text: string): void };

/** What a UPR submission opens with: keywords and an executive summary restating the sections' main points. */
export function SummarySection({ narrative, onChange, keywords, onKeywords }: Props) {
  const { t } = useTranslation('report');
  const headingId = useId();
  const keywordsId = useId();
  const editor = useNarrativeEditor(narrative ?? emptyNarrative(), t('section.narrative', { title: t('summary.title') }), onChange);
  return (
    <section className="card stack report-summary" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('summary.title')}</h2>
      <div className="field">
        <label htmlFor={keywordsId}>{t('document.keywords')}</label>
        <input id={keywordsId} value={keywords} onChange={(event) => onKeywords(event.target.value)} aria-describedby={`${keywordsId}-hint`} />
        <span id={`${keywordsId}-hint`} className="muted">
          {t('summary.keywordsHint')}
        </span>
      </div>
      <NarrativeEditor editor={editor} />
    </section>
  );
}
