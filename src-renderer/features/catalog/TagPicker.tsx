import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { missingNumber, searchCatalog, suggestArticles, type Catalog } from '../../../shared/catalog';
import { shortNameOf } from '../../../shared/catalog/short-names';
import '../../styles/catalog.css';
import { useCatalogStore } from './catalog-store';
import { EntryText } from './EntryText';
import { TagChip } from './TagChip';
import type { Tag } from './tag';
import { useCatalogLang, useEntryLabel, useKindLabel } from './use-entry-label';

export type TagPickerProps = {
  value: Tag[];
  onChange(tags: Tag[]): void;
  /** Ids of the record's violation types and domestic provisions; the articles they usually engage are offered first. */
  suggestFrom?: string[];
  label: string;
  /** Off while the record model keeps bare ids only, so a note is never typed and then silently lost on save. */
  allowNotes?: boolean;
};

const MAX_MATCHES = 12;
// A stable default, so the memoised options are not rebuilt on every render.
const NO_SUGGESTIONS: string[] = [];

/** Hits, then the articles of any instrument among them, so a convention tagged as a whole can be narrowed article by article. */
function withArticlesOfInstruments(ids: readonly string[], catalog: Catalog): string[] {
  const articles = ids.flatMap((id) => {
    const entry = catalog.entries.get(id);
    return entry?.kind === 'instrument' ? entry.articleIds : [];
  });
  return [...new Set([...ids, ...articles])];
}

/**
 * ARIA 1.2 combobox with a listbox popup. Focus never leaves the input: the active option is announced through
 * aria-activedescendant, so a monitor can search, add and remove tags without touching the mouse.
 */
export function TagPicker({ value, onChange, suggestFrom = NO_SUGGESTIONS, label, allowNotes = true }: TagPickerProps) {
  const { t } = useTranslation('catalog');
  const catalog = useCatalogStore((s) => s.catalog);
  const lang = useCatalogLang();
  const describe = useEntryLabel();
  const kindLabel = useKindLabel();
  const baseId = useId();
  const inputId = `${baseId}-input`;
  const listId = `${baseId}-list`;
  const hintId = `${baseId}-hint`;
  const groupLabelId = `${baseId}-group`;
  const inputRef = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [announcement, setAnnouncement] = useState('');

  const isSearching = query.trim() !== '';
  // Tags already on the record stay in the list, marked as applied: hiding them made a present article look missing.
  // Suggestions are never cut short: a case tagged torture and kettling is offered every article both engage.
  const options = useMemo(
    () =>
      isSearching
        ? withArticlesOfInstruments(searchCatalog(query, lang, MAX_MATCHES, catalog).map((hit) => hit.id), catalog).slice(0, MAX_MATCHES)
        : [...new Set(suggestFrom.flatMap((id) => suggestArticles(id, catalog).map((entry) => entry.id)))],
    [catalog, isSearching, lang, query, suggestFrom],
  );
  const applied = new Set(value.map((tag) => tag.target));
  // "SDG 16.99" is refused out loud: the goal above it is never offered in its place.
  const missing = useMemo(() => (isSearching ? missingNumber(query, catalog) : undefined), [catalog, isSearching, query]);
  const missingIn = missing ? catalog.entries.get(missing.instrumentId) : undefined;

  const activeIndex = options.length === 0 ? -1 : Math.min(active, options.length - 1);
  const isExpanded = open && options.length > 0;
  const optionId = (index: number) => `${baseId}-option-${index}`;
  const activeId = isExpanded && activeIndex >= 0 ? optionId(activeIndex) : undefined;

  useEffect(() => {
    if (activeId) document.getElementById(activeId)?.scrollIntoView?.({ block: 'nearest' });
  }, [activeId]);

  const add = (target: string): void => {
    if (applied.has(target)) {
      setAnnouncement(t('picker.alreadyApplied', { name: describe(target).name }));
      return;
    }
    onChange([...value, { target }]);
    setQuery('');
    setOpen(false);
    setActive(0);
    setAnnouncement(t('picker.added', { name: describe(target).name }));
  };

  const remove = (index: number): void => {
    const removed = value[index];
    if (!removed) return;
    onChange(value.filter((_, i) => i !== index));
    setAnnouncement(t('picker.removed', { name: describe(removed.target).name }));
    inputRef.current?.focus();
  };

  const setNote = (index: number, note: string): void => {
    onChange(value.map((tag, i) => (i !== index ? tag : note ? { ...tag, note } : { target: tag.target })));
  };

  const move = (step: 1 | -1): void => {
    if (!open) {
      setOpen(true);
      setActive(step === 1 ? 0 : options.length - 1);
      return;
    }
    if (options.length > 0) setActive((activeIndex + step + options.length) % options.length);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp':
        event.preventDefault();
        move(event.key === 'ArrowDown' ? 1 : -1);
        break;
      case 'Enter': {
        // Enter never submits a surrounding form while the monitor is picking.
        if (isExpanded || isSearching) event.preventDefault();
        const option = isExpanded ? options[activeIndex] : undefined;
        if (option) add(option);
        break;
      }
      case 'Escape':
        if (open) {
          event.preventDefault();
          setOpen(false);
        } else if (query) {
          setQuery('');
        }
        break;
      case 'Backspace':
        if (query === '' && value.length > 0) {
          event.preventDefault();
          remove(value.length - 1);
        }
        break;
      case 'Tab':
        setOpen(false);
        break;
    }
  };

  const renderOption = (id: string, index: number) => {
    const described = describe(id);
    const kind = described.entry && described.entry.kind !== 'article' ? kindLabel(described.entry.kind) : undefined;
    const isApplied = applied.has(id);
    return (
      <div
        key={id}
        id={optionId(index)}
        role="option"
        aria-selected={index === activeIndex}
        aria-disabled={isApplied || undefined}
        className={['picker-option', index === activeIndex && 'is-active', isApplied && 'is-applied'].filter(Boolean).join(' ')}
        // mousedown would blur the input and close the popup before the click lands.
        onMouseDown={(event) => event.preventDefault()}
        onMouseMove={() => setActive(index)}
        onClick={() => add(id)}
      >
        <EntryText label={described} kind={kind} />
        {isApplied && <span className="picker-applied"> {t('picker.applied')}</span>}
      </div>
    );
  };

  return (
    <div className="tag-picker">
      <label htmlFor={inputId}>{label}</label>
      {value.length > 0 && (
        <ul className="tag-chips" aria-label={t('picker.chosen')}>
          {value.map((tag, index) => (
            <TagChip
              key={tag.target}
              tag={tag}
              label={describe(tag.target)}
              onRemove={() => remove(index)}
              onNoteChange={allowNotes ? (note) => setNote(index, note) : undefined}
            />
          ))}
        </ul>
      )}
      <div className="picker-box">
        <input
          ref={inputRef}
          id={inputId}
          type="text"
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          aria-autocomplete="list"
          aria-expanded={isExpanded}
          aria-controls={listId}
          aria-activedescendant={activeId}
          aria-describedby={hintId}
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setAnnouncement('');
            setOpen(true);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
          onClick={() => setOpen(true)}
          onBlur={() => setOpen(false)}
        />
        <div id={listId} role="listbox" aria-label={t('picker.options')} className="picker-list" hidden={!isExpanded}>
          {isExpanded && (
            <div role="group" aria-labelledby={groupLabelId}>
              <div id={groupLabelId} role="presentation" className="picker-group-label">
                {isSearching ? t('picker.matches') : t('picker.suggested')}
              </div>
              {options.map(renderOption)}
            </div>
          )}
        </div>
      </div>
      {missing && missingIn?.kind === 'instrument' ? (
        <p className="notice notice-warning" role="alert">
          {t(missingIn.family === 'sdg' ? 'picker.noSuchTarget' : 'picker.noSuchArticle', { instrument: shortNameOf(missingIn, lang), number: missing.number })}
        </p>
      ) : (
        open && isSearching && options.length === 0 && <p className="muted">{t('picker.noMatches', { query: query.trim() })}</p>
      )}
      <p id={hintId} className="picker-hint muted">
        {t('picker.hint')}
      </p>
      <p role="status" className="visually-hidden">
        {announcement || (open && isSearching ? t('picker.matchCount', { count: options.length }) : '')}
      </p>
    </div>
  );
}
