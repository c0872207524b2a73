import { measureElement, observeElementRect, useVirtualizer, type Virtualizer } from '@tanstack/react-virtual';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../shared/i18n/format';
import type { Place } from '../../../shared/model';
import '../../styles/case-list.css';
import { useEntryLabel } from '../catalog/use-entry-label';
import type { CaseRow } from './case-rows';
import { readableDate } from './date-text';

/** A typical row: a one-line title, the facts line and one line of tags. Rows are measured once shown. */
const ROW_HEIGHT = 88;
const FALLBACK_RECT = { width: 800, height: ROW_HEIGHT * 10 };
/** Beyond this many, a row says how many more tags the case has instead of growing taller. */
const MAX_CHIPS = 6;

// A list measured at zero height (not laid out yet, or a DOM without layout) would render no rows at all, and the
// active row could not be announced; ten rows' worth is assumed until a real size arrives.
const observeRect = (instance: Virtualizer<HTMLDivElement, Element>, cb: (rect: { width: number; height: number }) => void) =>
  observeElementRect(instance, (rect) => cb(rect.height > 0 ? rect : FALLBACK_RECT));
// Titles wrap, so rows differ in height; a row measured at zero (no layout yet) keeps the estimate.
const measureRow: typeof measureElement<Element> = (element, entry, instance) => measureElement(element, entry, instance) || ROW_HEIGHT;

type Props = { rows: CaseRow[]; label: string; onOpen(id: string): void };

/**
 * The cases as a listbox that renders only the rows in view, so 10,000 cases scroll as fast as 10. Focus stays
 * on the listbox and aria-activedescendant names the active row, which keeps working for rows not yet rendered.
 */
export function CaseList({ rows, label, onOpen }: Props) {
  const { t, i18n } = useTranslation('cases');
  const describe = useEntryLabel();
  const baseId = useId();
  const scrollRef = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState(0);
  const virtualizer = useVirtualizer({ count: rows.length, getScrollElement: () => scrollRef.current, estimateSize: () => ROW_HEIGHT, overscan: 8, initialRect: FALLBACK_RECT, observeElementRect: observeRect, measureElement: measureRow });
  const current = Math.min(active, rows.length - 1);

  useEffect(() => {
    if (current >= 0) virtualizer.scrollToIndex(current, { align: 'auto' });
  }, [current, virtualizer]);

  function onKeyDown(event: KeyboardEvent) {
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? ROW_HEIGHT * 10) / ROW_HEIGHT));
    const moves: Record<string, number> = { ArrowDown: current + 1, ArrowUp: current - 1, Home: 0, End: rows.length - 1, PageDown: current + page, PageUp: current - page };
    if (event.key in moves) {
      event.preventDefault();
      setActive(Math.max(0, Math.min(rows.length - 1, moves[event.key]!)));
    } else if (event.key === 'Enter' && rows[current]) {
      event.preventDefault();
      onOpen(rows[current].id);
    }
  }

  const placeText = (place: Place): string => {
    if ('text' in place) return place.text;
    const label = describe(place.gazetteerId);
    return label.entry ? label.name : (place.label ?? place.gazetteerId);
  };
  const firstEventText = (row: CaseRow): string | undefined => {
    const parts = [row.firstEventDate && readableDate(row.firstEventDate, i18n.language), row.firstPlace && placeText(row.firstPlace)].filter(Boolean);
    return parts.length > 0 ? t('list.firstEvent', { facts: parts.join(', ') }) : undefined;
  };
  return (
    <div
      ref={scrollRef}
      className="case-list"
      role="listbox"
      aria-label={label}
      tabIndex={0}
      aria-activedescendant={current >= 0 ? `${baseId}-${current}` : undefined}
      onKeyDown={onKeyDown}
    >
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index]!;
          const firstEvent = firstEventText(row);
          const hiddenTags = row.tags.length - MAX_CHIPS;
          return (
            <div
              key={row.id}
              ref={virtualizer.measureElement}
              data-index={item.index}
              id={`${baseId}-${item.index}`}
              role="option"
              aria-selected={item.index === current}
              aria-setsize={rows.length}
              aria-posinset={item.index + 1}
              className="case-row"
              style={{ position: 'absolute', top: 0, left: 0, right: 0, transform: `translateY(${item.start}px)` }}
              onClick={() => {
                setActive(item.index);
                onOpen(row.id);
              }}
            >
              <span className="case-title">{row.title}</span>
              <span className={`case-status status-${row.status}`}>{t(`status.${row.status}`)}</span>
              <span className="case-facts muted">
                {[firstEvent, row.people.join(', ')].filter(Boolean).join(' · ')}
              </span>
              <span className="case-updated muted">{t('list.updated', { date: formatDateTime(row.updatedAt, i18n.language) })}</span>
              {row.tags.length > 0 && (
                <span className="case-tags">
                  {row.tags.slice(0, MAX_CHIPS).map((tag) => (
                    <span key={tag} className="case-tag">
                      {describe(tag).name}
                    </span>
                  ))}
                  {hiddenTags > 0 && <span className="case-tag is-more">{t('list.moreTags', { count: hiddenTags })}</span>}
                </span>
              )}
            </div>
          );
        })}
      </div>
    </div>
  );
}
