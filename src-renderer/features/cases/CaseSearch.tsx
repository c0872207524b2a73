import { Fragment, useEffect, useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PageSnippet } from '../../../shared/evidence';
import { coerceError, type AppError } from '../../../shared/result';
import { ErrorNotice } from '../../app/ErrorNotice';
import type { CasesRecords } from './cases-records';
import { ConsentBadge } from '../people/ConsentBadge';
import { hitOptions, type HitOption } from './search-hits';

const DEBOUNCE_MS = 80;

/** Opens a file of a case at the page a hit found words on, with the words searched for found again there. */
export type OpenFound = (caseId: string, itemId: string, page: number, find: string) => void;

type Props = { records: CasesRecords; onOpen(caseId: string): void; onOpenFound?: OpenFound };

/**
 * One box for cases, people, events, notes and the text of files. A hit opens its case; a hit in a file opens the
 * file at its page when the screen offers that (onOpenFound).
 */
export function CaseSearch({ records, onOpen, onOpenFound }: Props) {
  const { t } = useTranslation('cases');
  const id = useId();
  const [query, setQuery] = useState('');
  const [options, setOptions] = useState<HitOption[]>([]);
  const [active, setActive] = useState(0);
  // The query the options answer, so "no matches" is never shown for a query still waiting to run.
  const [answered, setAnswered] = useState('');
  const [error, setError] = useState<AppError>();

  useEffect(() => {
    let live = true;
    const timer = setTimeout(() => {
      hitOptions(records, query).then(
        (found) => {
          if (!live) return;
          setOptions(found);
          setAnswered(query);
          setActive(0);
          setError(undefined);
        },
        (e: unknown) => live && setError(coerceError(e)),
      );
    }, DEBOUNCE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [records, query]);

  function choose(option: HitOption) {
    if (option.evidence && onOpenFound) onOpenFound(option.caseId, option.evidence.itemId, option.evidence.page, answered);
    else onOpen(option.caseId);
  }

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((a) => Math.max(0, Math.min(options.length - 1, a + step)));
    } else if (event.key === 'Enter' && options[active]) {
      event.preventDefault();
      choose(options[active]);
    } else if (event.key === 'Escape') {
      setQuery('');
    }
  }

  const open = query.trim().length > 0;
  return (
    <div className="case-search stack">
      <label htmlFor={`${id}-input`} className="visually-hidden">
        {t('search.label')}
      </label>
      <input
        id={`${id}-input`}
        type="search"
        role="combobox"
        aria-expanded={open && options.length > 0}
        aria-controls={`${id}-hits`}
        aria-autocomplete="list"
        aria-activedescendant={open && options[active] ? `${id}-hit-${active}` : undefined}
        placeholder={t('search.placeholder')}
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        onKeyDown={onKeyDown}
      />
      <ErrorNotice error={error} />
      {open && (
        <ul id={`${id}-hits`} role="listbox" aria-label={t('search.results')} className="search-hits">
          {options.map((option, index) => (
            <li key={option.key} id={`${id}-hit-${index}`} role="option" aria-selected={index === active} onClick={() => choose(option)}>
              <span className="hit-kind">{t(`kind.${option.hit.kind}`)}</span> <strong>{option.label}</strong>{' '}
              {option.evidence && <span className="muted">{t('search.page', { page: option.evidence.page })}</span>}{' '}
              {option.consent && <ConsentBadge consent={option.consent} />}{' '}
              {option.hit.kind !== 'case' && <span className="muted">{t('search.inCase', { title: option.caseTitle })}</span>}{' '}
              {option.evidence?.snippet ? (
                <HitSnippet snippet={option.evidence.snippet} />
              ) : (
                <span className="muted">{t('search.matched', { field: t(`matchField.${option.hit.field}`, { defaultValue: option.hit.field }) })}</span>
              )}
            </li>
          ))}
          {options.length === 0 && answered === query && (
            <li role="option" aria-selected={false} aria-disabled>
              {t('search.none', { query })}
            </li>
          )}
        </ul>
      )}
    </div>
  );
}

/** The words around a match in a file, the matched ones marked as the viewer will mark them. */
function HitSnippet({ snippet }: { snippet: PageSnippet }) {
  return (
    <span className="hit-snippet" data-testid="hit-snippet">
      {snippet.cutBefore && '…'}
      {snippet.parts.map((part, i) => (part.match ? <mark key={i}>{part.text}</mark> : <Fragment key={i}>{part.text}</Fragment>))}
      {snippet.cutAfter && '…'}
    </span>
  );
}
