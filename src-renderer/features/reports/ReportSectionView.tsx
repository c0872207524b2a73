import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { readableDate } from '../../../shared/i18n/readable-date';
import type { CitationKind, Narrative } from '../../../shared/model';
import type { ComposedSection, Footnote } from '../../../shared/report/compose-report';
import type { PlannedSection } from '../../../shared/report/report-plan';
import { NarrativeEditor, useNarrativeEditor } from './NarrativeEditor';

type Props = {
  section: PlannedSection;
  composed: ComposedSection | undefined;
  footnotes: readonly Footnote[];
  onChange(key: string, narrative: Narrative): void;
};

const footnoteNumbers = (section: ComposedSection | undefined): number[] =>
  (section?.blocks ?? []).flatMap((block) => (block.kind === 'list' ? block.items.flatMap((item) => item.runs) : block.runs)).flatMap((run) => (run.kind === 'footnote' ? [run.number] : []));

/** One section of the report: what is in scope for it, with counts and a timeline, and its narrative. */
export function ReportSectionView({ section, composed, footnotes, onChange }: Props) {
  const { t, i18n } = useTranslation('report');
  const headingId = useId();
  const editor = useNarrativeEditor(section.narrative, t('section.narrative', { title: section.title }), (narrative) => onChange(section.key, narrative));
  const cite = (kind: CitationKind, id: string) => editor?.chain().focus().insertContent({ type: 'citation', attrs: { kind, id } }).run();
  const titles = new Map(section.cases.map((kase) => [kase.id, kase.title]));
  const notes = footnoteNumbers(composed).map((number) => footnotes[number - 1]).filter((note): note is Footnote => note !== undefined);

  return (
    <section className="card stack report-section" aria-labelledby={headingId} data-section={section.key}>
      <h2 id={headingId}>{section.title}</h2>
      <div className="report-section-body">
        <div className="report-material stack">
          <h3>{t('section.material')}</h3>
          <p className="counts">
            {t('section.cases', { count: section.cases.length })} · {t('section.events', { count: section.events.length })} · {t('section.excerpts', { count: section.excerpts.length })}
          </p>
          {section.cases.length === 0 ? (
            <p className="muted">{t('section.nothing')}</p>
          ) : (
            <ul className="material-list">
              {section.cases.map((kase) => (
                <li key={kase.id}>
                  <span>{kase.title}</span>
                  <button type="button" aria-label={t('section.citeCase', { title: kase.title })} onClick={() => cite('case', kase.id)}>
                    {t('section.cite')}
                  </button>
                </li>
              ))}
              {section.excerpts.map((excerpt) => (
                <li key={excerpt.id} className="excerpt">
                  <q>{excerpt.quote ?? excerpt.note ?? ''}</q>
                  <button type="button" aria-label={t('section.citeExcerpt', { title: titles.get(excerpt.caseId ?? '') ?? '' })} onClick={() => cite('excerpt', excerpt.id)}>
                    {t('section.cite')}
                  </button>
                </li>
              ))}
            </ul>
          )}
          {section.events.length > 0 && (
            <>
              <h4>{t('section.timeline')}</h4>
              <ol className="report-timeline">
                {section.events.map((event) => (
                  <li key={event.id}>
                    <time>{event.when ? readableDate(event.when, i18n.language) : t('section.undated')}</time> {t(`cases:eventType.${event.type}`)}: {titles.get(event.caseId)}
                  </li>
                ))}
              </ol>
            </>
          )}
        </div>
        <div className="stack">
          <NarrativeEditor editor={editor} />
          {notes.length > 0 && (
            <div className="report-footnotes">
              <h4>{t('section.footnotes')}</h4>
              <ol>
                {notes.map((note) => (
                  <li key={note.number} value={note.number}>
                    {note.text}
                  </li>
                ))}
              </ol>
            </div>
          )}
        </div>
      </div>
    </section>
  );
}
