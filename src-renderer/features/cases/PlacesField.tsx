import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { labelOf, placesOf } from '../../../shared/catalog';
import type { Place } from '../../../shared/model';

/**
 * Places as text, one per input, with the gazetteer's names offered while typing; search folds a place's former
 * names into one (Nur-Sultan finds Astana) either way. Gazetteer places picked by id are shown by label and can be
 * removed but not retyped, so their id keeps matching alternate names.
 */
export function PlacesField({ places, onChange }: { places: Place[]; onChange(places: Place[]): void }) {
  const { t, i18n } = useTranslation('cases');
  const listId = useId();
  const language = i18n.language === 'ru' || i18n.language === 'kk' ? i18n.language : 'en';
  // The gazetteer's names in the reader's language, offered as the monitor types; any other text is kept as typed.
  const suggestions = useMemo(() => [...new Set(placesOf().map((place) => labelOf(place, language).text))].sort(), [language]);
  const replace = (index: number, place: Place) => onChange(places.map((p, i) => (i === index ? place : p)));
  return (
    <fieldset className="places">
      <legend>{t('field.places')}</legend>
      {places.map((place, index) => (
        <div className="row" key={index}>
          {'text' in place ? (
            <input type="text" list={listId} aria-label={t('field.placeN', { n: index + 1 })} value={place.text} onChange={(event) => replace(index, { text: event.target.value })} />
          ) : (
            <span>{place.label ?? place.gazetteerId}</span>
          )}
          <button type="button" onClick={() => onChange(places.filter((_, i) => i !== index))}>
            {t('action.removePlace', { n: index + 1 })}
          </button>
        </div>
      ))}
      <datalist id={listId}>
        {suggestions.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      <button type="button" onClick={() => onChange([...places, { text: '' }])}>
        {t('action.addPlace')}
      </button>
    </fieldset>
  );
}
