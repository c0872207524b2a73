import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { coerceError, type AppError } from '../../../shared/result';
import { ErrorNotice } from '../../app/ErrorNotice';
import { CaseFilters, EMPTY_FILTERS, type FilterInput } from './CaseFilters';
import { CaseList } from './CaseList';
import { filterRows, loadCaseRows, sortRows, type CaseFilter, type CaseRow } from './case-rows';
import type { CasesRecords } from './cases-records';
import { CaseSearch, type OpenFound } from './CaseSearch';
import { readDateText } from './date-text';

type Props = { records: CasesRecords; onOpen(caseId: string): void; onOpenFound?: OpenFound; onNew(): void };

/** Search, filters, counts and the virtualised list of every case. */
export function CasesBrowser({ records, onOpen, onOpenFound, onNew }: Props) {
  const { t, i18n } = useTranslation('cases');
  const [rows, setRows] = useState<CaseRow[]>();
  const [error, setError] = useState<AppError>();
  const [filters, setFilters] = useState<FilterInput>(EMPTY_FILTERS);
  // Typing in a filter stays responsive with 10,000 cases: the list catches up a frame later.
  const deferred = useDeferredValue(filters);

  useEffect(() => {
    // Loaded again when the records replace tables served from the unlock snapshot (Records.onRefreshed). Only the
    // latest load may land: an earlier one still in flight could mix rows from before and after the refresh.
    let latest = 0;
    const load = () => {
      const run = ++latest;
      loadCaseRows(records).then(
        (loaded) => run === latest && setRows(loaded),
        (e: unknown) => run === latest && setError(coerceError(e)),
      );
    };
    load();
    const refreshed = records.onRefreshed(load);
    return () => {
      latest = -1;
      refreshed.dispose();
    };
  }, [records]);

  const tags = useMemo(() => [...new Set((rows ?? []).flatMap((r) => r.tags))].sort(), [rows]);
  const shown = useMemo(() => {
    const from = readDateText(deferred.from, i18n.language);
    const to = readDateText(deferred.to, i18n.language);
    const filter: CaseFilter = {
      status: deferred.status === 'open' || deferred.status === 'verified' || deferred.status === 'closed' ? deferred.status : undefined,
      // An unreadable date is explained under its box and ignored here, rather than emptying the list.
      from: from.ok ? from.value : undefined,
      to: to.ok ? to.value : undefined,
      place: deferred.place,
      tag: deferred.tag || undefined,
      person: deferred.person,
    };
    return sortRows(filterRows(rows ?? [], filter), deferred.sort, new Intl.Collator(i18n.language));
  }, [rows, deferred, i18n.language]);

  return (
    <div className="stack cases-browser">
      <CaseSearch records={records} onOpen={onOpen} onOpenFound={onOpenFound} />
      <div className="row">
        <button type="button" className="primary" onClick={onNew}>
          {t('list.new')}
        </button>
      </div>
      <CaseFilters value={filters} tags={tags} onChange={setFilters} />
      <ErrorNotice error={error} />
      {!rows && !error && (
        <p className="working" role="status">
          {t('list.loading')}
        </p>
      )}
      {rows && (
        <>
          <p className="case-count" role="status">
            {t('list.count', { count: rows.length, shown: shown.length })}
          </p>
          {rows.length === 0 ? (
            <div className="empty-state">
              <p>{t('list.empty')}</p>
            </div>
          ) : (
            <CaseList rows={shown} label={t('list.label')} onOpen={onOpen} />
          )}
        </>
      )}
    </div>
  );
}
