import { observeElementRect, useVirtualizer, type Virtualizer } from '@tanstack/react-virtual';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseRow } from './case-rows';

const ROW_HEIGHT = 56;
const FALLBACK_RECT = { width: 800, height: ROW_HEIGHT * 10 };

// A list measured at zero height (not laid out yet, or a DOM without layout) would render no rows at all, and the
// active row could not be announced; ten rows' worth is assumed until a real size arrives.
const observeRect = (instance: Virtualizer<HTMLDivElement, Element>, cb: (rect: { width: number; height: number }) => void) =>
  observeElementRect(instance, (rect) => cb(rect.height > 0 ? rect : FALLBACK_RECT));

type Props = { rows: CaseRow[]; label: string; onOpen(id: string): void };

/**
 * The cases as a listbox that renders only the rows in view, so 10,000 cases scroll as fast as 10. Focus stays
 * on the listbox and aria-activedescendant names the active row, which keeps working for rows not yet rendered.
 */
export function CaseList({ rows, label, onOpen }: Props) {
  const { t, i18n } = useTranslation('cases');
  const baseId = useId();
  const scrollRef = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState(0);
  const virtualizer = useVirtualizer({ count: rows.length, getScrollElement: () => scrollRef.current, estimateSize: () => ROW_HEIGHT, overscan: 8, initialRect: FALLBACK_RECT, observeElementRect: observeRect });
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

  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' });
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
          return (
            <div
              key={row.id}
              id={`${baseId}-${item.index}`}
              role="option"
              aria-selected={item.index === current}
              aria-setsize={rows.length}
              aria-posinset={item.index + 1}
              className="case-row"
              style={{ position: 'absolute', top: 0, left: 0, right: 0, height: ROW_HEIGHT, transform: `translateY(${item.start}px)` }}
              onClick={() => {
                setActive(item.index);
                onOpen(row.id);
              }}
            >
              <span className="case-title">{row.title}</span>
              <span className={`case-status status-${row.status}`}>{t(`status.${row.status}`)}</span>
              <span className="muted case-people">{row.people.join(', ')}</span>
              <span className="muted case-updated">{t('list.updated', { date: date.format(new Date(row.updatedAt)) })}</span>
            </div>
          );
        })}
      </div>
    </div>
  );
}
