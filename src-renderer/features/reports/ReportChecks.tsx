import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../shared/i18n/format';
import type { Consent } from '../../../shared/model';
import type { ComposedReport, ReportWarning } from '../../../shared/report/compose-report';

type T = (key: string, values?: Record<string, string | number>) => string;

function consentText(t: T, consent: Consent): string {
  switch (consent) {
    case 'internal-only':
      return t('people:consent.internal-only');
    case 'anonymised-publication':
      return t('people:consent.anonymised-publication');
    case 'named-publication':
      return t('people:consent.named-publication');
  }
}

/** Literal keys, so the key checker sees each one. */
function warningText(t: T, warning: ReportWarning, number: (n: number) => string): string {
  switch (warning.code) {
    case 'overLimit':
      return t('warnings.overLimit', { words: number(warning.words), limit: number(warning.limit) });
    case 'noCasesInScope':
      return t('warnings.noCasesInScope');
    case 'paragraphWithoutExhibit':
      return t('warnings.paragraphWithoutExhibit', { section: warning.section, paragraph: warning.paragraph });
    case 'caseOutsidePeriod':
      return t('warnings.caseOutsidePeriod', { section: warning.section, paragraph: warning.paragraph, case: warning.caseTitle });
    case 'citedRecordMissing':
      return t('warnings.citedRecordMissing', { section: warning.section, paragraph: warning.paragraph });
    case 'caseWithoutExhibit':
      return t('warnings.caseWithoutExhibit', { case: warning.caseTitle });
    case 'personPseudonymised':
      return t('warnings.personPseudonymised', { alias: warning.alias, consent: consentText(t, warning.consent).toLowerCase() });
  }
}

/** The live word count against the target's limit, what needs checking, and every name the report replaces. */
export function ReportChecks({ report }: { report: ComposedReport }) {
  const { t, i18n } = useTranslation('report');
  const { words, preset } = report;
  const number = (n: number) => formatNumber(n, i18n.language);
  const over = words.limit !== undefined && words.counted > words.limit ? words.counted - words.limit : 0;
  return (
    <aside className="report-checks stack" aria-label={t('warnings.title')}>
      <div className={`word-meter${over > 0 ? ' is-over' : ''}`}>
        <h2>{t('words.label')}</h2>
        <p className="word-count" aria-live="polite">
          {words.limit !== undefined ? t('words.withLimit', { words: number(words.counted), limit: number(words.limit) }) : t('words.noLimit', { words: number(words.counted) })}
        </p>
        {/* Far from the optimum of no words once past 95 %, so the bar turns from green to red as the limit nears. */}
        {words.limit !== undefined && <meter min={0} max={words.limit} low={words.limit * 0.8} high={words.limit * 0.95} optimum={0} value={Math.min(words.counted, words.limit)} aria-hidden="true" />}
        {over > 0 && (
          <p className="notice notice-error" role="alert">
            {t('words.over', { over: number(over) })}
          </p>
        )}
        <p className="muted">{preset.countsFootnotes ? t('words.footnotesCounted') : t('words.footnotesNotCounted')}</p>
      </div>
      <section>
        <h2>{t('warnings.title')}</h2>
        {report.warnings.length === 0 ? (
          <p className="muted">{t('warnings.none')}</p>
        ) : (
          <ul className="report-warnings">
            {report.warnings.map((warning, index) => (
              <li key={index} data-code={warning.code}>
                {warningText(t, warning, number)}
              </li>
            ))}
          </ul>
        )}
      </section>
      {report.substitutions.length > 0 && (
        <section>
          <h2>{t('substitutions.title')}</h2>
          <ul className="report-substitutions">
            {report.substitutions.map((s) => (
              <li key={s.personId}>{t('substitutions.row', { names: s.names.join(' / '), alias: s.alias })}</li>
            ))}
          </ul>
        </section>
      )}
    </aside>
  );
}
