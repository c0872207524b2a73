import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { labelOf, parseUserVocabulary, type VocabularyIssue } from '../../../shared/catalog';
import '../../styles/catalog.css';
import { FileField } from '../../app/FileField';
import { useCatalogStore } from './catalog-store';
import { useCatalogLang } from './use-entry-label';
import { formatIssuePath, useIssueMessage } from './use-issue-message';

type Outcome =
  | { state: 'idle' }
  | { state: 'reading' }
  | { state: 'notJson' }
  | { state: 'issues'; issues: VocabularyIssue[] }
  | { state: 'added'; count: number; name: string; version: string };

/** Choose a vocabulary file, check it, merge it into the in-memory catalog, and say exactly what was wrong if not. */
export function VocabularyImport() {
  const { t } = useTranslation('catalog');
  const id = useId();
  const lang = useCatalogLang();
  const issueMessage = useIssueMessage();
  const vocabularies = useCatalogStore((s) => s.vocabularies);
  const addVocabulary = useCatalogStore((s) => s.addVocabulary);
  const [outcome, setOutcome] = useState<Outcome>({ state: 'idle' });

  const onFile = async (file: File): Promise<void> => {
    setOutcome({ state: 'reading' });
    let json: unknown;
    try {
      json = JSON.parse(await file.text());
    } catch {
      setOutcome({ state: 'notJson' });
      return;
    }
    const parsed = parseUserVocabulary(json);
    if (!parsed.ok) {
      setOutcome({ state: 'issues', issues: parsed.error });
      return;
    }
    // Parsing checks the file alone; merging checks it against the catalog (references, dropped ids).
    const merged = addVocabulary(parsed.value);
    if (!merged.ok) {
      setOutcome({ state: 'issues', issues: merged.error });
      return;
    }
    setOutcome({ state: 'added', count: merged.value.added, name: labelOf({ label: parsed.value.name }, lang).text, version: parsed.value.version });
  };

  return (
    <section className="card stack vocabulary-import" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('import.title')}</h2>
      <p className="muted">{t('import.intro')}</p>
      <FileField label={t('import.file')} accept="application/json,.json" onFile={(file) => void onFile(file)} />
      {outcome.state === 'reading' && (
        <p className="working" role="status">
          {t('import.reading')}
        </p>
      )}
      {outcome.state === 'notJson' && (
        <p className="notice notice-error" role="alert">
          {t('import.notJson')}
        </p>
      )}
      {outcome.state === 'issues' && (
        <div className="notice notice-error" role="alert">
          <p>{t('import.failed')}</p>
          <ul className="vocabulary-issues">
            {outcome.issues.map((issue, index) => (
              <li key={index}>
                <code>{issue.path.length > 0 ? formatIssuePath(issue.path) : t('import.wholeFile')}</code> {issueMessage(issue)}
              </li>
            ))}
          </ul>
        </div>
      )}
      {outcome.state === 'added' && (
        <p className="notice notice-success" role="status">
          {t('import.added', { count: outcome.count, name: outcome.name, version: outcome.version })}
        </p>
      )}
      {vocabularies.length > 0 && (
        <>
          <h3>{t('import.loaded')}</h3>
          <ul>
            {vocabularies.map((vocab) => (
              <li key={vocab.namespace}>
                {t('import.loadedItem', { name: labelOf({ label: vocab.name }, lang).text, version: vocab.version, count: vocab.entries.length })}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
