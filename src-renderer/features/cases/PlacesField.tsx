import { useTranslation } from 'react-i18next';
import type { Place } from '../../../shared/model';

/**
 * Places as free text, one per line of inputs. Gazetteer places (added by the lead's picker) are shown by label
 * and can be removed but not retyped, so their id keeps matching alternate names in search.
 */
export function PlacesField({ places, onChange }: { places: Place[]; onChange(places: Place[]): void }) {
  const { t } = useTranslation('cases');
  const replace = (index: number, place: Place) => onChange(places.map((p, i) => (i === index ? place : p)));
  return (
    <fieldset className="places">
      <legend>{t('field.places')}</legend>
      {places.map((place, index) => (
        <div className="row" key={index}>
          {'text' in place ? (
            <input type="text" aria-label={t('field.placeN', { n: index + 1 })} value={place.text} onChange={(event) => replace(index, { text: event.target.value })} />
          ) : (
            <span>{place.label ?? place.gazetteerId}</span>
          )}
          <button type="button" onClick={() => onChange(places.filter((_, i) => i !== index))}>
            {t('action.removePlace', { n: index + 1 })}
          </button>
        </div>
      ))}
      <button type="button" onClick={() => onChange([...places, { text: '' }])}>
        {t('action.addPlace')}
      </button>
    </fieldset>
  );
}
